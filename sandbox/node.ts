/**
 * The sandbox in Node (tests, scripts): MSW intercepts fetch to
 * https://sandbox.blueround.test and answers from an in-memory store.
 */
import { setupServer } from 'msw/node';
import { createHandlers, type SandboxOptions } from './handlers/index.ts';

export function createNodeSandbox(options: SandboxOptions = {}) {
  return setupServer(...createHandlers(options));
}

export { sandboxOrigin } from './spec/routes.ts';
