/**
 * The client against the real sandbox handlers (sandbox/node.ts), not scripted
 * answers: proves the two agree on the contract. The sandbox runs on the same
 * fake clock as the client, so back-off waits take no real time and the
 * sandbox's rate-limit window moves with them.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNodeSandbox, sandboxOrigin } from '../sandbox/node.ts';
import { maxRetries, rateLimitResetMarginSeconds, retryDelaysSeconds } from '../policy/policy.ts';
import { createClient } from './client.ts';
import { RedcoreAPIError } from './errors.ts';
import type { ClientEvent } from './events.ts';
import { fakeTime } from './testing/harness.ts';

const time = fakeTime(Date.now());
const internalErrors: unknown[] = [];
const sandbox = createNodeSandbox({ realNow: time.clock, onInternalError: (error) => internalErrors.push(error) });

beforeAll(() => sandbox.listen({ onUnhandledFrame: 'error' }));
afterEach(async () => {
  await control('POST', '/_sandbox/reset');
  expect(internalErrors.splice(0)).toEqual([]);
});
afterAll(() => sandbox.close());

async function control(method: string, path: string, body?: unknown): Promise<void> {
  const init =
    body === undefined
      ? { method }
      : { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(`${sandboxOrigin}${path}`, init);
  expect(response.ok, `${method} ${path}`).toBe(true);
}

function sandboxClient() {
  const events: ClientEvent[] = [];
  const client = createClient({
    clientId: 'sandbox_app_full',
    clientSecret: 'sandbox_secret_full',
    clock: time.clock,
    sleep: time.sleep,
    random: () => 0.5,
    onEvent: (event) => events.push(event),
  });
  return { client, events };
}

describe('client × sandbox handlers', () => {
  it('happy path: health check, list, invite, resend, lock, events', async () => {
    const { client, events } = sandboxClient();

    const page = await client.users.list({ limit: 2 });
    const user = await client.users.create({ email: 'ada.lovelace@example.com', name: 'Ada Lovelace', role: 'viewer' });
    const resent = await client.users.resendInvitation(user.id);
    const lock = await client.locks.acquire({ resource: 'invoice:inv_1', ttl_seconds: 30 });
    await client.locks.release(lock.id);
    const latest = await client.events.list({ limit: 2 });

    expect(page.data).toHaveLength(2);
    expect(user).toMatchObject({ status: 'pending_invite', email: 'ada.lovelace@example.com' });
    expect(resent.id).toBe(user.id);
    expect(latest.data.map((event) => event.type)).toEqual(['invitation.sent', 'user.created']);
    expect(events.filter((event) => event.type === 'health-check').map((event) => event.phase)).toEqual([
      'start',
      'ok',
    ]);
    expect(events.filter((event) => event.type === 'retry')).toEqual([]);
  });

  it('injected 503, 500: two back-off waits, then the list', async () => {
    const { client, events } = sandboxClient();
    await client.me();
    await control('POST', '/_sandbox/faults', { match: 'GET /v1/users', statuses: [503, 500] });
    const sleepsBefore = time.sleeps.length;

    const page = await client.users.list();

    expect(page.data.length).toBeGreaterThan(0);
    const statuses = events.filter((event) => event.type === 'response' && event.path === '/v1/users');
    expect(statuses.map((event) => (event.type === 'response' ? event.status : 0))).toEqual([503, 500, 200]);
    expect(time.sleeps.slice(sleepsBefore)).toEqual(retryDelaysSeconds.slice(0, 2).map((seconds) => seconds * 1000));
  });

  it(`one fault more than ${maxRetries} retries: RedcoreAPIError after 1 + ${maxRetries} attempts`, async () => {
    const { client } = sandboxClient();
    await client.me();
    const statuses = Array.from({ length: maxRetries + 1 }, (_, index) => (index % 2 === 0 ? 503 : 500));
    await control('POST', '/_sandbox/faults', { match: 'GET /v1/users', statuses });

    const error = await client.users.list().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RedcoreAPIError);
    expect(error).toMatchObject({ status: statuses.at(-1), attempts: 1 + maxRetries });
  });

  it('a used-up window: waits until X-RateLimit-Reset + margin instead of getting a 429', async () => {
    const { client, events } = sandboxClient();
    await client.me();
    await control('PUT', '/_sandbox/rate-limit', { limit: 2, window_seconds: 10 });

    for (let call = 0; call < 3; call += 1) await client.users.list({ limit: 1 });

    const responses = events.filter((event) => event.type === 'response');
    const waits = events.filter((event) => event.type === 'wait');
    expect(responses.map((event) => event.status)).not.toContain(429);
    expect(waits).toHaveLength(1);
    const emptied = responses.find((event) => event.rateLimit?.remaining === 0);
    const wait = waits[0];
    expect(wait?.reason).toBe('rate-limit-reset');
    // The wait ends exactly at the sandbox's announced reset plus the margin.
    expect((wait?.time ?? 0) + (wait?.ms ?? 0)).toBe(
      ((emptied?.rateLimit?.reset ?? 0) + rateLimitResetMarginSeconds) * 1000,
    );
  });
});
