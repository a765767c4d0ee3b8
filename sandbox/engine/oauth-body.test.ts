/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- answers are read loosely after call() validated them against the spec. */
/** /oauth errors before the operation runs keep the RFC 6749 §5.2 shape and the limits the spec states. */
import { describe, expect, it } from 'vitest';
import { maxRequestBodyBytes } from '../../policy/policy.ts';
import { call, fullClient, useSandbox } from '../testing/harness.ts';

useSandbox();

const oversized = `grant_type=client_credentials&scope=${'x'.repeat(maxRequestBodyBytes)}`;
const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('/oauth request limits', () => {
  for (const path of ['/oauth/token', '/oauth/revoke']) {
    it(`${path} answers a body over the limit with 413 and an RFC 6749 error, not the /v1 envelope`, async () => {
      const answer = await call('POST', path, { headers: form, body: oversized });
      expect(answer.status).toBe(413);
      expect(answer.json).toEqual({ error: 'invalid_request', error_description: expect.stringMatching(/over/) });
      expect(answer.headers.get('cache-control')).toBe('no-store');
    });
  }

  it('answers a form field over its maxLength with invalid_request, and accepts one at the limit', async () => {
    const tooLong = await call('POST', '/oauth/token', {
      form: { grant_type: 'client_credentials', ...fullClient, scope: 'users:read '.repeat(24) },
    });
    expect([tooLong.status, tooLong.json.error]).toEqual([400, 'invalid_request']);
    expect(tooLong.json.error_description).toBe('The scope parameter is longer than 255 characters.');
    const revoke = await call('POST', '/oauth/revoke', { form: { token: 'x'.repeat(256), ...fullClient } });
    expect(revoke.json.error_description).toBe('The token parameter is longer than 255 characters.');
    const atLimit = await call('POST', '/oauth/revoke', { form: { token: 'x'.repeat(255), ...fullClient } });
    expect(atLimit.status).toBe(200);
  });
});
