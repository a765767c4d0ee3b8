import { describe, expect, it } from 'vitest';
import { checkJson } from './json-input.ts';

describe('checkJson', () => {
  it('accepts valid JSON and an empty optional body', () => {
    expect(checkJson('{"name": "Ada"}', true)).toEqual({ ok: true, value: { name: 'Ada' } });
    expect(checkJson('  ', false)).toEqual({ ok: true, value: undefined });
  });

  it('requires a body when the operation does', () => {
    expect(checkJson('', true)).toEqual({ ok: false, message: 'This operation needs a JSON body.' });
  });

  it('says on which line and column the JSON breaks', () => {
    const result = checkJson('{\n  "name": "Ada",\n  "role" "admin"\n}', true);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Invalid JSON at line 3, column 10: /);
  });

  it('reports a truncated document', () => {
    const result = checkJson('{"name": ', true);
    expect(!result.ok && result.message).toMatch(/^Invalid JSON/);
  });
});
