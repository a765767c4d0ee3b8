/**
 * Builds sandbox/generated/spec-runtime.js from the OpenAPI spec: the route table
 * (paths, methods, scopes, parameters, body media types), the status of each
 * error code (`components.x-error-statuses`) and Ajv validators for
 * every JSON request body and every operation's query/header parameters,
 * compiled to standalone code. The browser sandbox imports that file instead of
 * Ajv and the spec, which keeps its bundle small and needs no `eval` (a strict
 * Content-Security-Policy stays possible). Shared by
 * `npm run generate` and its `--check` mode (scripts/generated-files.ts).
 */
import { resolve } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { format, resolveConfig } from 'prettier';
import { bundleSpec } from '../openapi/bundled-spec.ts';
import { errorStatusesOf } from '../openapi/error-statuses.ts';
import { operations } from '../openapi/operations.ts';
import { createSpecAjv } from '../openapi/schema-validator.ts';
import type { ParameterSpec, RouteSpec } from '../sandbox/generated/spec-runtime.js';
import { isObject, objectAt, type JsonObject } from '../openapi/spec-walk.ts';

export const sandboxRuntimePath = resolve(process.cwd(), 'sandbox/generated/spec-runtime.js');

const header = `/**
 * BlueRound sandbox runtime, generated from openapi/openapi.yaml by scripts/sandbox-runtime.ts.
 * Do not edit: change the spec, then run \`npm run generate\` and commit.
 * \`npm run generate -- --check\` (in \`npm run lint\`) fails when this file no longer matches the spec.
 */
/* eslint-disable */
`;

/** Ajv runtime helpers the generated code may call, replaced by local code so the file has no CommonJS `require`. */
const runtimeHelpers: Record<string, string> = {
  'ajv/dist/runtime/ucs2length': `function ucs2length(text) {
  // JSON Schema counts characters (code points), not UTF-16 units.
  let count = 0;
  for (const _ of text) count++;
  return count;
}`,
};

/** Every property's `maxLength` in a form schema, across its `oneOf` alternatives. */
function formLimitsOf(schema: unknown): Record<string, number> | null {
  if (!isObject(schema)) return null;
  const alternatives = Array.isArray(schema['oneOf']) ? schema['oneOf'].filter(isObject) : [schema];
  const limits: Record<string, number> = {};
  for (const alternative of alternatives) {
    for (const [name, property] of Object.entries(objectAt(alternative, 'properties'))) {
      const limit = isObject(property) ? property['maxLength'] : undefined;
      if (typeof limit === 'number') limits[name] = Math.min(limit, limits[name] ?? limit);
    }
  }
  return limits;
}

/**
 * A deprecated operation must say since when (`x-deprecated-at`) and until
 * when (`x-sunset`), both `YYYY-MM-DD`: the sandbox sends them as the RFC 9745
 * `Deprecation` and RFC 8594 `Sunset` headers (guides/versioning.mdx).
 */
export function deprecationOf(operation: JsonObject, where: string): RouteSpec['deprecation'] {
  if (operation['deprecated'] !== true) return null;
  const dates = ['x-deprecated-at', 'x-sunset'].map((key) => {
    const value = operation[key];
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
      throw new Error(
        `${where} is deprecated: give it ${key}: 'YYYY-MM-DD' in openapi/paths/ (guides/versioning.mdx).`,
      );
    }
    return value;
  });
  const [since = '', sunset = ''] = dates;
  if (sunset <= since) throw new Error(`${where}: x-sunset ${sunset} must come after x-deprecated-at ${since}.`);
  return { since, sunset };
}

function authOf(document: JsonObject, operation: JsonObject): Pick<RouteSpec, 'auth' | 'scopes'> {
  const security = Array.isArray(operation['security']) ? operation['security'] : document['security'];
  const requirements = Array.isArray(security) ? security.filter(isObject) : [];
  for (const requirement of requirements) {
    const scopes = requirement['oauth2'];
    if (Array.isArray(scopes)) return { auth: 'bearer', scopes: scopes.map(String) };
  }
  if (requirements.some((requirement) => 'clientBasicAuth' in requirement)) return { auth: 'client', scopes: [] };
  return { auth: 'none', scopes: [] };
}

