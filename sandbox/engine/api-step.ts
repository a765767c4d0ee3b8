/**
 * One `/v1` request inside the state transaction, in the contract's order:
 * bearer (401, not counted) → rate limit (429) → queued fault (500/503) →
 * BlueRound-Version (400) → scope (403) → parameters (400) → body
 * (413/415/400) → Idempotency-Key replay or 409 → the operation. The checks
 * themselves are in api-checks.ts.
 */
import type { SandboxState } from '../state/types.ts';
import type { Transition } from '../state/store.ts';
import { idempotencyCheck, queuedFault, rateLimitReply, scopeReply, versionOf, versionReply } from './api-checks.ts';
import { authenticateBearer } from './bearer.ts';
import { checkBody } from './body.ts';
import { remember } from './idempotency.ts';
import type { Incoming } from './incoming.ts';
import { errorFactory, type OperationDefinition } from './operation.ts';
import { prune } from './prune.ts';
import { countRequest, uncountedHeaders, withWindow } from './rate-limit.ts';
import { errorReply, invalidRequest, withHeaders, type Reply } from './reply.ts';

const isSuccess = (status: number) => status >= 200 && status < 300;

export function apiStep(
  definition: OperationDefinition & { kind: 'api' },
  incoming: Incoming,
  state: SandboxState,
  now: number,
): Transition<Reply> {
  const { requestId } = incoming;
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
  const finish = (reply: Reply, committed: SandboxState = next): Transition<Reply> => ({
    next: prune(committed, now),
    result: withHeaders(reply, { ...common, ...rate.headers }),
  });

  if (!rate.allowed) return finish(rateLimitReply(state, rate.retryAfter, requestId));

  const fault = queuedFault(next, incoming);
  if (fault) {
    next = fault.state;
    return finish(fault.reply);
  }

  const stopped = versionReply(incoming, version.issues) ?? scopeReply(incoming, auth.scopes);
  if (stopped) return finish(stopped);

  if (incoming.paramIssues.length > 0) return finish(invalidRequest(requestId, incoming.paramIssues, 'parameters'));

  const body = checkBody(incoming);
  if (!body.ok) return finish(body.reply);

  const idempotency = idempotencyCheck(incoming, auth.app.id, body.value, next, now);
  if (idempotency.kind === 'stop') return finish(idempotency.reply);

  const outcome = definition.run(
    {
      requestId,
      now,
      pathParams: incoming.pathParams,
      query: incoming.params,
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
  if (idempotency.kind === 'new' && isSuccess(reply.status)) {
    committed = remember(committed, idempotency.stored, idempotency.fingerprint, reply.status, reply.body, now);
  }
  return finish(reply, committed);
}
