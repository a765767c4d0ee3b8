/**
 * Time on the console page. Three clocks, each with one job:
 *
 * - `VirtualClock`: the sandbox's virtual time (real time plus the offset that
 *   POST /_sandbox/clock adds), given to the client so that token expiry and
 *   X-RateLimit-Reset are compared with the time the sandbox itself uses.
 * - `AxisClock`: the timeline's axis, real elapsed time plus the part of each
 *   compressed wait that was skipped, so the axis shows real durations.
 * - `compressedSleep`: plays a wait `factor` times faster and moves the
 *   sandbox's clock over the rest, so the server sees the whole wait pass
 *   (a Retry-After window really resets) while the page waits a tenth of it.
 */

export type Now = () => number;

export class VirtualClock {
  #offsetMs = 0;
  readonly #realNow: Now;

  constructor(realNow: Now = () => Date.now()) {
    this.#realNow = realNow;
  }

  readonly now: Now = () => this.#realNow() + this.#offsetMs;

  /**
   * Aligns with one reading of the sandbox's clock (whole seconds, rounded
   * down), taken between `requestedAt` and `answeredAt`. The sandbox's offset
   * is a whole number of seconds, so it is the one multiple of 1000 the
   * reading allows; returns false when the reading straddles a second and
   * allows two (read again).
   */
  syncFrom(virtualNowSeconds: number, requestedAt: number, answeredAt: number): boolean {
    // reading ≤ real + offset < reading + 1000, with real between requestedAt and answeredAt.
    const lowest = Math.ceil((virtualNowSeconds - answeredAt) / 1000) * 1000;
    const highest = Math.ceil((virtualNowSeconds - requestedAt) / 1000) * 1000;
    this.#offsetMs = highest;
    return lowest === highest;
  }

  /** The sandbox's clock was moved forward by `seconds`. */
  advanced(seconds: number): void {
    this.#offsetMs += seconds * 1000;
  }

  get offsetMs(): number {
    return this.#offsetMs;
  }
}

export class AxisClock {
  readonly #realNow: Now;
  #start: number;
  #skippedMs = 0;

  constructor(realNow: Now = () => performance.now()) {
    this.#realNow = realNow;
    this.#start = realNow();
  }

  restart(): void {
    this.#start = this.#realNow();
    this.#skippedMs = 0;
  }

  now(): number {
    return this.#realNow() - this.#start + this.#skippedMs;
  }

  skip(ms: number): void {
    this.#skippedMs += ms;
  }
}

export interface CompressedSleepOptions {
  /** 1 plays waits in real time; 10 plays them ten times faster. Read at each wait. */
  factor: () => number;
  realSleep: (ms: number) => Promise<void>;
  /** Moves the sandbox's clock by whole seconds. */
  advanceSandbox: (seconds: number) => Promise<void>;
  axis: AxisClock;
}

export function compressedSleep({ factor, realSleep, advanceSandbox, axis }: CompressedSleepOptions) {
  return async (ms: number): Promise<void> => {
    const scale = Math.max(1, factor());
    const playedMs = ms / scale;
    await realSleep(playedMs);
    if (scale === 1) return;
    // Whole seconds only, rounded up: the sandbox must see at least the full wait go by.
    const skipSeconds = Math.ceil((ms - playedMs) / 1000);
    if (skipSeconds > 0) await advanceSandbox(skipSeconds);
    axis.skip(ms - playedMs);
  };
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));
