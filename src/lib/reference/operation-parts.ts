/** The parts of one operation in the reference: its parameters, response headers and responses. */
import { STATUS_CODES } from 'node:http';
import type {
  Oas3_1Schema,
  Oas3Header,
  Oas3Operation,
  Oas3Parameter,
  Oas3Response,
  Referenced,
} from '@redocly/openapi-core';
import { compact } from './compact.ts';
import { codesInExamples, codesNamedIn } from './error-codes.ts';
import { exampleLiteral, mediaModels } from './media.ts';
import type { HeaderModel, ParameterModel } from './model.ts';
import type { RefResolver } from '../../../openapi/refs.ts';
import { summarizeSchema } from './schema-view.ts';
import { operationAnchor } from './slugs.ts';

type Schema = Oas3_1Schema;

function headerModel(name: string, raw: Referenced<Oas3Header<Schema>>, resolver: RefResolver): HeaderModel {
  const header = resolver.resolve(raw);
  if (!header.schema) throw new Error(`Header "${name}" has no schema.`);
  return compact({
    name,
    required: header.required ?? false,
    schema: summarizeSchema(header.schema, resolver, header.description?.trim()),
    example: exampleLiteral(header.example),
  });
}

function parameterModel(parameter: Oas3Parameter<Schema>, resolver: RefResolver): ParameterModel {
  if (!parameter.in) throw new Error(`Parameter "${parameter.name}" has no "in".`);
  if (!parameter.schema) throw new Error(`Parameter "${parameter.name}" has no schema.`);
  // `querystring` is an OpenAPI 3.2 location; this spec is 3.1, so meeting it means a mistake, not a feature to render.
  if (parameter.in === 'querystring')
    throw new Error(`Parameter "${parameter.name}" uses "in: querystring" (OpenAPI 3.2).`);
  return compact({
    name: parameter.name,
    in: parameter.in,
    required: parameter.required ?? parameter.in === 'path',
    deprecated: parameter.deprecated ?? false,
    schema: summarizeSchema(parameter.schema, resolver, parameter.description?.trim()),
    example: exampleLiteral(parameter.example),
  });
}

/** The operation's parameters (the walk applied the path-level override rule), path first, then query, header, cookie. */
export function parameterModels(parameters: Oas3Parameter<Schema>[], resolver: RefResolver) {
  const order = { path: 0, query: 1, header: 2, cookie: 3 };
  return parameters.map((parameter) => parameterModel(parameter, resolver)).sort((a, b) => order[a.in] - order[b.in]);
}

export function responseModels(
  operation: Oas3Operation<Schema>,
  operationId: string,
  knownCodes: ReadonlySet<string>,
  resolver: RefResolver,
) {
  return Object.entries(operation.responses).map(([status, raw]) => {
    const response = resolver.resolve<Oas3Response<Schema>>(raw);
    const description = (response.description ?? '').trim();
    const contents = mediaModels(response.content, resolver);
    const errorCodes = [
      ...new Set([...codesNamedIn(description, knownCodes), ...codesInExamples(contents, knownCodes)]),
    ];
    return {
      anchor: `${operationAnchor(operationId)}-${status}`,
      status,
      statusText: STATUS_CODES[Number(status)] ?? '',
      description,
      headers: Object.entries(response.headers ?? {}).map(([name, header]) => headerModel(name, header, resolver)),
      contents,
      errorCodes,
    };
  });
}
