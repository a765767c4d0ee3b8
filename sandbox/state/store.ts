/**
 * Where the state lives. A request is one `transact` call: the step reads the
 * latest committed snapshot and returns the next one, and the store commits it
 * whole or not at all. Steps are synchronous on purpose: nothing can interleave
 * between the read and the write, and an IndexedDB transaction stays open only
 * while no foreign promise is awaited.
 */
import type { SandboxState } from './types.ts';

export interface Transition<T> {
  /** The snapshot to commit; omit it to leave the state as it was. */
  next?: SandboxState;
  result: T;
}

export interface StateStore {
  transact<T>(step: (state: SandboxState) => Transition<T>): Promise<T>;
}

export function readState(store: StateStore): Promise<SandboxState> {
  return store.transact((state) => ({ result: state }));
}
