/**
 * Drops what has expired (tokens, locks, idempotency records, events past the
 * retention window) before a snapshot is committed, so a long-lived browser
 * store does not grow without bound. Expiry itself is always checked on read;
 * pruning only frees space.
 */
import { eventRetentionDays } from '../../policy/policy.ts';
import type { SandboxState } from '../state/types.ts';

export const eventRetentionMs = eventRetentionDays * 24 * 3_600_000;

function keepLive<T extends { expiresAt: number }>(
  record: Readonly<Record<string, T>>,
  now: number,
): Readonly<Record<string, T>> {
  const entries = Object.entries(record);
  const live = entries.filter(([, value]) => value.expiresAt > now);
  return live.length === entries.length ? record : Object.fromEntries(live);
}

export function prune(state: SandboxState, now: number): SandboxState {
  const oldest = (now - eventRetentionMs) / 1000;
  const events = state.events.some((record) => record.event.created < oldest)
    ? state.events.filter((record) => record.event.created >= oldest)
    : state.events;
  const locks = state.locks.some((lock) => lock.expiresAt <= now)
    ? state.locks.filter((lock) => lock.expiresAt > now)
    : state.locks;
  const tokens = keepLive(state.tokens, now);
  const idempotency = keepLive(state.idempotency, now);
  if (
    events === state.events &&
    locks === state.locks &&
    tokens === state.tokens &&
    idempotency === state.idempotency
  ) {
    return state;
  }
  return { ...state, events, locks, tokens, idempotency };
}
