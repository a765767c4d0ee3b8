/**
 * What a step answers, before it becomes a fetch `Response`: a status, headers
 * and an optional JSON body. Kept as plain data so idempotent replays can store it.
 */
import type { components } from '../../openapi/generated/api-types.ts';
import { errorStatuses } from '../generated/spec-runtime.js';
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

export function withHeaders(reply: Reply, headers: Record<string, string>): Reply {
  return { ...reply, headers: { ...reply.headers, ...headers } };
}

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
  return { status: errorStatuses[code], headers, body: envelope(code, message, requestId, details) };
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
