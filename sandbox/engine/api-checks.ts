/**
 * The checks a `/v1` request meets before its operation, one function each.
 * Each answers the error reply that stops the request, or nothing to go on;
 * api-step.ts runs them in the contract's order.
 */
import { retryDelaysSeconds } from '../../policy/policy.ts';
import type { ErrorDetail } from '../spec/issues.ts';
import { specApiVersion } from '../spec/routes.ts';
import type { SandboxState, Scope } from '../state/types.ts';
import { insufficientScopeChallenge } from './bearer.ts';
import { faultKey, takeFault } from './faults.ts';
import { fingerprintOf, findRecord, recordKey } from './idempotency.ts';
import type { Incoming } from './incoming.ts';
import { errorReply, integerHeader, type Reply } from './reply.ts';

/** The version a /v1 request asked for, and what is wrong with it. */
export function versionOf(incoming: Incoming): { served: string; issues: ErrorDetail[] } {
  const sent = incoming.params['BlueRound-Version'];
  if (incoming.versionIssues.length > 0) return { served: specApiVersion, issues: incoming.versionIssues };
  if (typeof sent !== 'string') return { served: specApiVersion, issues: [] };
  if (sent !== specApiVersion) {
    return {
      served: specApiVersion,
      issues: [{ field: 'BlueRound-Version', issue: `Unknown version; use ${specApiVersion}.` }],
    };
  }
  return { served: sent, issues: [] };
}

/** 429 once the client's window is used up. */
export function rateLimitReply(state: SandboxState, retryAfter: number, requestId: string): Reply {
  const { limit, windowSeconds } = state.rateLimit;
  return errorReply(
    'RATE_LIMITED',
    `Rate limit of ${integerHeader(limit)} requests per ${integerHeader(windowSeconds)} s reached; retry after ${retryAfter} s.`,
    requestId,
    undefined,
    { 'Retry-After': integerHeader(retryAfter) },
  );
}

/** A fault queued with POST /_sandbox/faults for this method and path, taken from the state. */
export function queuedFault(
  state: SandboxState,
  incoming: Incoming,
): { reply: Reply; state: SandboxState } | undefined {
  // HEAD is GET without the body, so it meets the faults queued for GET.
  const fault = takeFault(state, faultKey(incoming.route.method, incoming.pathname));
  if (!fault) return undefined;
  const reply =
    fault.status === 503
      ? errorReply(
          'SERVICE_UNAVAILABLE',
          'The service is temporarily unavailable; retry after the Retry-After delay.',
          incoming.requestId,
          undefined,
          { 'Retry-After': String(retryDelaysSeconds[0]) },
        )
      : errorReply('INTERNAL_ERROR', 'Something went wrong on our side; retry with back-off.', incoming.requestId);
  return { reply, state: fault.state };
}

export function versionReply(incoming: Incoming, issues: ErrorDetail[]): Reply | undefined {
  if (issues.length === 0) return undefined;
  const sent = incoming.headers.get('BlueRound-Version') ?? '';
  return errorReply(
    'INVALID_REQUEST',
    `BlueRound-Version ${sent} is not a known API version.`,
    incoming.requestId,
    issues,
  );
}

export function scopeReply(incoming: Incoming, granted: readonly Scope[]): Reply | undefined {
  const { scopes } = incoming.route;
  const missing = scopes.filter((scope) => !(granted as readonly string[]).includes(scope));
  if (missing.length === 0) return undefined;
  return errorReply(
    'INSUFFICIENT_SCOPE',
    `This operation needs the scope ${scopes.join(' ')}.`,
    incoming.requestId,
    undefined,
    {
      'WWW-Authenticate': insufficientScopeChallenge(scopes),
    },
  );
}

/** Where an `Idempotency-Key` request stands: not one, new, a replay of a stored answer, or a reuse (409). */
export type IdempotencyCheck =
  { kind: 'none' } | { kind: 'new'; stored: string; fingerprint: string } | { kind: 'stop'; reply: Reply };

export function idempotencyCheck(
  incoming: Incoming,
  appId: string,
  body: unknown,
  state: SandboxState,
  now: number,
): IdempotencyCheck {
  const key = incoming.params['Idempotency-Key'];
  const takesKey = incoming.route.parameters.some((parameter) => parameter.name === 'Idempotency-Key');
  if (typeof key !== 'string' || !takesKey) return { kind: 'none' };
  const stored = recordKey(appId, key);
  const fingerprint = fingerprintOf(incoming.method, incoming.pathname, body);
  const record = findRecord(state, stored, now);
  if (record && record.fingerprint !== fingerprint) {
    return {
      kind: 'stop',
      reply: errorReply(
        'IDEMPOTENCY_KEY_REUSED',
        `Idempotency-Key ${key} was used with a different request.`,
        incoming.requestId,
      ),
    };
  }
  if (record) {
    const replayed = record.body === null ? undefined : (JSON.parse(record.body) as unknown);
    return {
      kind: 'stop',
      reply: { status: record.status, headers: { 'Idempotent-Replayed': 'true' }, body: replayed },
    };
  }
  return { kind: 'new', stored, fingerprint };
}
