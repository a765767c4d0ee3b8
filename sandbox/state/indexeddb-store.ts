/**
 * Browser store: the whole state is one versioned snapshot under one key of one
 * IndexedDB object store, so it survives reloads and every tab of the origin
 * shares it.
 *
 * Each request runs in one `readwrite` transaction that gets the snapshot,
 * computes the next one synchronously and puts it back. IndexedDB runs
 * `readwrite` transactions whose scopes overlap one after another, across tabs
 * too, so two tabs can never both read revision n and both write n + 1: the
 * second one reads what the first committed (no lost updates). A crash, a
 * closed tab or a throwing step aborts the transaction, and IndexedDB then
 * discards its put: no half-written state.
 */
import type { StateStore, Transition } from './store.ts';
import { stateSchemaVersion, type SandboxState } from './types.ts';

const storeName = 'snapshot';
const stateKey = 'state';

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(storeName)) request.result.createObjectStore(storeName);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading the database must not be blocked by this one.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error(`Cannot open IndexedDB database ${name}`));
    request.onblocked = () => reject(new Error(`IndexedDB database ${name} is blocked by another tab`));
  });
}

function isCurrent(value: unknown): value is SandboxState {
  return typeof value === 'object' && value !== null && (value as SandboxState).schema === stateSchemaVersion;
}

export class IndexedDbStore implements StateStore {
  readonly #db: Promise<IDBDatabase>;
  readonly #init: () => SandboxState;

  constructor(init: () => SandboxState, databaseName = 'blueround-sandbox') {
    this.#init = init;
    this.#db = openDatabase(databaseName);
  }

  async transact<T>(step: (state: SandboxState) => Transition<T>): Promise<T> {
    const db = await this.#db;
    return new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(storeName, 'readwrite', { durability: 'strict' });
      const objects = transaction.objectStore(storeName);
      let outcome: { result: T } | undefined;
      let failure: Error | undefined;
      const read = objects.get(stateKey);
      read.onsuccess = () => {
        try {
          const stored: unknown = read.result;
          const current = isCurrent(stored) ? stored : this.#init();
          const { next, result } = step(current);
          outcome = { result };
          const toWrite = next ?? (current === stored ? undefined : current);
          if (toWrite) objects.put(toWrite, stateKey);
        } catch (error) {
          failure = error instanceof Error ? error : new Error(String(error));
          transaction.abort();
        }
      };
      transaction.oncomplete = () => {
        if (outcome) resolve(outcome.result);
        else reject(new Error('IndexedDB transaction completed without a result'));
      };
      transaction.onabort = () => reject(failure ?? transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  }
}
