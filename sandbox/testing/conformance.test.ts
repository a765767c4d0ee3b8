import { describe, expect, it } from 'vitest';
import { loadConformance, type CapturedResponse } from './conformance.ts';

const conformance = await loadConformance();
const url = 'https://sandbox.blueround.test';
const apiHeaders = {
  'X-RateLimit-Limit': '60',
  'X-RateLimit-Remaining': '59',
  'X-RateLimit-Reset': '1710408420',
  'X-Request-Id': 'req_1',
  'BlueRound-Version': '2024-01-01',
  'Content-Type': 'application/json',
};
const answer = (status: number, headers: Record<string, string>, body: unknown): CapturedResponse => ({
  status,
  headers: new Headers(headers),
  text: body === undefined ? '' : JSON.stringify(body),
});
const me = { id: 'app_1', name: 'App', scopes: ['users:read'] };

// The checker is only worth something if it rejects what the spec does not allow.
describe('conformance checker', () => {
  it('accepts a documented answer', () => {
    expect(conformance.check('GET', `${url}/v1/me`, answer(200, apiHeaders, me))).toEqual([]);
  });

  it('rejects undocumented statuses, missing headers, wrong bodies and inconsistent envelopes', () => {
    expect(conformance.check('GET', `${url}/v1/me`, answer(418, apiHeaders, me))).not.toEqual([]);
    const withoutReset: Record<string, string> = { ...apiHeaders };
    delete withoutReset['X-RateLimit-Reset'];
    expect(conformance.check('GET', `${url}/v1/me`, answer(200, withoutReset, me))).not.toEqual([]);
    expect(conformance.check('GET', `${url}/v1/me`, answer(200, apiHeaders, { ...me, scopes: ['root'] }))).not.toEqual(
      [],
    );
    const envelope = { error: { code: 'NOT_FOUND', message: 'x', request_id: 'req_other' } };
    expect(conformance.check('GET', `${url}/v1/users/usr_1`, answer(404, apiHeaders, envelope))).not.toEqual([]);
    const wrongCode = { error: { code: 'NOT_FOUND', message: 'x', request_id: 'req_1' } };
    expect(
      conformance.check(
        'GET',
        `${url}/v1/me`,
        answer(401, { ...apiHeaders, 'WWW-Authenticate': 'Bearer realm="x"' }, wrongCode),
      ),
    ).not.toEqual([]);
    expect(
      conformance.check(
        'DELETE',
        `${url}/v1/users`,
        answer(
          405,
          { ...apiHeaders, Allow: 'GET' },
          { error: { code: 'METHOD_NOT_ALLOWED', message: 'x', request_id: 'req_1' } },
        ),
      ),
    ).not.toEqual([]);
    expect(conformance.check('POST', `${url}/oauth/revoke`, answer(200, {}, { revoked: true }))).not.toEqual([]);
  });
});
