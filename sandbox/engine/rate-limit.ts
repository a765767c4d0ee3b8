/**
 * Fixed-window rate limiting per client. A window opens with the client's first
 * counted request (or when `PUT /_sandbox/rate-limit` restarts every window) and
 * lasts `windowSeconds` of virtual time. Requests over the limit are refused and
 * not counted, so the count never passes the limit and Remaining never goes below 0.
 */
import { integerHeader } from './reply.ts';
import type { RateWindow, SandboxState } from '../state/types.ts';

export interface RateDecision {
  window: RateWindow;
  allowed: boolean;
  headers: Record<string, string>;
  /** Whole seconds until the window ends, at least 1; sent as `Retry-After` on 429. */
  retryAfter: number;
}

function windowEnd(state: SandboxState, window: RateWindow): number {
  return window.start + state.rateLimit.windowSeconds * 1000;
}

function headersFor(limit: number, remaining: number, endMs: number): Record<string, string> {
  return {
    'X-RateLimit-Limit': integerHeader(limit),
    'X-RateLimit-Remaining': integerHeader(Math.max(0, remaining)),
    'X-RateLimit-Reset': integerHeader(Math.ceil(endMs / 1000)),
  };
}

export function countRequest(state: SandboxState, clientId: string, now: number): RateDecision {
  const current = Object.hasOwn(state.windows, clientId) ? state.windows[clientId] : undefined;
  const open = current && now < windowEnd(state, current) && now >= current.start ? current : { start: now, count: 0 };
  const end = windowEnd(state, open);
  const allowed = open.count < state.rateLimit.limit;
  const window = allowed ? { start: open.start, count: open.count + 1 } : open;
  return {
    window,
    allowed,
    headers: headersFor(state.rateLimit.limit, state.rateLimit.limit - window.count, end),
    retryAfter: Math.max(1, Math.ceil((end - now) / 1000)),
  };
}

/** Headers for a response no client is charged for (401, unknown paths): a fresh window at the limit in force. */
export function uncountedHeaders(state: SandboxState, now: number): Record<string, string> {
  return headersFor(state.rateLimit.limit, state.rateLimit.limit, now + state.rateLimit.windowSeconds * 1000);
}

export function withWindow(state: SandboxState, clientId: string, window: RateWindow): SandboxState {
  return { ...state, windows: { ...state.windows, [clientId]: window } };
}
