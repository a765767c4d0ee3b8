/**
 * Reads the `X-RateLimit-*` and `Retry-After` headers and turns them into
 * waits, following the rate-limit flowchart.
 */
import { rateLimitResetMarginSeconds } from '../policy/policy.ts';

/** What the last `/v1` response said about the window; `reset` is in Unix seconds. */
export interface RateLimitInfo {
  limit: number | null;
  remaining: number | null;
  reset: number | null;
}

function integerHeader(headers: Headers, name: string): number | null {
  const raw = headers.get(name);
  if (raw === null || !/^\s*\d+\s*$/.test(raw)) return null;
  return Number(raw);
}

/** `null` when the response carries none of the headers (token endpoint, a proxy error page). */
export function readRateLimit(headers: Headers): RateLimitInfo | null {
  const info = {
    limit: integerHeader(headers, 'X-RateLimit-Limit'),
    remaining: integerHeader(headers, 'X-RateLimit-Remaining'),
    reset: integerHeader(headers, 'X-RateLimit-Reset'),
  };
  return info.limit === null && info.remaining === null && info.reset === null ? null : info;
}

/**
 * How long to wait before the next call: until `reset` plus the margin when the
 * last response left no requests, else 0. A reset already in the past means
 * the window has turned over, so there is nothing to wait for.
 */
export function resetWaitMs(last: RateLimitInfo | null, nowMs: number): number {
  if (last?.remaining !== 0 || last.reset === null) return 0;
  return Math.max(0, (last.reset + rateLimitResetMarginSeconds) * 1000 - nowMs);
}

/**
 * `Retry-After` in ms. The API sends whole seconds (at least 1); a missing or
 * unreadable header falls back to 1 s, the smallest value the API would send,
 * rather than retrying at once.
 */
export function retryAfterMs(headers: Headers): number {
  const seconds = integerHeader(headers, 'Retry-After');
  return (seconds === null || seconds < 1 ? 1 : seconds) * 1000;
}
