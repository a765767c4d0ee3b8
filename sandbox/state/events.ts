/** Every state change of a user emits exactly one event carrying the user after the change. */
import { unixSeconds } from './clock.ts';
import { hexId } from './ids.ts';
import type { ApiEvent, SandboxState, User } from './types.ts';

export function emitEvent(
  state: SandboxState,
  type: ApiEvent['type'],
  user: User,
  now: number,
  apiVersion: string,
): SandboxState {
  const ids = new Set(state.events.map((record) => record.event.id));
  const event: ApiEvent = {
    id: hexId('evt', (id) => ids.has(id)),
    type,
    api_version: apiVersion,
    created: unixSeconds(now),
    data: { object: user },
  };
  const seq = state.seq + 1;
  return { ...state, seq, events: [...state.events, { seq, event }] };
}
