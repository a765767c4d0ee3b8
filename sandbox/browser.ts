/**
 * The sandbox in the browser: MSW's service worker answers
 * https://sandbox.blueround.test from an IndexedDB store shared by every tab of
 * the site. Call once before the first sandbox request; later calls return the
 * same promise.
 */
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers/index.ts';
import { systemClock } from './state/clock.ts';
import { IndexedDbStore } from './state/indexeddb-store.ts';
import { initialState } from './state/seed.ts';

export interface BrowserSandboxOptions {
  /** The site's base path with a trailing slash, where mockServiceWorker.js is served, e.g. `/` or `/docs/`. */
  base: string;
}

let started: Promise<void> | undefined;

export function startBrowserSandbox({ base }: BrowserSandboxOptions): Promise<void> {
  started ??= (async () => {
    const store = new IndexedDbStore(() => initialState(systemClock()));
    const worker = setupWorker(...createHandlers({ store }));
    // start() settles once the worker is activated and has confirmed mocking for this client,
    // so no sandbox request fired after this promise resolves can slip past it.
    await worker.start({
      serviceWorker: { url: `${base}mockServiceWorker.js`, options: { scope: base } },
      quiet: true,
      onUnhandledFrame: 'bypass',
    });
  })().catch((error: unknown) => {
    // A failed start (worker script missing, private mode without service workers) may be retried.
    started = undefined;
    throw error;
  });
  return started;
}

export { sandboxOrigin } from './spec/routes.ts';
