import { describe, expect, it } from 'vitest';
import { allowedMethods } from './http-methods.ts';

describe('allowedMethods', () => {
  it('names HEAD wherever GET is, upper-case, in the given order', () => {
    expect(allowedMethods(['get', 'post'])).toEqual(['GET', 'HEAD', 'POST']);
    expect(allowedMethods(['PATCH', 'delete'])).toEqual(['PATCH', 'DELETE']);
  });
});
