/**
 * Checks a fake server answer against openapi/openapi.yaml: the status is
 * documented for the operation, every required header is there and valid, and
 * the JSON body matches the schema. The client tests run it on every answer,
 * so the client is only ever tested against responses the real API may send.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { bundleSpec } from '../../src/lib/bundled-spec.ts';
import { isObject, objectAt, operationsOf } from '../../openapi/spec-walk.ts';

export interface Answered {
  method: string;
  /** The spec's path template, such as `/v1/users/{id}`. */
  template: string;
  status: number;
  headers: Headers;
  /** Parsed JSON, or `undefined` for an empty body. */
  body: unknown;
}

export type SpecCheck = (answer: Answered) => string[];

export async function loadSpecCheck(): Promise<SpecCheck> {
  const document = await bundleSpec({ dereference: true });
  const ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  const compiled = new Map<unknown, ValidateFunction>();
  const validatorFor = (schema: unknown) => {
    let validate = compiled.get(schema);
    if (validate === undefined) {
      validate = ajv.compile(schema as object);
      compiled.set(schema, validate);
    }
    return validate;
  };
  const operations = operationsOf(document);

  return ({ method, template, status, headers, body }) => {
    const where = `${method} ${template} ${status}`;
    const operation = operations.find((ref) => ref.path === template && ref.method === method.toLowerCase());
    if (operation === undefined) return [`${method} ${template}: no such operation in the spec`];
    const response = objectAt(operation.operation, 'responses')[String(status)];
    if (!isObject(response)) return [`${where}: status not documented for this operation`];

    const problems: string[] = [];
    for (const [name, header] of Object.entries(objectAt(response, 'headers'))) {
      if (!isObject(header)) continue;
      const raw = headers.get(name);
      if (raw === null) {
        if (header['required'] === true) problems.push(`${where}: missing header ${name}`);
        continue;
      }
      const schema = objectAt(header, 'schema');
      const value = schema['type'] === 'integer' || schema['const'] === 0 ? Number(raw) : raw;
      if (!validatorFor(schema)(value)) problems.push(`${where}: header ${name}: ${JSON.stringify(raw)} does not fit`);
    }

    const json = objectAt(objectAt(response, 'content'), 'application/json');
    if (Object.keys(json).length === 0) {
      if (body !== undefined) problems.push(`${where}: the spec documents no body`);
    } else {
      const validate = validatorFor(json['schema']);
      if (!validate(body)) problems.push(`${where}: body: ${ajv.errorsText(validate.errors)}`);
    }
    return problems;
  };
}
