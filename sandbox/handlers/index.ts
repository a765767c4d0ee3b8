/**
 * The one handler list every runtime uses: one MSW handler per operation of the
 * spec (matched by the spec's route table), then a catch-all for the sandbox
 * host that answers 404 NOT_FOUND or 405 METHOD_NOT_ALLOWED. Requests to any
 * other host match nothing here, so MSW passes them through.
 */
import { HttpHandler, type HttpCustomPredicate, type PathParams } from 'msw';
import { createEngine, type Engine, type EngineOptions } from '../engine/pipeline.ts';
import type { OperationDefinition } from '../engine/operation.ts';
import { matchRoute, routeOf, sandboxOrigin, type RouteMatch, type RouteSpec } from '../spec/routes.ts';
import { routes } from '../generated/spec-runtime.js';
import { systemClock } from '../state/clock.ts';
import { MemoryStore } from '../state/memory-store.ts';
import { initialState } from '../state/seed.ts';
import { authOperations } from './auth.ts';
import { controlOperations } from './controls.ts';
import { eventOperations } from './events.ts';
import { lockOperations } from './locks.ts';
import { meOperations } from './me.ts';
import { userOperations } from './users.ts';

export type SandboxOptions = Partial<EngineOptions>;

export const operationDefinitions: readonly OperationDefinition[] = [
  ...authOperations,
  ...meOperations,
  ...userOperations,
  ...eventOperations,
  ...lockOperations,
  ...controlOperations,
];

// MSW asks every handler in turn; remember the match so a request is routed once, not once per handler.
const matches = new WeakMap<Request, RouteMatch | null>();

/** Matches a request to the sandbox host, or undefined for another host. */
function sandboxMatch(request: Request): RouteMatch | undefined {
  let match = matches.get(request);
  if (match === undefined) {
    const url = new URL(request.url);
    match = url.origin === sandboxOrigin ? matchRoute(request.method, url.pathname) : null;
    matches.set(request, match);
  }
  return match ?? undefined;
}

function operationPredicate(route: RouteSpec): HttpCustomPredicate<PathParams> {
  return ({ request }) => {
    const match = sandboxMatch(request);
    return match?.kind === 'operation' && match.route === route ? { matches: true, params: match.pathParams } : false;
  };
}

export interface Sandbox {
  handlers: HttpHandler[];
  /** For adapters that must answer a request MSW cannot represent (see http-adapter.ts). */
  engine: Engine;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const realNow = options.realNow ?? systemClock;
  const engine = createEngine({
    ...options,
    realNow,
    store: options.store ?? new MemoryStore(() => initialState(realNow())),
  });

  const implemented = new Set(operationDefinitions.map((definition) => definition.operationId));
  const missing = routes.filter((route) => !implemented.has(route.operationId as never));
  if (missing.length > 0)
    throw new Error(`Sandbox operations missing: ${missing.map((route) => route.operationId).join(', ')}`);

  const handlers = operationDefinitions.map((definition) => {
    const route = routeOf(definition.operationId);
    // A GET operation answers HEAD too (RFC 9110 §9.3.2); the engine drops the body.
    const method = route.method === 'GET' ? /^(GET|HEAD)$/ : route.method;
    return new HttpHandler(method, operationPredicate(route), ({ request, params }) =>
      engine.respond(request, route, params as Record<string, string>, definition),
    );
  });
  const unrouted = new HttpHandler(
    /.*/,
    ({ request }) => {
      const match = sandboxMatch(request);
      return match !== undefined && match.kind !== 'operation';
    },
    ({ request }) => {
      const match = sandboxMatch(request);
      return engine.respondUnrouted(request, match?.kind === 'method-not-allowed' ? match : { kind: 'not-found' });
    },
  );
  return { handlers: [...handlers, unrouted], engine };
}

export function createHandlers(options: SandboxOptions = {}): HttpHandler[] {
  return createSandbox(options).handlers;
}

/** The default list: an in-memory sandbox, requests validated. */
export const handlers: HttpHandler[] = createHandlers();
