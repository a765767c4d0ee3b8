/**
 * What a step answers, before it becomes a fetch `Response`: a status, headers
 * and an optional JSON body. Kept as plain data so idempotent replays can store it.
 */
import type { components } from '../generated/api-types.ts';
import type { ErrorDetail } from '../spec/issues.ts';

export type ErrorCode = components['schemas']['ErrorCode'];
export type ErrorBody = components['schemas']['Error'];
export type OAuthErrorBody = components['schemas']['OAuthError'];

export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** JSON value to send; `undefined` sends no body. */
  body?: unknown;
}

/** The one status each error code belongs to (the ErrorCode table of the spec). */
export interface StatusOfCode {
  INVALID_REQUEST: 400;
  UNAUTHENTICATED: 401;
  INSUFFICIENT_SCOPE: 403;
  NOT_FOUND: 404;
  METHOD_NOT_ALLOWED: 405;
  DUPLICATE_RESOURCE: 409;
  IDEMPOTENCY_KEY_REUSED: 409;
  PAYLOAD_TOO_LARGE: 413;
  UNSUPPORTED_MEDIA_TYPE: 415;
  RATE_LIMITED: 429;
  INTERNAL_ERROR: 500;
  SERVICE_UNAVAILABLE: 503;
}

export const statusOfCode: { readonly [Code in ErrorCode]: StatusOfCode[Code] } = {
  INVALID_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INSUFFICIENT_SCOPE: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  DUPLICATE_RESOURCE: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

export function envelope(code: ErrorCode, message: string, requestId: string, details?: ErrorDetail[]): ErrorBody {
  return {
    error: { code, message, request_id: requestId, ...(details && details.length > 0 ? { details } : {}) },
  };
}

export function errorReply(
  code: ErrorCode,
  message: string,
  requestId: string,
  details?: ErrorDetail[],
  headers: Record<string, string> = {},
): Reply {
  return { status: statusOfCode[code], headers, body: envelope(code, message, requestId, details) };
}

export function invalidRequest(requestId: string, details: ErrorDetail[], what: 'body' | 'parameters'): Reply {
  const noun = what === 'body' ? 'field' : 'parameter';
  const message =
    what === 'body'
      ? `The request body has ${details.length} invalid ${noun}${details.length === 1 ? '' : 's'}.`
      : `The request has ${details.length} invalid ${noun}${details.length === 1 ? '' : 's'}.`;
  return errorReply('INVALID_REQUEST', message, requestId, details);
}

/**
 * Header values for integers that may be too large for `String()` to print
 * without an exponent (a huge sandbox rate limit, say): headers documented as
 * integers must stay digits.
 */
export function integerHeader(value: number): string {
  if (Number.isSafeInteger(value)) return String(value);
  if (!Number.isFinite(value)) return '0';
  return BigInt(Math.trunc(value)).toString();
}

export function toResponse(reply: Reply): Response {
  const headers = new Headers(reply.headers);
  if (reply.body === undefined) return new Response(null, { status: reply.status, headers });
  headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(reply.body), { status: reply.status, headers });
}
