/**
 * The one request an operation's samples show, taken from the spec: the
 * sandbox host, the parameters' and body's first examples, and the
 * credentials the operation asks for. Every language's sample (and the
 * "Run in sandbox" button) is printed from this same value.
 */
import type { OperationModel, ResponseModel } from './model.ts';

export const sandboxHost = 'https://sandbox.blueround.test';

/** Stands for the reader's access token until each language says where it reads it from. */
export const accessTokenMarker = '$ACCESS_TOKEN';

export interface SampleRequest {
  operationId: string;
  method: string;
  /** Path with its parameters filled from their examples, e.g. `/v1/users/usr_4b7d2a90`. */
  path: string;
  /** The path parameters' example values by name, e.g. `{ id: 'usr_4b7d2a90' }`. */
  pathParameters: Record<string, string>;
  query: { name: string; value: string }[];
  /** The same query with values typed by their schema (`limit: 20`), for clients that take an object. */
  typedQuery: Record<string, string | number | boolean>;
  headers: { name: string; value: string }[];
  /** Bearer token (sent as `Authorization`), or none. */
  auth: 'bearer' | 'none';
  body?:
    | { mediaType: 'application/json'; value: unknown }
    | { mediaType: 'application/x-www-form-urlencoded'; value: Record<string, string> };
}

export interface SampleResponse {
  status: string;
  statusText: string;
  /** Pretty JSON, or absent for an empty body. */
  body?: string;
}

/**
 * Optional query parameters worth showing in a first request. A cursor is only
 * valid from a previous page and a filter would narrow the example, so only the
 * page size is sampled.
 */
const sampledOptionalQuery = new Set(['limit']);

/** A query example typed by its schema (`integer`, `number`, `boolean`; anything else stays a string). */
function typedValue(type: string, value: string): string | number | boolean {
  if (/^(integer|number)\b/.test(type)) return Number(value);
  if (/^boolean\b/.test(type)) return value === 'true';
  return value;
}

function parameterValue(operation: OperationModel, name: string, example: string | undefined): string {
  if (example === undefined) throw new Error(`${operation.operationId}: parameter "${name}" has no example to sample.`);
  return example;
}

export function sampleRequest(operation: OperationModel): SampleRequest {
  let path = operation.path;
  const pathParameters: SampleRequest['pathParameters'] = {};
  const query: SampleRequest['query'] = [];
  const typedQuery: SampleRequest['typedQuery'] = {};
  const headers: SampleRequest['headers'] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path') {
      const value = parameterValue(operation, parameter.name, parameter.example);
      pathParameters[parameter.name] = value;
      path = path.replace(`{${parameter.name}}`, encodeURIComponent(value));
    } else if (parameter.in === 'query' && (parameter.required || sampledOptionalQuery.has(parameter.name))) {
      const value = parameterValue(operation, parameter.name, parameter.example);
      query.push({ name: parameter.name, value });
      typedQuery[parameter.name] = typedValue(parameter.schema.type, value);
    } else if (parameter.in === 'header') {
      headers.push({ name: parameter.name, value: parameterValue(operation, parameter.name, parameter.example) });
    }
  }
  // An operation that also accepts no credentials (the token endpoint) is sampled without them.
  const needsBearer =
    operation.security.length > 0 &&
    operation.security.every((option) => option.length > 0) &&
    operation.security[0]?.some((requirement) => requirement.scheme === 'oauth2');
  const request: SampleRequest = {
    operationId: operation.operationId,
    method: operation.method.toUpperCase(),
    path,
    pathParameters,
    query,
    typedQuery,
    headers,
    auth: needsBearer ? 'bearer' : 'none',
  };
  const media = operation.requestBody?.contents[0];
  const example = media?.examples[0];
  if (media && example) {
    if (media.mediaType === 'application/json') {
      request.body = { mediaType: 'application/json', value: JSON.parse(example.code) };
    } else if (media.mediaType === 'application/x-www-form-urlencoded') {
      request.body = { mediaType: media.mediaType, value: Object.fromEntries(new URLSearchParams(example.code)) };
    } else {
      throw new Error(`${operation.operationId}: no sample for a ${media.mediaType} request body.`);
    }
  } else if (operation.requestBody?.required) {
    throw new Error(`${operation.operationId}: the required request body has no example to sample.`);
  }
  return request;
}

/** The first success response, with its first example: what the samples answer when they work. */
export function sampleResponse(operation: OperationModel): SampleResponse {
  const success: ResponseModel | undefined = operation.responses.find((response) => /^2\d\d$/.test(response.status));
  if (!success) throw new Error(`${operation.operationId} documents no 2xx response to show beside its samples.`);
  const example = success.contents[0]?.examples[0];
  return { status: success.status, statusText: success.statusText, ...(example ? { body: example.code } : {}) };
}
