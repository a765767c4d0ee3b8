import { describe, expect, it } from 'vitest';
import { maxRateLimitRetries, maxRetries, rateLimitResetMarginSeconds } from '../policy/policy.ts';
import { RateLimitError } from './errors.ts';
import { example, fail, ok, route, server, startMs, startSeconds, useFakeApi } from './testing/fake-api.ts';
import { testClient } from './testing/harness.ts';
import type { Application, UserList } from './types.ts';

useFakeApi();

const userList = (headers: Record<string, string> = {}) => ok(example<UserList>('UserListPage'), 200, headers);
const marginMs = rateLimitResetMarginSeconds * 1000;

describe('429 Retry-After', () => {
  it('sleeps Retry-After seconds, then sends again', async () => {
    const users = route('GET', '/v1/users', fail(429, { 'Retry-After': '7' }), userList());
    server.use(users.handler);
    const { client, time, ofType } = testClient();

    await client.users.list();

    expect(users.requests).toHaveLength(2);
    expect(time.sleeps).toEqual([7000]);
    expect(ofType('wait')).toMatchObject([{ reason: 'retry-after', ms: 7000, plannedMs: 7000, jitterFactor: 1 }]);
    expect(ofType('retry')).toMatchObject([{ attempt: 2, reason: 'rate-limited' }]);
  });

  it('does not spend the 5xx budget', async () => {
    const answers = [fail(429), ...Array.from({ length: maxRetries }, () => fail(503)), fail(429), userList()];
    const users = route('GET', '/v1/users', ...answers);
    server.use(users.handler);
    const { client } = testClient();

    await expect(client.users.list()).resolves.toMatchObject({ has_more: true });
    expect(users.requests).toHaveLength(answers.length);
  });

  it(`gives up with RateLimitError after ${maxRateLimitRetries} waits in a row`, async () => {
    const users = route('GET', '/v1/users', fail(429));
    server.use(users.handler);
    const { client, time } = testClient();

    const error = await client.users.list().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED', attempts: maxRateLimitRetries + 1 });
    expect(time.sleeps).toHaveLength(maxRateLimitRetries);
  });

  it('retries a POST without an Idempotency-Key too: a limited call did nothing', async () => {
    const locks = route('POST', '/v1/locks', fail(429), ok(example('LockAcquired'), 201));
    server.use(locks.handler);
    const { client } = testClient();

    await client.request('POST', '/v1/locks', {
      body: { resource: 'invoice:inv_20240314', ttl_seconds: 30 },
      idempotencyKey: false,
    });

    expect(locks.requests).toHaveLength(2);
  });

  it('goes straight back to sending after Retry-After, without a second wait for the reset', async () => {
    // The 429 says Remaining 0 and a reset 7 s away; Retry-After already covers it.
    const limited = fail(429, { 'Retry-After': '7', 'X-RateLimit-Reset': String(startSeconds + 7) });
    const users = route('GET', '/v1/users', limited, userList());
    server.use(users.handler);
    const { client, time } = testClient();

    await client.users.list();

    expect(time.sleeps).toEqual([7000]);
  });
});

describe('proactive wait on X-RateLimit-Remaining: 0', () => {
  it('waits until X-RateLimit-Reset plus the margin before the next call', async () => {
    const reset = startSeconds + 5;
    const users = route(
      'GET',
      '/v1/users',
      userList({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(reset) }),
      userList(),
    );
    server.use(users.handler);
    const { client, time, ofType } = testClient();

    await client.users.list();
    expect(time.sleeps).toEqual([]);
    time.advance(1200);
    await client.users.list();

    const expected = reset * 1000 + marginMs - (startMs + 1200);
    expect(time.sleeps).toEqual([expected]);
    expect(ofType('wait')).toMatchObject([{ reason: 'rate-limit-reset', ms: expected, plannedMs: expected }]);
    expect(time.clock()).toBe(reset * 1000 + marginMs);
    expect(ofType('rate-limit-check').at(-1)).toMatchObject({ remaining: 0, reset });
  });

  it('applies across resources: the limit is per client', async () => {
    const reset = startSeconds + 3;
    const users = route(
      'GET',
      '/v1/users',
      userList({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(reset) }),
    );
    const me = route('GET', '/v1/me', ok(example<Application>('CurrentApplication')));
    server.use(users.handler, me.handler);
    const { client, time } = testClient();

    await client.users.list();
    await client.me();

    expect(time.sleeps).toEqual([3000 + marginMs]);
  });

  it('does not wait when the reset has passed or requests remain', async () => {
    const users = route(
      'GET',
      '/v1/users',
      userList({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(startSeconds + 2) }),
      userList({ 'X-RateLimit-Remaining': '1', 'X-RateLimit-Reset': String(startSeconds + 60) }),
      userList(),
    );
    server.use(users.handler);
    const { client, time } = testClient();

    await client.users.list();
    time.advance(10_000);
    await client.users.list();
    await client.users.list();

    expect(time.sleeps).toEqual([]);
  });

  it('waits before a 5xx retry too when that answer used up the window', async () => {
    const reset = startSeconds + 10;
    const users = route(
      'GET',
      '/v1/users',
      fail(503, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(reset) }),
      userList(),
    );
    server.use(users.handler);
    const { client, time, ofType } = testClient();

    await client.users.list();

    expect(ofType('wait').map((wait) => wait.reason)).toEqual(['backoff', 'rate-limit-reset']);
    expect(time.clock()).toBe(reset * 1000 + marginMs);
  });
});

describe('compressed time', () => {
  it('timeScale shortens the real sleep but events carry the real planned ms', async () => {
    const users = route('GET', '/v1/users', fail(429, { 'Retry-After': '2' }), fail(503), userList());
    server.use(users.handler);
    const { client, ofType } = testClient({ clock: undefined, sleep: undefined, timeScale: 1000 });

    const started = performance.now();
    await client.users.list();

    expect(ofType('wait').map((wait) => [wait.reason, wait.ms])).toEqual([
      ['retry-after', 2000],
      ['backoff', 1000],
    ]);
    // 3 s of waits at 1000× is 3 ms; leave generous room for a slow CI machine.
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
