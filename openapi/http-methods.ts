/**
 * The operation keys of an OpenAPI 3.1 path item, in the order the reference
 * lists them (writes after reads, `patch` before `delete`). Every walk over
 * paths × methods uses this one list.
 */
export const httpMethods = ['get', 'put', 'post', 'patch', 'delete', 'options', 'head', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];
