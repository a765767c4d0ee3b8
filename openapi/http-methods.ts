/**
 * The operation keys of an OpenAPI 3.1 path item, in the order the reference
 * lists them (writes after reads, `patch` before `delete`). Every walk over
 * paths × methods uses this one list.
 */
export const httpMethods = ['get', 'put', 'post', 'patch', 'delete', 'options', 'head', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];

/**
 * The methods a 405's `Allow` names for a path whose operations use
 * `methods` (any case): upper-case, with HEAD wherever GET is, since HEAD is
 * answered as GET without the body (RFC 9110 §9.3.2).
 */
export function allowedMethods(methods: readonly string[]): string[] {
  return methods
    .map((method) => method.toUpperCase())
    .flatMap((method) => (method === 'GET' ? ['GET', 'HEAD'] : [method]));
}
