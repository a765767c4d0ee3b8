/** The operation keys of an OpenAPI path item, in the order the reference lists them. */
export const httpMethods = ['get', 'put', 'post', 'patch', 'delete', 'options', 'head', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];
