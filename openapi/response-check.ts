/**
 * The one response-vs-spec check: a response's headers and body against the
 * response object the spec documents for its operation and status. The
 * sandbox's conformance checker (every sandbox test, every recorded session)
 * and the client's fake-API check both build on it, so they agree on what
 * "matches the spec" means.
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { OperationRef } from './operations.ts';
import { createSpecAjv } from './schema-validator.ts';
import { isObject, objectAt, type JsonObject } from './spec-walk.ts';

export interface ResponseParts {
  headers: Headers;
  /**
   * The parsed JSON body; `undefined` when the response has none. `skip`
   * leaves the body alone (a HEAD response, which never has one).
   */
  body: unknown;
  skipBody?: boolean;
}

export interface ResponseCheck {
  /** Problems with `value` against `schema`, each starting with `label`; none when `schema` is not a schema object. */
  validate: (label: string, value: unknown, schema: unknown) => string[];
  /** Problems with a response's headers and body against the response object the spec documents for it. */
  checkDocumented: (documented: JsonObject, response: ResponseParts) => string[];
}

/** The response object `operation` documents for `status`, if any. */
export function documentedResponse(operation: OperationRef, status: number): JsonObject | undefined {
  const response = objectAt(operation.operation, 'responses')[String(status)];
  return isObject(response) ? response : undefined;
}

/**
 * A header arrives as text (style `simple`); convert it to the type its schema
 * names before validating, and leave it as text when it does not parse, so the
 * schema reports the mismatch.
 */
export function headerValue(raw: string, schema: JsonObject): unknown {
  if (schema['type'] === 'integer' || schema['type'] === 'number')
    return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (schema['type'] === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

export function createResponseCheck(): ResponseCheck {
  const ajv = createSpecAjv();
  // Dereferenced documents share schema objects; compile each once.
  const compiled = new WeakMap<object, ValidateFunction>();
  const validatorOf = (schema: JsonObject) => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(schema);
      compiled.set(schema, validate);
    }
    return validate;
  };

  function validate(label: string, value: unknown, schema: unknown): string[] {
    if (!isObject(schema)) return [];
    const check = validatorOf(schema);
    if (check(value)) return [];
    return [`${label}: ${ajv.errorsText(check.errors)} in ${JSON.stringify(value)?.slice(0, 300)}`];
  }

  function checkDocumented(documented: JsonObject, { headers, body, skipBody }: ResponseParts): string[] {
    const problems: string[] = [];
    for (const [name, header] of Object.entries(objectAt(documented, 'headers'))) {
      if (!isObject(header)) continue;
      const raw = headers.get(name);
      if (raw === null) {
        if (header['required'] === true) problems.push(`missing header ${name}`);
        continue;
      }
      problems.push(...validate(`header ${name}`, headerValue(raw, objectAt(header, 'schema')), header['schema']));
    }
    if (skipBody) return problems;
    const content = objectAt(documented, 'content');
    if (Object.keys(content).length === 0) {
      if (body !== undefined)
        problems.push(`body ${JSON.stringify(body)?.slice(0, 100)} where the spec documents none`);
    } else {
      problems.push(...validate('body', body, objectAt(content, 'application/json')['schema']));
    }
    return problems;
  }

  return { validate, checkDocumented };
}
