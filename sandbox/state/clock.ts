/**
 * The virtual clock: real time plus the offset `POST /_sandbox/clock` adds. The
 * offset lives in the state, so every tab and runtime sharing a store shares one clock.
 */
import type { SandboxState } from './types.ts';

export type RealClock = () => number;

export const systemClock: RealClock = () => Date.now();

export function virtualNow(state: SandboxState, realNow: RealClock): number {
  return realNow() + state.clockOffsetMs;
}

/**
 * The latest virtual time the sandbox accepts. ISO 8601 timestamps need a
 * four-digit year, and the longest expiry measured from "now" (an invitation)
 * must still end before year 10000.
 */
export const latestVirtualTime = Date.UTC(9999, 11, 1);

/** RFC 3339 in UTC, whole seconds, like the spec's examples. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function unixSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}
