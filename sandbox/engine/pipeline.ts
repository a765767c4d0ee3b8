/**
 * Runs one request through the contract's checks in a fixed order and the
 * operation after them, as ONE state transaction:
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
import {
  currentApiVersion,
  rateLimitDefaultLimit,
  rateLimitDefaultWindowSeconds,
  retryDelaysSeconds,
} from '../../policy/policy.ts';
import type { ErrorDetail } from '../spec/issues.ts';
import { specApiVersion, type RouteMatch, type RouteSpec } from '../spec/routes.ts';
import { systemClock, virtualNow, type RealClock } from '../state/clock.ts';
import { newRequestId } from '../state/ids.ts';
import type { StateStore, Transition } from '../state/store.ts';
import type { SandboxState } from '../state/types.ts';
import { authenticateBearer, insufficientScopeChallenge } from './bearer.ts';
import { checkBody } from './body.ts';
import { deprecationHeaders } from './deprecation.ts';
import { faultKey, takeFault } from './faults.ts';
import { fingerprintOf, findRecord, recordKey, remember } from './idempotency.ts';
import { readIncoming, type Incoming } from './incoming.ts';
import { oauthBodyReply } from './oauth-body.ts';
import { errorFactory, type OperationDefinition } from './operation.ts';
import { prune } from './prune.ts';
import { countRequest, uncountedHeaders, withWindow } from './rate-limit.ts';
import { errorReply, integerHeader, invalidRequest, toResponse, type Reply } from './reply.ts';

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

const isSuccess = (status: number) => status >= 200 && status < 300;

function withHeaders(reply: Reply, headers: Record<string, string>): Reply {
  return { ...reply, headers: { ...reply.headers, ...headers } };
}

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

/** The version a /v1 request asked for, and what is wrong with it. */
function versionOf(incoming: Incoming): { served: string; issues: ErrorDetail[] } {
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

function apiStep(
  definition: OperationDefinition & { kind: 'api' },
  incoming: Incoming,
  state: SandboxState,
  now: number,
): Step {
  const { requestId, route } = incoming;
  const version = versionOf(incoming);
  const common = { 'X-Request-Id': requestId, 'BlueRound-Version': version.served };

  const auth = authenticateBearer(state, incoming.headers.get('authorization'), now);
  if (!auth.ok) {
    const reply = errorReply('UNAUTHENTICATED', auth.message, requestId, undefined, {
      'WWW-Authenticate': auth.challenge,
    });
    return { result: withHeaders(reply, { ...common, ...uncountedHeaders(state, now) }) };
  }

  const rate = countRequest(state, auth.app.id, now);
  let next = withWindow(state, auth.app.id, rate.window);
  const finish = (reply: Reply, committed: SandboxState = next): Step => ({
    next: prune(committed, now),
    result: withHeaders(reply, { ...common, ...rate.headers }),
  });

  if (!rate.allowed) {
    const { limit, windowSeconds } = state.rateLimit;
    return finish(
      errorReply(
        'RATE_LIMITED',
        `Rate limit of ${integerHeader(limit)} requests per ${integerHeader(windowSeconds)} s reached; retry after ${rate.retryAfter} s.`,
        requestId,
        undefined,
        { 'Retry-After': integerHeader(rate.retryAfter) },
      ),
    );
  }

  // HEAD is GET without the body, so it meets the faults queued for GET.
  const fault = takeFault(next, faultKey(route.method, incoming.pathname));
  if (fault) {
    next = fault.state;
    return finish(
      fault.status === 503
        ? errorReply(
            'SERVICE_UNAVAILABLE',
            'The service is temporarily unavailable; retry after the Retry-After delay.',
            requestId,
            undefined,
            {
              'Retry-After': String(retryDelaysSeconds[0]),
            },
          )
        : errorReply('INTERNAL_ERROR', 'Something went wrong on our side; retry with back-off.', requestId),
    );
  }

  if (version.issues.length > 0) {
    const sent = incoming.headers.get('BlueRound-Version') ?? '';
    return finish(
      errorReply('INVALID_REQUEST', `BlueRound-Version ${sent} is not a known API version.`, requestId, version.issues),
    );
  }

  const missing = route.scopes.filter((scope) => !(auth.scopes as readonly string[]).includes(scope));
  if (missing.length > 0) {
    return finish(
      errorReply(
        'INSUFFICIENT_SCOPE',
        `This operation needs the scope ${route.scopes.join(' ')}.`,
        requestId,
        undefined,
        {
          'WWW-Authenticate': insufficientScopeChallenge(route.scopes),
        },
      ),
    );
  }

  if (incoming.paramIssues.length > 0) return finish(invalidRequest(requestId, incoming.paramIssues, 'parameters'));

  const body = checkBody(incoming);
  if (!body.ok) return finish(body.reply);

  const key = incoming.params['Idempotency-Key'];
  const idempotent =
    typeof key === 'string' && route.parameters.some((parameter) => parameter.name === 'Idempotency-Key');
  const stored = idempotent ? recordKey(auth.app.id, key) : '';
  const fingerprint = idempotent ? fingerprintOf(incoming.method, incoming.pathname, body.value) : '';
  if (idempotent) {
    const record = findRecord(next, stored, now);
    if (record && record.fingerprint !== fingerprint) {
      return finish(
        errorReply('IDEMPOTENCY_KEY_REUSED', `Idempotency-Key ${key} was used with a different request.`, requestId),
      );
    }
    if (record) {
      const replayed = record.body === null ? undefined : (JSON.parse(record.body) as unknown);
      return finish({ status: record.status, headers: { 'Idempotent-Replayed': 'true' }, body: replayed });
    }
  }

  const outcome = definition.run(
    {
      requestId,
      now,
      pathParams: incoming.pathParams,
      query: incoming.params as never,
      headers: incoming.headers,
      error: errorFactory(requestId),
      app: auth.app,
      token: auth.token,
      scopes: auth.scopes,
      apiVersion: version.served,
      body: body.value,
    },
    next,
  );
  const reply: Reply = {
    status: Number(outcome.response.status),
    headers: outcome.response.headers ?? {},
    body: outcome.response.body,
  };
  let committed = outcome.state ?? next;
  if (idempotent && isSuccess(reply.status))
    committed = remember(committed, stored, fingerprint, reply.status, reply.body, now);
  return finish(reply, committed);
}

function controlStep(
  definition: OperationDefinition & { kind: 'control' },
  incoming: Incoming,
  state: SandboxState,
  now: number,
  realNow: RealClock,
): Step {
  const common = { 'X-Request-Id': incoming.requestId };
  const body = checkBody(incoming);
  if (!body.ok) return { result: withHeaders(body.reply, common) };
  const outcome = definition.run(
    {
      requestId: incoming.requestId,
      now,
      realNow,
      pathParams: incoming.pathParams,
      query: incoming.params as never,
      headers: incoming.headers,
      error: errorFactory(incoming.requestId),
      body: body.value,
    },
    state,
  );
  const reply: Reply = {
    status: Number(outcome.response.status),
    headers: { ...outcome.response.headers, ...common },
    body: outcome.response.body,
  };
  return outcome.state
    ? { next: prune(outcome.state, virtualNow(outcome.state, realNow)), result: reply }
    : { result: reply };
}

function oauthProblem(incoming: Incoming): URLSearchParams | { problem: string } {
  switch (incoming.body.kind) {
    case 'form':
      return incoming.body.form;
    case 'absent':
      return { problem: 'The request has no body; send the parameters form-encoded.' };
    case 'malformed':
      return { problem: 'The request body is not valid UTF-8.' };
    default:
      return { problem: 'Send the parameters as application/x-www-form-urlencoded.' };
  }
}

function oauthStep(
  definition: OperationDefinition & { kind: 'oauth' },
  incoming: Incoming,
  state: SandboxState,
  now: number,
): Step {
  const common = { 'X-Request-Id': incoming.requestId };
  const stopped = oauthBodyReply(incoming);
  if (stopped) return { result: withHeaders(stopped, common) };
  const outcome = definition.run(
    {
      requestId: incoming.requestId,
      now,
      pathParams: incoming.pathParams,
      query: incoming.params as never,
      headers: incoming.headers,
      error: errorFactory(incoming.requestId),
      form: oauthProblem(incoming),
    },
    state,
  );
  const reply: Reply = {
    status: Number(outcome.response.status),
    headers: { ...outcome.response.headers, ...common },
    body: outcome.response.body,
  };
  return outcome.state ? { next: prune(outcome.state, now), result: reply } : { result: reply };
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