/** Drops annotations the validators never read, so the generated file (and the browser bundle) stays small. */
function withoutAnnotations(schema: unknown, insideProperties = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => withoutAnnotations(item));
  if (!isObject(schema)) return schema;
  const kept = Object.entries(schema).filter(
    ([key]) => insideProperties || !['description', 'example', 'examples', 'discriminator'].includes(key),
  );
  return Object.fromEntries(
    kept.map(([key, value]) => [key, withoutAnnotations(value, !insideProperties && key === 'properties')]),
  );
}

function replaceRuntimeRequires(code: string): string {
  const used = new Set<string>();
  const replaced = code.replace(/require\("([^"]+)"\)\.default/g, (_match, module: string) => {
    const helper = runtimeHelpers[module];
    if (helper === undefined) throw new Error(`Generated validator needs ${module}; add a local helper for it.`);
    used.add(module);
    return /function (\w+)/.exec(helper)?.[1] ?? '';
  });
  if (/\brequire\(/.test(replaced)) throw new Error('Generated validator still calls require().');
  return [...used].map((module) => runtimeHelpers[module]).join('\n') + '\n' + replaced;
}

export async function generateSandboxRuntime(): Promise<string> {
  const document = await bundleSpec({ dereference: true });
  const ajv = createSpecAjv({ code: { source: true, esm: true, lines: true }, formats: ['email', 'date-time'] });
  const exports: Record<string, string> = {};
  const routes: RouteSpec[] = [];

  for (const ref of operations(document)) {
    const operationId = String(ref.operation['operationId']);
    const parameters: ParameterSpec[] = ref.parameters.map((parameter) => ({
      name: String(parameter['name']),
      in: parameter['in'] as ParameterSpec['in'],
      required: parameter['required'] === true,
      integer: objectAt(parameter, 'schema')['type'] === 'integer',
      default: (objectAt(parameter, 'schema')['default'] ?? null) as ParameterSpec['default'],
    }));

    let paramsValidator: string | null = null;
    const checked = ref.parameters.filter((parameter) => parameter['in'] === 'query' || parameter['in'] === 'header');
    if (checked.length > 0) {
      paramsValidator = `${operationId}_params`;
      ajv.addSchema(
        {
          type: 'object',
          properties: Object.fromEntries(
            checked.map((parameter) => [String(parameter['name']), withoutAnnotations(parameter['schema'])]),
          ),
          required: checked.filter((parameter) => parameter['required'] === true).map((p) => String(p['name'])),
        },
        paramsValidator,
      );
      exports[paramsValidator] = paramsValidator;
    }

    const requestBody = objectAt(ref.operation, 'requestBody');
    const content = objectAt(requestBody, 'content');
    let bodyValidator: string | null = null;
    const jsonSchema = objectAt(content, 'application/json')['schema'];
    if (isObject(jsonSchema)) {
      bodyValidator = `${operationId}_body`;
      ajv.addSchema(withoutAnnotations(jsonSchema) as JsonObject, bodyValidator);
      exports[bodyValidator] = bodyValidator;
    }

    routes.push({
      operationId,
      method: ref.method.toUpperCase(),
      path: ref.path,
      ...authOf(document, ref.operation),
      parameters,
      body:
        Object.keys(content).length > 0
          ? { required: requestBody['required'] === true, mediaTypes: Object.keys(content) }
          : null,
      bodyValidator,
      paramsValidator,
      formFieldMaxLength: formLimitsOf(objectAt(content, 'application/x-www-form-urlencoded')['schema']),
      deprecation: deprecationOf(ref.operation, `${ref.method.toUpperCase()} ${ref.path} (${operationId})`),
    });
  }

  const servers = Array.isArray(document['servers']) ? document['servers'].filter(isObject) : [];
  const sandboxServer = servers.find((server) => server['description'] === 'Sandbox');
  if (!sandboxServer) throw new Error('The spec lists no server described as "Sandbox".');
  const info = objectAt(document, 'info');

  const validators = replaceRuntimeRequires(standaloneCode(ajv, exports)).replace(/^"use strict";/, '');
  const source = [
    header,
    `export const apiVersion = ${JSON.stringify(info['version'])};`,
    `export const sandboxOrigin = ${JSON.stringify(new URL(String(sandboxServer['url'])).origin)};`,
    `export const routes = ${JSON.stringify(routes)};`,
    `export const errorStatuses = ${JSON.stringify(errorStatusesOf(document))};`,
    validators,
    `export const validators = { ${Object.keys(exports).join(', ')} };`,
  ].join('\n');
  const prettierOptions = (await resolveConfig(sandboxRuntimePath)) ?? {};
  return format(source, { ...prettierOptions, filepath: sandboxRuntimePath });
}
