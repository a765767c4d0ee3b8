/**
 * The operations the request console offers, read from the bundled OpenAPI
 * description at build time: every `/v1` operation with its parameters and the
 * first example of its request body. The token endpoints are the client's job
 * and the sandbox controls have buttons of their own.
 */

export interface ConsoleParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description: string;
  type: string;
  /** Allowed values, offered as a list. */
  values: string[] | null;
  /** Shown as a placeholder, or filled in for path parameters. */
  example: string | null;
  /** `deprecated: true` in the spec: still works, going away. */
  deprecated: boolean;
}

export interface ConsoleOperation {
  id: string;
  method: string;
  path: string;
  summary: string;
  tag: string;
  /** OAuth scopes the operation needs. */
  scopes: string[];
  parameters: ConsoleParameter[];
  /** The operation takes an `Idempotency-Key` header. */
  idempotent: boolean;
  /** Pretty JSON of the first example, or null when the operation takes no body. */
  body: { required: boolean; example: string } | null;
  /** `deprecated: true` in the spec, with its `x-sunset` date when one is set. */
  deprecation: { sunset: string | null } | null;
}

import { operations } from '../../../../openapi/operations.ts';

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const plain = (markdown: string) => markdown.replace(/`/g, '').replace(/\s+/g, ' ').trim();
const scalar = (value: unknown): string | null =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;

function parameterOf(raw: unknown): ConsoleParameter | null {
  const parameter = asObject(raw);
  const where = parameter['in'];
  if (where !== 'path' && where !== 'query') return null;
  const schema = asObject(parameter['schema']);
  const values = asArray(schema['enum'])
    .map(scalar)
    .filter((value) => value !== null);
  return {
    name: text(parameter['name']),
    in: where,
    required: parameter['required'] === true,
    description: plain(text(parameter['description'])),
    type: text(schema['type']) || 'string',
    values: values.length > 0 ? values : null,
    example: scalar(parameter['example']) ?? scalar(schema['example']),
    deprecated: parameter['deprecated'] === true,
  };
}

function bodyOf(raw: unknown): ConsoleOperation['body'] {
  const requestBody = asObject(raw);
  const json = asObject(asObject(requestBody['content'])['application/json']);
  if (Object.keys(json).length === 0) return null;
  const firstExample = Object.values(asObject(json['examples']))[0];
  const example = firstExample === undefined ? json['example'] : asObject(firstExample)['value'];
  return {
    required: requestBody['required'] === true,
    example: example === undefined ? '{}' : JSON.stringify(example, null, 2),
  };
}

/** `spec` must be dereferenced (bundleSpec({ dereference: true })). */
export function consoleOperations(spec: Json): ConsoleOperation[] {
  const offered: ConsoleOperation[] = [];
  for (const { path, method, operation, parameters } of operations(spec)) {
    if (!path.startsWith('/v1/')) continue;
    const names = new Set(parameters.map((parameter) => parameter['name']));
    offered.push({
      id: text(operation['operationId']),
      method: method.toUpperCase(),
      path,
      summary: text(operation['summary']),
      tag: text(asArray(operation['tags'])[0]) || 'Other',
      scopes: asArray(operation['security']).flatMap((requirement) =>
        Object.values(asObject(requirement)).flatMap((scopes) => asArray(scopes).map(text)),
      ),
      parameters: parameters.map(parameterOf).filter((parameter) => parameter !== null),
      idempotent: names.has('Idempotency-Key'),
      body: bodyOf(operation['requestBody']),
      deprecation: operation['deprecated'] === true ? { sunset: scalar(operation['x-sunset']) } : null,
    });
  }
  return offered;
}
