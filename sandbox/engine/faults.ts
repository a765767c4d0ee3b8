/** Queued faults (`POST /_sandbox/faults`): the next request matching `METHOD /path` takes the first status. */
import type { FaultStatus, SandboxState } from '../state/types.ts';

export function faultKey(method: string, pathname: string): string {
  return `${method} ${pathname}`;
}

export function takeFault(state: SandboxState, key: string): { state: SandboxState; status: FaultStatus } | undefined {
  const queue = Object.hasOwn(state.faults, key) ? state.faults[key] : undefined;
  const status = queue?.[0];
  if (!queue || status === undefined) return undefined;
  const faults = { ...state.faults };
  if (queue.length > 1) faults[key] = queue.slice(1);
  else delete faults[key];
  return { state: { ...state, faults }, status };
}
