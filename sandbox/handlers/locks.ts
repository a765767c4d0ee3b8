/** Distributed locks, one holder per resource name per application (spec tag "Locks"). */
import { apiOperation, respond } from '../engine/operation.ts';
import { isoSeconds } from '../state/clock.ts';
import { hexId } from '../state/ids.ts';
import type { LockRecord } from '../state/types.ts';

export const lockOperations = [
  apiOperation('acquireLock', (context, state) => {
    const { resource, ttl_seconds: ttlSeconds } = context.body;
    const live = state.locks.filter((lock) => lock.expiresAt > context.now);
    const held = live.find((lock) => lock.clientId === context.app.id && lock.resource === resource);
    if (held) {
      return {
        response: context.error('DUPLICATE_RESOURCE', `${resource} is locked until ${isoSeconds(held.expiresAt)}.`),
      };
    }
    // Rounded up to a whole second, so the lock is free exactly at the `expires_at` it reports.
    const expiresAt = Math.ceil((context.now + ttlSeconds * 1000) / 1000) * 1000;
    const lock: LockRecord = {
      id: hexId('lck', (id) => state.locks.some((existing) => existing.id === id)),
      clientId: context.app.id,
      resource,
      expiresAt,
    };
    return {
      state: { ...state, locks: [...live, lock] },
      response: respond(201, { id: lock.id, resource, expires_at: isoSeconds(expiresAt) }),
    };
  }),

  apiOperation('releaseLock', (context, state) => {
    const id = context.pathParams['id'];
    const lock = state.locks.find(
      (candidate) => candidate.id === id && candidate.clientId === context.app.id && candidate.expiresAt > context.now,
    );
    if (!lock) {
      return {
        response: context.error('NOT_FOUND', `No held lock with ID ${id ?? ''}; it was released or has expired.`),
      };
    }
    return {
      state: { ...state, locks: state.locks.filter((candidate) => candidate !== lock) },
      response: respond(204),
    };
  }),
];
