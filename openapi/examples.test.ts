import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorStatuses } from '../sandbox/generated/spec-runtime.js';
import { bundleSpecWithFiles, type OpenApiDocument } from './bundled-spec.ts';
import {
  allExampleCases,
  isObject,
  objectAt,
  requestMediaTypes,
  responseBodyExamples,
  responseMediaTypes,
  responsesOf,
  type ExampleCase,
} from './spec-walk.ts';
import { operations } from './operations.ts';
import { createSpecAjv } from './schema-validator.ts';

let document: OpenApiDocument;
let bundledFiles: string[];
let cases: ExampleCase[];

beforeAll(async () => {
  const bundled = await bundleSpecWithFiles({ dereference: true });
  document = bundled.document;
  bundledFiles = bundled.files;
  cases = allExampleCases(document);
});

describe('OpenAPI examples', () => {
  it('finds the examples to check', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it('every example of a request body, response body, header and parameter matches its schema', () => {
    const ajv = createSpecAjv();
    const failures: string[] = [];
    for (const { where, schema, value } of cases) {
      if (!isObject(schema)) {
        failures.push(`${where}: no schema to check the example against`);
        continue;
      }
      const validate = ajv.compile(schema);
      if (!validate(value)) {
        failures.push(`${where}: ${ajv.errorsText(validate.errors)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('every request body and every response with a body has at least one named example', () => {
    const missing: string[] = [];
    for (const ref of operations(document)) {
      const mediaTypes = [...requestMediaTypes(ref), ...responsesOf(ref).flatMap(responseMediaTypes)];
      for (const { where, mediaType } of mediaTypes) {
        if (Object.keys(objectAt(mediaType, 'examples')).length === 0) missing.push(where);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every error example carries the code that belongs to its HTTP status', () => {
    const codesByStatus: Record<string, string[]> = {};
    for (const [code, status] of Object.entries(errorStatuses)) (codesByStatus[status] ??= []).push(code);
    const oauthErrorsByStatus: Record<string, string[]> = {
      '400': ['invalid_request', 'invalid_grant', 'unsupported_grant_type', 'invalid_scope'],
      '401': ['invalid_client'],
      // A body over the size limit: RFC 6749 has no code of its own for it.
      '413': ['invalid_request'],
    };
    const mismatches: string[] = [];
    for (const { where, status, value } of responseBodyExamples(document)) {
      if (!isObject(value) || !('error' in value)) continue;
      const error = value['error'];
      const [code, allowed] = isObject(error)
        ? [error['code'], codesByStatus[status]]
        : [error, where.includes(' /oauth/') ? oauthErrorsByStatus[status] : undefined];
      if (typeof code !== 'string' || !allowed?.includes(code)) {
        mismatches.push(`${where}: ${String(code)} is not a ${status} error`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('the error code enum lists exactly the codes of the contract', () => {
    const errorCode = objectAt(objectAt(objectAt(document, 'components'), 'schemas'), 'ErrorCode');
    expect(errorCode['enum']).toEqual([
      'INVALID_REQUEST',
      'UNAUTHENTICATED',
      'INSUFFICIENT_SCOPE',
      'NOT_FOUND',
      'METHOD_NOT_ALLOWED',
      'DUPLICATE_RESOURCE',
      'IDEMPOTENCY_KEY_REUSED',
      'PAYLOAD_TOO_LARGE',
      'UNSUPPORTED_MEDIA_TYPE',
      'RATE_LIMITED',
      'INTERNAL_ERROR',
      'SERVICE_UNAVAILABLE',
    ]);
  });

  it('every file under openapi/components and openapi/paths is part of the bundle', () => {
    const openapiDir = resolve(process.cwd(), 'openapi');
    const yamlFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return yamlFiles(path);
        return entry.name.endsWith('.yaml') ? [path] : [];
      });
    const used = new Set(bundledFiles);
    const unused = [...yamlFiles(join(openapiDir, 'components')), ...yamlFiles(join(openapiDir, 'paths'))]
      .filter((file) => !used.has(file))
      .map((file) => relative(process.cwd(), file));
    expect(unused).toEqual([]);
  });
});
