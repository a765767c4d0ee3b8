/**
 * Time is injected so tests and the sandbox console control it. The client
 * reads `clock()` for token expiry, rate-limit resets and event timestamps,
 * and calls `sleep(ms)` for every wait, always with the real planned length.
 *
 * To compress waits (the console plays a 7 s back-off in 0.7 s), either pass
 * `timeScale: 10` to `createClient`, which uses `scaledTime(10)` for the
 * defaults, or pass your own pair: a `sleep` that divides by N and a `clock`
 * that runs N times faster, so the two stay consistent (a token or rate-limit
 * window then also runs out N times sooner in wall time).
 */
import { ConfigurationError } from './errors.ts';

/** Milliseconds since the Unix epoch, like `Date.now`. */
export type Clock = () => number;
export type Sleep = (ms: number) => Promise<void>;
/** A number in [0, 1), like `Math.random`. */
export type Random = () => number;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** A clock that runs `timeScale` times faster than `now`, and a sleep that agrees with it. */
export function scaledTime(timeScale: number, now: Clock = Date.now): { clock: Clock; sleep: Sleep } {
  if (!Number.isFinite(timeScale) || timeScale <= 0) {
    throw new ConfigurationError('timeScale', `invalid timeScale ${timeScale}: must be a positive number`);
  }
  const start = now();
  return {
    clock: () => start + (now() - start) * timeScale,
    sleep: (ms) => realSleep(ms / timeScale),
  };
}
