/**
 * Second opinion on the sandbox session: validates every recorded response's
 * status and body with @interledger/openapi (an OpenAPI 3.1 validator written
 * outside this project), against the bundled spec. Argument: the manifest
 * written by scripts/sandbox-session.sh.
 *
 * Kept as a dependency on purpose: a validator that shares no code with
 * sandbox/testing catches mistakes our own checker would repeat.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOpenAPI, type HttpMethod } from '@interledger/openapi';
import { bundleSpec } from '../src/lib/bundled-spec.ts';
import { readCurlResponse, readManifest } from './curl-response.ts';

const manifestPath = process.argv[2];
if (!manifestPath) throw new Error('Usage: node scripts/validate-session-independent.ts MANIFEST');

const specFile = join(mkdtempSync(join(tmpdir(), 'spec-')), 'openapi.json');
writeFileSync(specFile, JSON.stringify(await bundleSpec()));
const openApi = await createOpenAPI(specFile);
const templates = Object.keys(openApi.paths);

/** `/v1/users/usr_1` → `/v1/users/{id}`: the spec's path template for a concrete path. */
function templateFor(path: string): string | undefined {
  const segments = path.split('?')[0]!.split('/');
  return templates.find((template) => {
    const parts = template.split('/');
    return parts.length === segments.length && parts.every((part, i) => part.startsWith('{') || part === segments[i]);
  });
}

let checked = 0;
let skipped = 0;
let failures = 0;
for (const { method, path, file } of readManifest(manifestPath)) {
  const template = templateFor(path);
  const operation = template ? openApi.paths[template]?.[method.toLowerCase() as HttpMethod] : undefined;
  const { status, text } = readCurlResponse(file);
  // 404/405 for paths or methods the spec does not list have no operation to validate against.
  if (!template || !operation) {
    skipped++;
    continue;
  }
  checked++;
  const validate = openApi.createResponseValidator({ path: template, method: method.toLowerCase() as HttpMethod });
  try {
    validate({ status, body: text ? (JSON.parse(text) as unknown) : undefined });
  } catch (error) {
    failures++;
    console.log(`FAIL ${method} ${path} → ${status}: ${JSON.stringify(error)}`);
  }
}
console.log(
  `independent validator (@interledger/openapi): ${checked - failures} passed, ${failures} failed, ${skipped} without a spec operation`,
);
process.exitCode = failures > 0 ? 1 : 0;
