/** The 5xx back-off schedule of the error-retry flowchart, with its jitter. */
import { retryDelaysSeconds, retryJitterRatio } from '../policy/policy.ts';
import type { Random } from './time.ts';

export interface Backoff {
  /** The schedule's step for this retry, before jitter. */
  plannedMs: number;
  /** In [1 - retryJitterRatio, 1 + retryJitterRatio): uniform, from `random`. */
  jitterFactor: number;
  /** What to sleep: `plannedMs × jitterFactor`. */
  ms: number;
}

/** The wait before 5xx retry `retry` (1-based, at most `maxRetries`). */
export function backoff(retry: number, random: Random): Backoff {
  const step = retryDelaysSeconds[retry - 1];
  if (step === undefined) throw new RangeError(`no back-off step for retry ${retry}`);
  const plannedMs = step * 1000;
  // Uniform in [-1, 1) scaled to the ratio, so random() = 0 gives the shortest wait.
  const jitterFactor = 1 + (2 * random() - 1) * retryJitterRatio;
  return { plannedMs, jitterFactor, ms: plannedMs * jitterFactor };
}
