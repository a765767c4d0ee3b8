/**
 * The BlueRound API client the docs describe (the "RedCore SDK" behaviour):
 * client-credentials tokens with refresh and rotation, one refresh + replay on
 * 401, 5xx back-off with jitter, Retry-After on 429, proactive waiting on an
 * exhausted rate limit, typed errors, and a step-by-step event trace for the
 * sandbox console. Runs in browsers and Node 24 on the global `fetch`.
 *
 *     const client = createClient({ clientId: 'sandbox_app_full', clientSecret: 'sandbox_secret_full' });
 *     const { data } = await client.users.list({ limit: 10 });
 */
export { createClient, type RedcoreClient } from './client.ts';
export { defaultBaseUrl, type ClientOptions } from './options.ts';
export type { QueryValue, RequestOptions } from './call.ts';
export type { EventsApi, IdempotencyOptions, LocksApi, UsersApi } from './resources.ts';
export type { TokenSet } from './token-cache.ts';
export type {
  ClientEvent,
  ClientEventType,
  EventListener,
  Grant,
  RetryReason,
  TokenState,
  WaitReason,
} from './events.ts';
export type { RateLimitInfo } from './rate-limit.ts';
export { realSleep, scaledTime, type Clock, type Random, type Sleep } from './time.ts';
export {
  ApiError,
  AuthenticationError,
  ConfigurationError,
  ConflictError,
  InsufficientScopeError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  RedcoreAPIError,
  ValidationError,
  type ApiErrorCode,
  type ApiErrorInit,
} from './errors.ts';
export type * from './types.ts';
