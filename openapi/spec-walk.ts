/**
 * Read-only helpers over a dereferenced OpenAPI 3.1 document, shared by the
 * spec's unit tests. They list the places that carry examples; they do not
 * resolve anything (the Redocly bundler already did). Operations come from
 * the one walk, operations.ts.
 */

import { isObject, operations, type JsonObject, type OperationRef } from './operations.ts';

export { isObject, type JsonObject };

export function objectAt(value: unknown, key: string): JsonObject {
  if (!isObject(value) || !isObject(value[key])) return {};
  return value[key];
}

/** One example value and the schema it must satisfy. */
export interface ExampleCase {
  /** Where the example sits, for test names and failure messages. */
  where: string;
  schema: unknown;
  value: unknown;
}

/** `example` and every `examples[name].value` of a media type, parameter or header object. */
function examplesOf(holder: JsonObject, where: string): ExampleCase[] {
  const schema = holder['schema'];
  const cases: ExampleCase[] = [];
  if ('example' in holder) cases.push({ where: `${where} example`, schema, value: holder['example'] });
  for (const [name, example] of Object.entries(objectAt(holder, 'examples'))) {
    if (isObject(example) && 'value' in example) {
      cases.push({ where: `${where} examples.${name}`, schema, value: example['value'] });
    }
  }
  return cases;
}

export interface MediaTypeRef {
  where: string;
  mediaType: JsonObject;
}

export function requestMediaTypes(ref: OperationRef): MediaTypeRef[] {
  const content = objectAt(objectAt(ref.operation, 'requestBody'), 'content');
  return Object.entries(content)
    .filter((entry): entry is [string, JsonObject] => isObject(entry[1]))
    .map(([type, mediaType]) => ({ where: `${ref.method.toUpperCase()} ${ref.path} request ${type}`, mediaType }));
}

export interface ResponseRef {
  where: string;
  status: string;
  response: JsonObject;
}

export function responsesOf(ref: OperationRef): ResponseRef[] {
  return Object.entries(objectAt(ref.operation, 'responses'))
    .filter((entry): entry is [string, JsonObject] => isObject(entry[1]))
    .map(([status, response]) => ({ where: `${ref.method.toUpperCase()} ${ref.path} ${status}`, status, response }));
}

export function responseMediaTypes(response: ResponseRef): MediaTypeRef[] {
  return Object.entries(objectAt(response.response, 'content'))
    .filter((entry): entry is [string, JsonObject] => isObject(entry[1]))
    .map(([type, mediaType]) => ({ where: `${response.where} ${type}`, mediaType }));
}

/** Every example of every request body, response body, response header and parameter. */
export function allExampleCases(document: JsonObject): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const ref of operations(document)) {
    const operationName = `${ref.method.toUpperCase()} ${ref.path}`;
    for (const parameter of ref.parameters) {
      cases.push(...examplesOf(parameter, `${operationName} parameter ${String(parameter['name'])}`));
    }
    for (const { where, mediaType } of requestMediaTypes(ref)) cases.push(...examplesOf(mediaType, where));
    for (const response of responsesOf(ref)) {
      for (const [name, header] of Object.entries(objectAt(response.response, 'headers'))) {
        if (isObject(header)) cases.push(...examplesOf(header, `${response.where} header ${name}`));
      }
      for (const { where, mediaType } of responseMediaTypes(response)) cases.push(...examplesOf(mediaType, where));
    }
  }
  return cases;
}

/** The named examples (`examples[name].value`) of every response body, with their status. */
export function responseBodyExamples(document: JsonObject): { where: string; status: string; value: unknown }[] {
  const found: { where: string; status: string; value: unknown }[] = [];
  for (const ref of operations(document)) {
    for (const response of responsesOf(ref)) {
      for (const { where, mediaType } of responseMediaTypes(response)) {
        for (const [name, example] of Object.entries(objectAt(mediaType, 'examples'))) {
          if (isObject(example))
            found.push({ where: `${where} ${name}`, status: response.status, value: example['value'] });
        }
      }
    }
  }
  return found;
}
