/**
 * The spec's route table (generated into spec-runtime.js) and a strict matcher
 * over it. The sandbox routes by the spec, so a path or method the spec does not
 * list can only answer 404 or 405, and the `Allow` header lists exactly the
 * methods the spec documents.
 */
import { allowedMethods } from '../../openapi/http-methods.ts';
import { createPathMatcher } from '../../openapi/path-template.ts';
import type { operations } from '../../openapi/generated/api-types.ts';
import { apiVersion, routes, sandboxOrigin, type RouteSpec } from '../generated/spec-runtime.js';

export type OperationId = keyof operations;
export type { RouteSpec };
export { sandboxOrigin };
export const specApiVersion = apiVersion;

const matcher = createPathMatcher(routes.map((route) => route.path));

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

/**
 * `pathname` as URL gives it: dot segments resolved, still percent-encoded.
 * HEAD matches the GET operation of a path (RFC 9110 §9.3.2), so `Allow`
 * lists HEAD wherever it lists GET.
 */
export function matchRoute(method: string, pathname: string): RouteMatch {
  const found = matcher.match(pathname);
  if (!found) return { kind: 'not-found' };
  const asMethod = method === 'HEAD' ? 'GET' : method;
  const onPath = routes.filter((route) => route.path === found.template);
  const route = onPath.find((candidate) => candidate.method === asMethod);
  if (route) return { kind: 'operation', route, pathParams: found.params };
  return { kind: 'method-not-allowed', allow: allowedMethods(onPath.map((candidate) => candidate.method)) };
}
