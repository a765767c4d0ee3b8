import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxRetries, retryDelaysSeconds, retryJitterRatio } from '../policy/policy.ts';
import { backoff } from './backoff.ts';
import { example, fail, ok, route, server, useFakeApi } from './testing/fake-api.ts';
import { testClient } from './testing/harness.ts';
import type { UserList } from './types.ts';

useFakeApi();

const retries = Array.from({ length: maxRetries }, (_, index) => index + 1);
const plannedMs = (retry: number) => (retryDelaysSeconds[retry - 1] ?? Number.NaN) * 1000;
const bounds = (retry: number) => [
  plannedMs(retry) * (1 - retryJitterRatio),
  plannedMs(retry) * (1 + retryJitterRatio),
];
/** The largest double below 1, the top of Math.random's range. */
const almostOne = 1 - Number.EPSILON / 2;

describe('back-off jitter', () => {
  it('keeps every wait within the schedule step ± the jitter ratio, for any random value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: maxRetries }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, random) => {
          const step = backoff(retry, () => random);
          const [low = 0, high = 0] = bounds(retry);
          expect(step.plannedMs).toBe(plannedMs(retry));
          expect(step.ms).toBeGreaterThanOrEqual(low);
          expect(step.ms).toBeLessThanOrEqual(high);
          expect(step.ms).toBeCloseTo(step.plannedMs * step.jitterFactor, 9);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it.each(retries)('retry %i: random 0 gives the shortest wait, random ≈ 1 the longest', (retry) => {
    const [low = 0, high = 0] = bounds(retry);
    expect(backoff(retry, () => 0).ms).toBe(low);
    expect(backoff(retry, () => 0).jitterFactor).toBe(1 - retryJitterRatio);
    expect(backoff(retry, () => almostOne).ms).toBeCloseTo(high, 6);
    expect(backoff(retry, () => almostOne).ms).toBeLessThanOrEqual(high);
    expect(backoff(retry, () => 0.5).ms).toBe(plannedMs(retry));
  });

  it('spreads waits over the whole range (uniform), not just the ends', () => {
    const samples = Array.from({ length: 10_000 }, () => backoff(1, Math.random).jitterFactor);
    const [low, high] = [1 - retryJitterRatio, 1 + retryJitterRatio];
    const quarter = (high - low) / 4;
    const buckets = [0, 1, 2, 3].map(
      (index) =>
        samples.filter((factor) => factor >= low + index * quarter && factor < low + (index + 1) * quarter).length,
    );
    for (const count of buckets) expect(count).toBeGreaterThan(2000);
    expect(buckets.reduce((sum, count) => sum + count, 0)).toBe(samples.length);
  });

  it('has no step beyond the budget', () => {
    expect(() => backoff(maxRetries + 1, Math.random)).toThrow(RangeError);
  });

  it('sleeps the jittered wait and reports the planned one, through the client', async () => {
    const randoms = [0, almostOne, 0.25];
    const users = route('GET', '/v1/users', fail(503), fail(500), fail(503), ok(example<UserList>('UserListPage')));
    server.use(users.handler);
    const { client, time, ofType } = testClient({ random: () => randoms.shift() ?? 0.5 });

    await client.users.list();

    const waits = ofType('wait');
    expect(waits.map((wait) => wait.reason)).toEqual(['backoff', 'backoff', 'backoff']);
    expect(waits.map((wait) => wait.plannedMs)).toEqual(retries.map(plannedMs));
    expect(time.sleeps).toEqual(waits.map((wait) => wait.ms));
    waits.forEach((wait, index) => {
      const [low = 0, high = 0] = bounds(index + 1);
      expect(wait.ms).toBeGreaterThanOrEqual(low);
      expect(wait.ms).toBeLessThanOrEqual(high);
    });
    expect(waits[0]?.ms).toBe(bounds(1)[0]);
    expect(waits[1]?.ms).toBeCloseTo(bounds(2)[1] ?? 0, 6);
    expect(waits[2]?.jitterFactor).toBeCloseTo(1 - retryJitterRatio / 2, 12);
  });
});
