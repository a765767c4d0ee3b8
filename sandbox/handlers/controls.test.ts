/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call -- answers are read loosely after call() validated them against the spec. */
import { describe, expect, it } from 'vitest';
import { rateLimitDefaultLimit, retryDelaysSeconds } from '../../policy/policy.ts';
import { call, token, useSandbox } from '../testing/harness.ts';

useSandbox();

describe('sandbox controls', () => {
  it('reset restores the seed and the default limit, keeping tokens and the clock', async () => {
    const { auth } = await token();
    await call('POST', '/v1/users', { headers: auth, json: { email: 'n@example.com', name: 'N', role: 'viewer' } });
    const clock = await call('POST', '/_sandbox/clock', { json: { advance_seconds: 600 } });
    expect((await call('POST', '/_sandbox/reset')).status).toBe(204);
    const users = await call('GET', '/v1/users', { headers: auth });
    expect(users.status).toBe(200);
    expect(users.json.data.map((user: { email: string }) => user.email)).not.toContain('n@example.com');
    expect(users.headers.get('x-ratelimit-limit')).toBe(String(rateLimitDefaultLimit));
    const now = await call('POST', '/_sandbox/clock', { json: { advance_seconds: 0 } });
    expect(Date.parse(now.json.now)).toBeGreaterThanOrEqual(Date.parse(clock.json.now));
  });

  it('moves the clock forward only, within the years ISO 8601 can show', async () => {
    expect((await call('POST', '/_sandbox/clock', { json: { advance_seconds: -1 } })).status).toBe(400);
    expect((await call('POST', '/_sandbox/clock', { json: { advance_seconds: 1e15 } })).status).toBe(400);
    expect((await call('POST', '/_sandbox/clock', { json: {} })).status).toBe(400);
  });

  it('enforces the maxima the spec states for the controls, and accepts the maxima themselves', async () => {
    const over = [
      ['/_sandbox/clock', 'POST', { advance_seconds: 315_360_001 }, 'advance_seconds', 'Must be 315360000 or less.'],
      [
        '/_sandbox/rate-limit',
        'PUT',
        { limit: 1_000_000_001, window_seconds: 60 },
        'limit',
        'Must be 1000000000 or less.',
      ],
      ['/_sandbox/rate-limit', 'PUT', { limit: 5, window_seconds: 86_401 }, 'window_seconds', 'Must be 86400 or less.'],
    ] as const;
    for (const [path, method, json, field, issue] of over) {
      const answer = await call(method, path, { json });
      expect([field, answer.status]).toEqual([field, 400]);
      expect(answer.json.error.details).toEqual([{ field, issue }]);
    }
    expect((await call('POST', '/_sandbox/clock', { json: { advance_seconds: 315_360_000 } })).status).toBe(200);
    const max = await call('PUT', '/_sandbox/rate-limit', { json: { limit: 1_000_000_000, window_seconds: 86_400 } });
    expect(max.status).toBe(200);
  });

  it('limits per client with 429, Remaining 0 and a whole-second Retry-After', async () => {
    const set = await call('PUT', '/_sandbox/rate-limit', { json: { limit: 2, window_seconds: 10 } });
    expect(set.json).toEqual({ limit: 2, window_seconds: 10 });
    const full = await token();
    const readonly = await token({ client_id: 'sandbox_app_readonly', client_secret: 'sandbox_secret_readonly' });
    expect((await call('GET', '/v1/me', { headers: full.auth })).headers.get('x-ratelimit-remaining')).toBe('1');
    expect((await call('GET', '/v1/me', { headers: full.auth })).headers.get('x-ratelimit-remaining')).toBe('0');
    const limited = await call('GET', '/v1/me', { headers: full.auth });
    expect([limited.status, limited.json.error.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(10);
    expect((await call('GET', '/v1/me', { headers: readonly.auth })).status).toBe(200);
    await call('POST', '/_sandbox/clock', { json: { advance_seconds: 10 } });
    expect((await call('GET', '/v1/me', { headers: full.auth })).status).toBe(200);
    expect((await call('PUT', '/_sandbox/rate-limit', { json: { limit: 0, window_seconds: 10 } })).status).toBe(400);
    expect((await call('PUT', '/_sandbox/rate-limit', { json: { limit: 1e300, window_seconds: 1e300 } })).status).toBe(
      400,
    );
  });

  it('answers queued faults in order with the envelope, then serves normally; faults count', async () => {
    const { auth } = await token();
    const queued = await call('POST', '/_sandbox/faults', { json: { match: 'GET /v1/users', statuses: [503, 500] } });
    expect(queued.status).toBe(200);
    await call('PUT', '/_sandbox/rate-limit', { json: { limit: 10, window_seconds: 60 } });
    expect((await call('GET', '/v1/me', { headers: auth })).status).toBe(200);
    const first = await call('GET', '/v1/users', { headers: auth });
    expect([first.status, first.json.error.code, first.headers.get('retry-after')]).toEqual([
      503,
      'SERVICE_UNAVAILABLE',
      String(retryDelaysSeconds[0]),
    ]);
    const second = await call('GET', '/v1/users?limit=1', { headers: auth });
    expect([second.status, second.json.error.code]).toEqual([500, 'INTERNAL_ERROR']);
    const third = await call('GET', '/v1/users', { headers: auth });
    expect(third.status).toBe(200);
    expect(third.headers.get('x-ratelimit-remaining')).toBe('6');
    expect(
      (await call('POST', '/_sandbox/faults', { json: { match: 'GET /oauth/token', statuses: [500] } })).status,
    ).toBe(400);
    expect((await call('POST', '/_sandbox/faults', { json: { match: 'GET /v1/users', statuses: [418] } })).status).toBe(
      400,
    );
  });
});
