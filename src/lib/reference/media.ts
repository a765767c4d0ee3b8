/** Request and response bodies of the reference: each media type with its schema view and examples. */
import type { Oas3_1Schema, Oas3Example, Oas3MediaType, Referenced } from '@redocly/openapi-core';
import { compact } from './compact.ts';
import type { ExampleModel } from './model.ts';
import type { RefResolver } from '../../../openapi/refs.ts';
import { viewSchema } from './schema-view.ts';

type Schema = Oas3_1Schema;

function exampleText(value: unknown, mediaType: string): Pick<ExampleModel, 'code' | 'lang'> {
  if (mediaType === 'application/x-www-form-urlencoded' && typeof value === 'object' && value !== null) {
    const form = new URLSearchParams();
    for (const [key, entry] of Object.entries(value)) form.append(key, String(entry));
    return { code: form.toString(), lang: 'text' };
  }
  return { code: JSON.stringify(value, null, 2), lang: 'json' };
}

function examplesOf(
  holder: { example?: unknown; examples?: Record<string, Referenced<Oas3Example>> },
  mediaType: string,
  resolver: RefResolver,
): ExampleModel[] {
  const examples: ExampleModel[] = Object.entries(holder.examples ?? {}).map(([name, raw]) => {
    const example = resolver.resolve(raw);
    return compact({
      name,
      summary: example.summary,
      description: example.description?.trim(),
      ...exampleText(example.value, mediaType),
    });
  });
  if ('example' in holder && holder.example !== undefined) {
    examples.unshift({ name: 'Example', ...exampleText(holder.example, mediaType) });
  }
  return examples;
}

/** Component schemas the overview describes in full, by the anchor of their section there. */
export const overviewSchemaAnchors: Readonly<Record<string, string>> = {
  Error: 'error-envelope',
  OAuthError: 'oauth-errors',
};

export function mediaModels(content: Record<string, Oas3MediaType<Schema>> | undefined, resolver: RefResolver) {
  return Object.entries(content ?? {}).map(([mediaType, media]) => {
    const schema = media.schema ? viewSchema(media.schema, resolver) : undefined;
    const typeName = schema?.summary.typeName;
    return compact({
      mediaType,
      schema,
      sharedSchemaAnchor: typeName === undefined ? undefined : overviewSchemaAnchors[typeName],
      examples: examplesOf(media, mediaType, resolver),
    });
  });
}

export function exampleLiteral(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
