import { describe, expect, it } from 'vitest';
import { createPathMatcher } from './path-template.ts';

describe('createPathMatcher', () => {
  const matcher = createPathMatcher(['/v1/users', '/v1/users/{id}', '/v1/users/{id}/invitation', '/v1/users/me']);

  it('gives the template and the decoded parameters', () => {
    expect(matcher.match('/v1/users/usr_1')).toEqual({ template: '/v1/users/{id}', params: { id: 'usr_1' } });
    expect(matcher.match('/v1/users/a%20b/invitation')).toEqual({
      template: '/v1/users/{id}/invitation',
      params: { id: 'a b' },
    });
    expect(matcher.match('/v1/users')).toEqual({ template: '/v1/users', params: {} });
  });

  it('prefers a concrete path to a templated one, whatever the spec order', () => {
    expect(matcher.match('/v1/users/me')).toEqual({ template: '/v1/users/me', params: {} });
  });

  it('matches whole segments only: no empty parameter, no extra or missing segment', () => {
    expect(matcher.match('/v1/users/')).toBeUndefined();
    expect(matcher.match('/v1/users/usr_1/')).toBeUndefined();
    expect(matcher.match('/v1/users/usr_1/other')).toBeUndefined();
    expect(matcher.match('/v1')).toBeUndefined();
    expect(matcher.match('/v1/users%2Fusr_1')).toBeUndefined();
  });

  it('names nothing with a segment that does not percent-decode', () => {
    expect(matcher.match('/v1/users/%E0%A4%A')).toBeUndefined();
  });

  it('takes a parameter inside a segment, and escapes the literal text around it', () => {
    const files = createPathMatcher(['/files/{name}.json']);
    expect(files.match('/files/report.json')).toEqual({ template: '/files/{name}.json', params: { name: 'report' } });
    expect(files.match('/files/reportxjson')).toBeUndefined();
  });
});
