/**
 * The client method behind each operation of the spec, keyed by operationId:
 * the API reference prints its "TypeScript (SDK)" sample from this table, and
 * `src/lib/reference/sdk-sample.test.ts` calls every entry to check that it
 * sends that operation's method and path. An operation missing here (the
 * sandbox controls) has no client method, so its page shows no SDK sample.
 */
import type { operations } from '../openapi/generated/api-types.ts';
import type { RedcoreClient } from './client.ts';

/** Dotted paths of the client's methods, e.g. `users.create`: a renamed method breaks this table at compile time. */
type MethodPath<T> = {
  [K in keyof T & string]: T[K] extends (...args: never[]) => unknown
    ? K
    : T[K] extends object
      ? `${K}.${MethodPath<T[K]>}`
      : never;
}[keyof T & string];

/** Where each argument of the call comes from in the operation's sample request. */
export type SdkArgument =
  /** A path parameter's value, e.g. the user ID. */
  | { from: 'path'; name: string }
  /** The query parameters as one object with typed values, e.g. `{ limit: 20 }`. */
  | { from: 'query' }
  /** The JSON request body. */
  | { from: 'body' }
  /** One field of a form-encoded body (the token to revoke). */
  | { from: 'form'; name: string }
  /** `{ idempotencyKey }` from the `Idempotency-Key` header. */
  | { from: 'idempotency-key' };

export interface SdkCall {
  method: MethodPath<RedcoreClient>;
  args: readonly SdkArgument[];
  /**
   * What the returned promise resolves to: the response body as documented,
   * the client's own token pair (camelCase, with an expiry time), or nothing.
   */
  result: 'body' | 'token-set' | 'none';
}

/** Keyed by the spec's operationIds (generated types), so a renamed operation breaks this table at compile time. */
export const sdkCalls: Readonly<Partial<Record<keyof operations, SdkCall>>> = {
  issueToken: { method: 'token', args: [], result: 'token-set' },
  revokeToken: { method: 'revoke', args: [{ from: 'form', name: 'token' }], result: 'none' },
  getCurrentApplication: { method: 'me', args: [], result: 'body' },
  listUsers: { method: 'users.list', args: [{ from: 'query' }], result: 'body' },
  createUser: { method: 'users.create', args: [{ from: 'body' }, { from: 'idempotency-key' }], result: 'body' },
  getUser: { method: 'users.get', args: [{ from: 'path', name: 'id' }], result: 'body' },
  updateUser: { method: 'users.update', args: [{ from: 'path', name: 'id' }, { from: 'body' }], result: 'body' },
  resendInvitation: {
    method: 'users.resendInvitation',
    args: [{ from: 'path', name: 'id' }, { from: 'idempotency-key' }],
    result: 'body',
  },
  listEvents: { method: 'events.list', args: [{ from: 'query' }], result: 'body' },
  acquireLock: { method: 'locks.acquire', args: [{ from: 'body' }, { from: 'idempotency-key' }], result: 'body' },
  releaseLock: { method: 'locks.release', args: [{ from: 'path', name: 'id' }], result: 'none' },
};
