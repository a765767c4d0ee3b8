import { errorStatusesOf } from '../../../openapi/error-statuses.ts';
import { operations as specOperations } from '../../../openapi/operations.ts';
import { bundleSpec, type OpenApiDocument } from '../../../openapi/bundled-spec.ts';

/** Everything in the bundled spec a page may name, for checking claims against it. */
export interface SpecVocabulary {
  /** `METHOD /path/{param}` for every operation. */
  operations: { method: string; path: string; statuses: Set<string> }[];
  /** Header names (as the spec spells them), request and response. */
  headers: Set<string>;
  scopes: Set<string>;
  /** Error code → the HTTP statuses it is answered with. */
  errorCodes: Map<string, Set<string>>;
  oauthErrors: Set<string>;
  /** ID and token prefixes, e.g. `usr`, from patterns and examples. */
  idPrefixes: Set<string>;
}

type Json = unknown;

function walk(
  value: Json,
  visit: (value: Json, key: string | undefined, parent: Json) => void,
  key?: string,
  parent?: Json,
) {
  visit(value, key, parent);
  if (Array.isArray(value)) value.forEach((item) => walk(item, visit, undefined, value));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value as Record<string, Json>)) walk(v, visit, k, value);
}

/** Builds the vocabulary from a dereferenced spec document. */
export function vocabularyOf(spec: OpenApiDocument): SpecVocabulary {
  const operations: SpecVocabulary['operations'] = [];
  const headers = new Set<string>();
  const errorCodes = new Map<string, Set<string>>();
  const addCode = (code: unknown, status: string) => {
    if (typeof code !== 'string' || !/^[A-Z_]+$/.test(code)) return;
    if (!errorCodes.has(code)) errorCodes.set(code, new Set());
    errorCodes.get(code)!.add(status);
  };
  for (const { method, path, operation, parameters } of specOperations(spec)) {
    const responses = (operation['responses'] ?? {}) as Record<string, Record<string, Json>>;
    operations.push({ method: method.toUpperCase(), path, statuses: new Set(Object.keys(responses)) });
    for (const parameter of parameters) {
      if (parameter['in'] === 'header' && typeof parameter['name'] === 'string') headers.add(parameter['name']);
    }
    for (const [status, response] of Object.entries(responses)) {
      for (const name of Object.keys(response['headers'] ?? {})) headers.add(name);
      // Error codes by status: from the examples each response shows.
      walk(response['content'], (value, key) => {
        if (key === 'code') addCode(value, status);
      });
    }
  }
  const components = (spec.components ?? {}) as Record<string, Record<string, Json>>;
  const schemas = components.schemas ?? {};
  const enumOf = (name: string, property?: string): string[] => {
    const schema = schemas[name] as { enum?: string[]; properties?: Record<string, { enum?: string[] }> } | undefined;
    return (property ? schema?.properties?.[property]?.enum : schema?.enum) ?? [];
  };
  // Every code also belongs to the status the spec gives it (components.x-error-statuses), shown in an example or not.
  for (const [code, status] of Object.entries(errorStatusesOf(spec))) addCode(code, String(status));
  const scopes = new Set(enumOf('Scope'));
  const oauthErrors = new Set(enumOf('OAuthError', 'error'));
  // Bearer challenges (RFC 6750) name their errors in WWW-Authenticate: error="invalid_token".
  walk(spec, (value) => {
    if (typeof value === 'string') for (const m of value.matchAll(/error="([a-z_]+)"/g)) oauthErrors.add(m[1]!);
  });
  const idPrefixes = new Set<string>();
  walk(spec, (value) => {
    if (typeof value !== 'string') return;
    for (const match of value.matchAll(/(?:^|[^A-Za-z0-9_])\^?([a-z]{2,4})_(?=[A-Za-z0-9[]*[0-9[])/g))
      idPrefixes.add(match[1]!);
  });
  return { operations, headers, scopes, errorCodes, oauthErrors, idPrefixes };
}

export async function loadVocabulary(): Promise<SpecVocabulary> {
  return vocabularyOf(await bundleSpec({ dereference: true }));
}
