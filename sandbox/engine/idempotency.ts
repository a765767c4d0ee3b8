/**
 * `Idempotency-Key` on POST: keyed by client and key, the stored record holds a
 * fingerprint of the request (method, path, canonical JSON body) and the first
 * 2xx response. Records expire after policy.idempotencyKeyTtlHours of virtual time.
 */
import { idempotencyKeyTtlHours } from '../../policy/policy.ts';
import { canonicalJson } from './incoming.ts';
import { own, type IdempotencyRecord, type SandboxState } from '../state/types.ts';

export function recordKey(clientId: string, key: string): string {
  // A newline cannot occur in a header value, so client and key never run together.
  return `${clientId}\n${key}`;
}

export function fingerprintOf(method: string, pathname: string, body: unknown): string {
  return `${method} ${pathname}\n${body === undefined ? '' : canonicalJson(body)}`;
}

export function findRecord(state: SandboxState, key: string, now: number): IdempotencyRecord | undefined {
  const record = own(state.idempotency, key);
  return record && now < record.expiresAt ? record : undefined;
}

export function remember(
  state: SandboxState,
  key: string,
  fingerprint: string,
  status: number,
  body: unknown,
  now: number,
): SandboxState {
  const record: IdempotencyRecord = {
    fingerprint,
    status,
    body: body === undefined ? null : JSON.stringify(body),
    expiresAt: now + idempotencyKeyTtlHours * 3_600_000,
  };
  return { ...state, idempotency: { ...state.idempotency, [key]: record } };
}
