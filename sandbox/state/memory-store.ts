/**
 * In-memory store for Node and the HTTP server. Atomic because a step is
 * synchronous: the swap of one reference is the commit, and a step that throws
 * leaves the old snapshot in place.
 */
import type { StateStore, Transition } from './store.ts';
import type { SandboxState } from './types.ts';

export class MemoryStore implements StateStore {
  #state: SandboxState | undefined;
  readonly #init: () => SandboxState;

  constructor(init: () => SandboxState) {
    this.#init = init;
  }

  transact<T>(step: (state: SandboxState) => Transition<T>): Promise<T> {
    try {
      this.#state ??= this.#init();
      const { next, result } = step(this.#state);
      if (next) this.#state = next;
      return Promise.resolve(result);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
