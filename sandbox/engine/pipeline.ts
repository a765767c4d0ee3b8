/**
 * Runs one request through the contract's checks in a fixed order and the
 * operation after them, as ONE state transaction (api-step.ts, control-step.ts,
 * oauth-step.ts hold the three orders):
 *
 *   /v1:        bearer (401, not counted) → rate limit (429) → queued fault (500/503)
 *               → BlueRound-Version (400) → scope (403) → parameters (400)
 *               → body (413/415/400) → Idempotency-Key replay or 409 → operation
 *   /_sandbox:  body → operation
 *   /oauth:     body size (413) → form field lengths (400) → operation, all as RFC 6749 errors
 *
 * Anything that throws becomes a 500 INTERNAL_ERROR envelope and is reported
 * to `onInternalError`: no request, however hostile, escapes as an exception.
 */
import { currentApiVersion, rateLimitDefaultLimit, rateLimitDefaultWindowSeconds } from '../../policy/policy.ts';
import { specApiVersion, type RouteMatch, type RouteSpec } from '../spec/routes.ts';
import { systemClock, virtualNow, type RealClock } from '../state/clock.ts';
import { newRequestId } from '../state/ids.ts';
import type { StateStore, Transition } from '../state/store.ts';
import { apiStep } from './api-step.ts';
import { controlStep } from './control-step.ts';
import { deprecationHeaders } from './deprecation.ts';
import { readIncoming } from './incoming.ts';
import { oauthStep } from './oauth-step.ts';
import type { OperationDefinition } from './operation.ts';
import { uncountedHeaders } from './rate-limit.ts';
import { errorReply, toResponse, withHeaders, type Reply } from './reply.ts';

export interface EngineOptions {
  store: StateStore;
  /** Validate requests against the spec (default true); off only to measure what validation costs. */
  validate?: boolean;
  realNow?: RealClock;
  /** Told about every exception turned into a 500; tests fail on it. */
  onInternalError?: (error: unknown, request: Pick<Request, 'method' | 'url'>) => void;
}

export interface Engine {
  respond(
    request: Request,
    route: RouteSpec,
    pathParams: Record<string, string>,
    definition: OperationDefinition,
  ): Promise<Response>;
  /** Also takes a bare method and URL, for requests a fetch `Request` cannot represent (TRACE over HTTP). */
  respondUnrouted(
    request: Pick<Request, 'method' | 'url'>,
    match: Exclude<RouteMatch, { kind: 'operation' }>,
  ): Promise<Response>;
}

type Step = Transition<Reply>;

/**
 * HEAD answers what GET would, headers included (Content-Type too), without
 * the body (RFC 9110 §9.3.2).
 */
function sendFor(request: Pick<Request, 'method'>, reply: Reply): Response {
  const response = toResponse(reply);
  return request.method === 'HEAD'
    ? new Response(null, { status: response.status, headers: response.headers })
    : response;
}

/** Headers a /v1 answer needs when no state could be read (the 500 fallback). */
function fallbackApiHeaders(requestId: string, realNow: RealClock): Record<string, string> {
  return {
    'X-Request-Id': requestId,
    'BlueRound-Version': currentApiVersion,
    'X-RateLimit-Limit': String(rateLimitDefaultLimit),
    'X-RateLimit-Remaining': String(rateLimitDefaultLimit),
    'X-RateLimit-Reset': String(Math.ceil(realNow() / 1000) + rateLimitDefaultWindowSeconds),
  };
}

function isApiPath(pathname: string): boolean {
  return pathname === '/v1' || pathname.startsWith('/v1/');
}

export function createEngine(options: EngineOptions): Engine {
  const { store } = options;
  const validate = options.validate ?? true;
  const realNow = options.realNow ?? systemClock;
  const onInternalError =
    options.onInternalError ?? ((error: unknown) => console.error('BlueRound sandbox: internal error', error));

  const internalError = (request: Pick<Request, 'method' | 'url'>, requestId: string, error: unknown): Response => {
    try {
      onInternalError(error, request);
    } catch {
      // A failing reporter must not turn the 500 into an exception.
    }
    const reply = errorReply('INTERNAL_ERROR', 'Something went wrong on our side; retry with back-off.', requestId);
    const headers = isApiPath(new URL(request.url).pathname)
      ? fallbackApiHeaders(requestId, realNow)
      : { 'X-Request-Id': requestId };
    return toResponse(withHeaders(reply, headers));
  };

  return {
    async respond(request, route, pathParams, definition) {
      const requestId = newRequestId();
      try {
        const incoming = await readIncoming(request, route, pathParams, requestId, validate);
        const reply = await store.transact((state): Step => {
          const now = virtualNow(state, realNow);
          switch (definition.kind) {
            case 'api':
              return apiStep(definition, incoming, state, now);
            case 'control':
              return controlStep(definition, incoming, state, now, realNow);
            case 'oauth':
              return oauthStep(definition, incoming, state, now);
          }
        });
        return sendFor(request, withHeaders(reply, deprecationHeaders(route)));
      } catch (error) {
        return internalError(request, requestId, error);
      }
    },

    async respondUnrouted(request, match) {
      const requestId = newRequestId();
      try {
        const { pathname } = new URL(request.url);
        const reply =
          match.kind === 'method-not-allowed'
            ? errorReply(
                'METHOD_NOT_ALLOWED',
                `${request.method} is not allowed on ${pathname}; use ${match.allow.join(', ')}.`,
                requestId,
                undefined,
                {
                  Allow: match.allow.join(', '),
                },
              )
            : errorReply('NOT_FOUND', `No such path: ${pathname}.`, requestId);
        let headers: Record<string, string> = { 'X-Request-Id': requestId };
        if (isApiPath(pathname)) {
          // Every /v1 response carries the rate-limit headers; an unrouted request is charged to no client.
          const limits = await store.transact((state) => ({
            result: uncountedHeaders(state, virtualNow(state, realNow)),
          }));
          headers = { ...headers, 'BlueRound-Version': specApiVersion, ...limits };
        }
        return sendFor(request, withHeaders(reply, headers));
      } catch (error) {
        return internalError(request, requestId, error);
      }
    },
  };
}
