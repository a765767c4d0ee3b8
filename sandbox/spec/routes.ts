/**
 * The spec's route table (generated into spec-runtime.js) and a strict matcher
 * over it. The sandbox routes by the spec, so a path or method the spec does not
 * list can only answer 404 or 405, and the `Allow` header lists exactly the
 * methods the spec documents.
 */
import type { operations } from '../../openapi/generated/api-types.ts';
import { apiVersion, routes, sandboxOrigin, type RouteSpec } from '../generated/spec-runtime.js';

export type OperationId = keyof operations;
export type { RouteSpec };
export { sandboxOrigin };
export const specApiVersion = apiVersion;

interface CompiledRoute {
  route: RouteSpec;
  /** Literal segments as strings, `{param}` segments as their name in an object. */
  segments: (string | { param: string })[];
}

const compiled: CompiledRoute[] = routes.map((route) => ({
  route,
  segments: route.path
    .split('/')
    .map((segment) => (/^\{(\w+)\}$/.exec(segment) ? { param: segment.slice(1, -1) } : segment)),
}));

export function routeOf(operationId: OperationId): RouteSpec {
  const route = routes.find((candidate) => candidate.operationId === operationId);
  if (!route) throw new Error(`The spec has no operation ${operationId}.`);
  return route;
}

/** The spec's `default` of an integer parameter (e.g. a list's `limit`), for handlers to fill in what a request left out. */
export function integerDefault(operationId: OperationId, name: string): number {
  const value = routeOf(operationId).parameters.find((parameter) => parameter.name === name)?.default;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new Error(`The spec gives parameter "${name}" of ${operationId} no integer default.`);
  }
  return value;
}

export type RouteMatch =
  | { kind: 'operation'; route: RouteSpec; pathParams: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

/** Matches one `{param}` segment: non-empty, and it must decode (a malformed `%` escape names nothing). */
function decodeSegment(segment: string): string | undefined {
  if (segment === '') return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function matchPath(candidate: CompiledRoute, parts: string[]): Record<string, string> | undefined {
  if (candidate.segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of candidate.segments.entries()) {
    const part = parts[index] ?? '';
    if (typeof segment === 'string') {
      if (segment !== part) return undefined;
      continue;
    }
    const value = decodeSegment(part);
    if (value === undefined) return undefined;
    params[segment.param] = value;
  }
  return params;
}

/**
 * `pathname` as URL gives it: dot segments resolved, still percent-encoded.
 * HEAD matches the GET operation of a path (RFC 9110 §9.3.2), so `Allow`
 * lists HEAD wherever it lists GET.
 */
export function matchRoute(method: string, pathname: string): RouteMatch {
  const parts = pathname.split('/');
  const allow: string[] = [];
  const asMethod = method === 'HEAD' ? 'GET' : method;
  for (const candidate of compiled) {
    const pathParams = matchPath(candidate, parts);
    if (!pathParams) continue;
    if (candidate.route.method === asMethod) return { kind: 'operation', route: candidate.route, pathParams };
    allow.push(candidate.route.method);
    if (candidate.route.method === 'GET') allow.push('HEAD');
  }
  return allow.length > 0 ? { kind: 'method-not-allowed', allow } : { kind: 'not-found' };
}
