/** One `/_sandbox` control request inside the state transaction: body checks, then the operation. */
import type { RealClock } from '../state/clock.ts';
import { virtualNow } from '../state/clock.ts';
import type { Transition } from '../state/store.ts';
import type { SandboxState } from '../state/types.ts';
import { checkBody } from './body.ts';
import type { Incoming } from './incoming.ts';
import { errorFactory, type OperationDefinition } from './operation.ts';
import { prune } from './prune.ts';
import { withHeaders, type Reply } from './reply.ts';

export function controlStep(
  definition: OperationDefinition & { kind: 'control' },
  incoming: Incoming,
  state: SandboxState,
  now: number,
  realNow: RealClock,
): Transition<Reply> {
  const common = { 'X-Request-Id': incoming.requestId };
  const body = checkBody(incoming);
  if (!body.ok) return { result: withHeaders(body.reply, common) };
  const outcome = definition.run(
    {
      requestId: incoming.requestId,
      now,
      realNow,
      pathParams: incoming.pathParams,
      query: incoming.params,
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
