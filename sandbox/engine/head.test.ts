/** HEAD works wherever GET does (RFC 9110 §9.3.2): GET's status and headers, no body. */
import { describe, expect, it } from 'vitest';
import { routes } from '../generated/spec-runtime.js';
import { call, token, useSandbox } from '../testing/harness.ts';

useSandbox();

const headerNames = (headers: Headers) =>
  [...headers.keys()].filter((name) => !['date', 'x-request-id', 'content-length'].includes(name)).sort();

describe('HEAD', () => {
  const gets = routes.filter((route) => route.method === 'GET');

  it('is answered on every GET route of the spec with GET’s status and headers and no body', async () => {
    const { auth } = await token();
    expect(gets.length).toBeGreaterThan(0);
    for (const route of gets) {
      const path = route.path.replace('{id}', 'usr_9f2c4e1a');
      const get = await call('GET', path, { headers: auth });
      const head = await call('HEAD', path, { headers: auth });
      expect([path, head.status]).toEqual([path, get.status]);
      expect(head.text).toBe('');
      expect(headerNames(head.headers)).toEqual(headerNames(get.headers));
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    }
  });

  it('answers errors the same way: 401 without a token, 404 for an unknown user, 405 lists HEAD in Allow', async () => {
    const { auth } = await token();
    const anonymous = await call('HEAD', '/v1/users');
    expect([anonymous.status, anonymous.text]).toEqual([401, '']);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer /);
    const missing = await call('HEAD', '/v1/users/usr_00000000', { headers: auth });
    expect([missing.status, missing.text]).toEqual([404, '']);
    const notAllowed = await call('HEAD', '/oauth/token');
    expect([notAllowed.status, notAllowed.headers.get('allow'), notAllowed.text]).toEqual([405, 'POST', '']);
  });

  it('counts against the rate limit like the GET it stands for', async () => {
    const { auth } = await token();
    const before = Number((await call('GET', '/v1/me', { headers: auth })).headers.get('x-ratelimit-remaining'));
    const head = await call('HEAD', '/v1/me', { headers: auth });
    expect(Number(head.headers.get('x-ratelimit-remaining'))).toBe(before - 1);
  });
});
