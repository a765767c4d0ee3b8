/**
 * Everything the client throws. Branch on the class (or on `code`), never on
 * `message`: messages are for people and may change.
 *
 * - `ConfigurationError`: bad options, thrown by `createClient` before any request.
 * - `NetworkError`: `fetch` itself failed (offline, DNS, CORS); never retried, since
 *   the request may or may not have reached the server.
 * - `ApiError`: the server answered with an error. Subclasses by status:
 *   `ValidationError` (400), `AuthenticationError` (401, and failed `/oauth/*` calls),
 *   `InsufficientScopeError` (403), `NotFoundError` (404), `ConflictError` (409),
 *   `RateLimitError` (429 after the 429 cap), `RedcoreAPIError` (5xx once retries are
 *   used up or not allowed). Other statuses (405, 413, 415) are a plain `ApiError`.
 */
import type { ErrorCode, ErrorDetail, OAuthErrorCode } from './types.ts';

export class ConfigurationError extends Error {
  override readonly name: string = 'ConfigurationError';
  /** The option at fault, such as `clientId` or `baseUrl`. */
  readonly setting: string;

  constructor(setting: string, message: string) {
    super(message);
    this.setting = setting;
  }
}

export class NetworkError extends Error {
  override readonly name: string = 'NetworkError';

  constructor(message: string, cause: unknown) {
    super(message, { cause });
  }
}

/** `ErrorCode` for `/v1`, the OAuth `error` for `/oauth/*`, `UNKNOWN` when the body had neither. */
// `string & {}` keeps editor completion for the known codes while accepting codes added later.
export type ApiErrorCode = ErrorCode | OAuthErrorCode | 'UNKNOWN' | (string & {});

export interface ApiErrorInit {
  status: number;
  code: ApiErrorCode;
  /** The server's explanation (`error.message` or `error_description`). */
  message: string;
  requestId: string | null;
  details?: readonly ErrorDetail[];
  /** How many times the request was sent, the failing attempt included. */
  attempts: number;
  method: string;
  path: string;
}

export class ApiError extends Error {
  override readonly name: string = 'ApiError';
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly requestId: string | null;
  /** One `{field, issue}` per problem on `INVALID_REQUEST`; empty otherwise. */
  readonly details: readonly ErrorDetail[];
  readonly attempts: number;
  readonly method: string;
  readonly path: string;

  constructor(init: ApiErrorInit, summary?: string) {
    super(`${init.method} ${init.path} → ${init.status} ${init.code}: ${summary ?? init.message}`);
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.details = init.details ?? [];
    this.attempts = init.attempts;
    this.method = init.method;
    this.path = init.path;
  }
}

/** 400 `INVALID_REQUEST`: fix the request; `details` names each bad input. */
export class ValidationError extends ApiError {
  override readonly name: string = 'ValidationError';
}

/**
 * 401 after the one silent refresh and replay, or a token request that failed
 * (`invalid_client`, or `invalid_grant` even after a fresh client-credentials grant).
 */
export class AuthenticationError extends ApiError {
  override readonly name: string = 'AuthenticationError';
}

/** 403 `INSUFFICIENT_SCOPE`: the token lacks a scope; a refresh does not help. */
export class InsufficientScopeError extends ApiError {
  override readonly name: string = 'InsufficientScopeError';
}

/** 404 `NOT_FOUND`. */
export class NotFoundError extends ApiError {
  override readonly name: string = 'NotFoundError';
}

/** 409 `DUPLICATE_RESOURCE` or `IDEMPOTENCY_KEY_REUSED` (see `code`). */
export class ConflictError extends ApiError {
  override readonly name: string = 'ConflictError';
}

/** 429 `RATE_LIMITED` more times in a row than `maxRateLimitRetries` allows. */
export class RateLimitError extends ApiError {
  override readonly name: string = 'RateLimitError';
}

/**
 * A server error (5xx) that the client stopped retrying: after 1 + `maxRetries`
 * attempts ("max retries exceeded"), at once for a `POST` without an
 * `Idempotency-Key`, or from the token endpoint. `status` is the last status.
 */
export class RedcoreAPIError extends ApiError {
  override readonly name: string = 'RedcoreAPIError';
}

/** The class for a final (not retried) error answer. */
export function apiErrorFor(init: ApiErrorInit, summary?: string): ApiError {
  if (init.status >= 500) return new RedcoreAPIError(init, summary);
  switch (init.status) {
    case 400:
      return new ValidationError(init, summary);
    case 401:
      return new AuthenticationError(init, summary);
    case 403:
      return new InsufficientScopeError(init, summary);
    case 404:
      return new NotFoundError(init, summary);
    case 409:
      return new ConflictError(init, summary);
    case 429:
      return new RateLimitError(init, summary);
    default:
      return new ApiError(init, summary);
  }
}
