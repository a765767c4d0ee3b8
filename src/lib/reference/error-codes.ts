/**
 * The error codes of the reference: the codes the spec's enums list, and for
 * each the operations and statuses whose description or examples name it.
 */
import type { Oas3_1Definition, Oas3_1Schema, Referenced } from '@redocly/openapi-core';
import type { MediaModel, OperationLink, OperationModel } from './model.ts';
import type { RefResolver } from '../../../openapi/refs.ts';

type Schema = Oas3_1Schema;

export function codesNamedIn(text: string, knownCodes: ReadonlySet<string>): string[] {
  return (text.match(/[A-Za-z_]+/g) ?? []).filter((word) => knownCodes.has(word));
}

/** Codes carried by example bodies: `error.code` of the `/v1` envelope, `error` of the OAuth one. */
export function codesInExamples(contents: MediaModel[], knownCodes: ReadonlySet<string>): string[] {
  const codes: string[] = [];
  for (const media of contents) {
    for (const example of media.examples) {
      if (example.lang !== 'json') continue;
      const value: unknown = JSON.parse(example.code);
      const error = typeof value === 'object' && value !== null ? (value as { error?: unknown }).error : undefined;
      const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : error;
      if (typeof code === 'string' && knownCodes.has(code)) codes.push(code);
    }
  }
  return codes;
}

export function componentSchema(definition: Oas3_1Definition, name: string): Referenced<Schema> {
  if (!definition.components?.schemas?.[name]) {
    throw new Error(`The reference overview needs components.schemas.${name} in the OpenAPI description.`);
  }
  return { $ref: `#/components/schemas/${name}` };
}

export function enumOfProperty(schema: Referenced<Schema>, path: string[], resolver: RefResolver): string[] {
  let current = resolver.resolve(schema);
  for (const key of path) {
    const next = current.properties?.[key];
    if (!next) throw new Error(`Schema has no property "${path.join('.')}".`);
    current = resolver.resolve(next);
  }
  if (!current.enum) throw new Error(`Property "${path.join('.')}" has no enum of codes.`);
  return current.enum.map(String);
}

export function linksFor(code: string, operations: OperationModel[]): OperationLink[] {
  return operations.flatMap((operation) =>
    operation.responses
      .filter((response) => response.errorCodes.includes(code))
      .map((response) => ({
        operationId: operation.operationId,
        anchor: operation.anchor,
        tagName: operation.tagName,
        method: operation.method,
        path: operation.path,
        summary: operation.summary,
        status: response.status,
      })),
  );
}
