/**
 * The sandbox's whole state as one plain, structured-clone-friendly value. Every
 * request reads one snapshot and commits the next one in a single step
 * (see store.ts), so fields are readonly: handlers build new objects instead of
 * editing the committed ones.
 */
import type { components } from '../../openapi/generated/api-types.ts';

type Schemas = components['schemas'];
export type User = Schemas['User'];
export type ApiEvent = Schemas['Event'];
export type Scope = Schemas['Scope'];
export type FaultStatus = Schemas['SandboxFaults']['statuses'][number];

export interface UserRecord {
  /** Creation order; lists are newest first by it and cursors point at it. */
  readonly seq: number;
  readonly user: User;
}

export interface EventRecord {
  readonly seq: number;
  readonly event: ApiEvent;
}

export interface TokenRecord {
  readonly kind: 'access' | 'refresh';
  readonly clientId: string;
  readonly scopes: readonly Scope[];
  /** Virtual time in ms. */
  readonly expiresAt: number;
  readonly revoked: boolean;
  /** The other token of the pair issued together (RFC 7009 §2.1: revoking a refresh token revokes it too). */
  readonly pair: string;
  /** Refresh tokens only: the refresh token that replaced this one, once rotated. */
  readonly rotatedTo: string | null;
}

export interface LockRecord {
  readonly id: string;
  readonly clientId: string;
  readonly resource: string;
  readonly expiresAt: number;
}

export interface IdempotencyRecord {
  readonly fingerprint: string;
  readonly status: number;
  readonly body: string | null;
  readonly expiresAt: number;
}

export interface RateWindow {
  readonly start: number;
  readonly count: number;
}

export interface RateLimitConfig {
  readonly limit: number;
  readonly windowSeconds: number;
}

export interface SandboxState {
  /** Bumped when the shape changes, so a browser keeping an older snapshot starts from the seed. */
  readonly schema: number;
  /** Milliseconds added to real time to get the sandbox's virtual time. */
  readonly clockOffsetMs: number;
  /** Last sequence number handed out to a user or event. */
  readonly seq: number;
  readonly users: readonly UserRecord[];
  readonly events: readonly EventRecord[];
  readonly tokens: Readonly<Record<string, TokenRecord>>;
  readonly locks: readonly LockRecord[];
  /** Keyed by `idempotencyKeyOf(clientId, key)`. */
  readonly idempotency: Readonly<Record<string, IdempotencyRecord>>;
  readonly rateLimit: RateLimitConfig;
  /** Fixed-window counters by client ID. */
  readonly windows: Readonly<Record<string, RateWindow>>;
  /** Queued fault statuses by `METHOD /path`. */
  readonly faults: Readonly<Record<string, readonly FaultStatus[]>>;
  /** Keys the HMAC tag of pagination cursors (state/cursor.ts); new at every seed, so a reset voids old cursors. */
  readonly cursorSecret: string;
}

export const stateSchemaVersion = 2;

/**
 * Reads a key the client chose (a token, an idempotency key) without ever
 * reaching Object.prototype: `tokens['__proto__']` must be "unknown", not an object.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
