import { beforeAll, describe, expect, it } from 'vitest';
import { example, fail, ok, v1Headers } from './fake-api.ts';
import { loadSpecCheck, type SpecCheck } from './spec-check.ts';

// The client tests trust this check to keep their fake answers honest, so prove it rejects bad ones.
let check: SpecCheck;
beforeAll(async () => {
  check = await loadSpecCheck();
}, 30_000);

const answered = (status: number, body: unknown, headers: Record<string, string>, template = '/v1/users') => ({
  method: 'GET',
  template,
  status,
  headers: new Headers(headers),
  body,
});

describe('spec check of fake answers', () => {
  it('accepts the helpers’ answers built from the spec examples', () => {
    const page = ok(example('UserListPage'));
    const unavailable = fail(503);
    expect(check(answered(page.status, page.body, page.headers ?? {}))).toEqual([]);
    expect(check(answered(unavailable.status, unavailable.body, unavailable.headers ?? {}))).toEqual([]);
  });

  it('rejects an undocumented status, a missing header and a body off the schema', () => {
    expect(check(answered(404, { error: {} }, v1Headers()))).toEqual([
      'GET /v1/users 404: status not documented for this operation',
    ]);
    const noRetryAfter = { ...fail(503).headers };
    delete noRetryAfter['Retry-After'];
    expect(check(answered(503, fail(503).body, noRetryAfter))).toEqual([
      'GET /v1/users 503: missing header Retry-After',
    ]);
    const problems = check(answered(200, { data: [{ id: 'usr_1' }] }, v1Headers()));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^GET \/v1\/users 200: body: /);
  });

  it('rejects a header value off its schema', () => {
    expect(check(answered(200, example('UserListPage'), v1Headers({ 'X-RateLimit-Remaining': '-1' })))).toEqual([
      'GET /v1/users 200: header X-RateLimit-Remaining: "-1" does not fit',
    ]);
  });
});
