/**
 * One `/oauth` request inside the state transaction: body size (413) and form
 * field lengths (400) as RFC 6749 errors, then the operation.
 */
import type { Transition } from '../state/store.ts';
import type { SandboxState } from '../state/types.ts';
import type { Incoming } from './incoming.ts';
import { oauthBodyReply } from './oauth-body.ts';
import { errorFactory, type OperationDefinition } from './operation.ts';
import { prune } from './prune.ts';
import { withHeaders, type Reply } from './reply.ts';

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

export function oauthStep(
  definition: OperationDefinition & { kind: 'oauth' },
  incoming: Incoming,
  state: SandboxState,
  now: number,
): Transition<Reply> {
  const common = { 'X-Request-Id': incoming.requestId };
  const stopped = oauthBodyReply(incoming);
  if (stopped) return { result: withHeaders(stopped, common) };
  const outcome = definition.run(
    {
      requestId: incoming.requestId,
      now,
      pathParams: incoming.pathParams,
      query: incoming.params,
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
