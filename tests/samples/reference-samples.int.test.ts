import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReferenceModel } from '../../src/lib/reference/load.ts';
import { sampleRequest, sampleResponse } from '../../src/lib/reference/sample-request.ts';
import { requestSamples, type Sample } from '../../src/lib/reference/samples.ts';
import { sdkCallOf } from '../../src/lib/reference/sdk-sample.ts';
import { run, runCurlSample, useSandboxOverHttp } from '../support/sandbox-over-http.ts';

/**
 * Every request sample of the reference, run against the sandbox over HTTP
 * exactly as printed, with `BLUEROUND_API_BASE` pointing at a local server: each
 * must answer the status of the response sample printed under it, and curl's
 * body must carry the example's fields. IDs in a path are the spec's examples,
 * which a fresh sandbox does not hold, so the test first creates the resource
 * and puts its real ID in their place, as a reader would. The SDK samples
 * import the documented client by its package name, resolved through this
 * repository's node_modules as in a reader's project.
 */
const sandbox = useSandboxOverHttp('reference-samples');
const { call } = sandbox;
// The SDK samples resolve `@blueround/redcore` from the scratch folder, as a reader's project would from its own.
symlinkSync(join(process.cwd(), 'node_modules'), join(sandbox.work, 'node_modules'), 'dir');
const timeoutMs = 60_000;
const model = await loadReferenceModel();

/** Python samples need `requests`; a machine without it fails here, naming the fix. */
function pythonWithRequests(): string {
  const python = process.env.PYTHON ?? 'python3';
  try {
    execFileSync(python, ['-c', 'import requests'], { stdio: 'pipe' });
  } catch {
    throw new Error(`${python} cannot import requests: run \`pip install requests\` (or set PYTHON).`);
  }
  return python;
}

/** Creates what an example ID names, returning the real ID to use instead. */
async function realId(exampleId: string, token: string): Promise<string> {
  const json = { 'Content-Type': 'application/json' };
  const created = exampleId.startsWith('usr_')
    ? await call('/v1/users', {
        method: 'POST',
        token,
        headers: json,
        body: JSON.stringify({ email: 'sample.target@example.com', name: 'Sample Target', role: 'member' }),
      })
    : exampleId.startsWith('lck_')
      ? await call('/v1/locks', {
          method: 'POST',
          token,
          headers: json,
          body: JSON.stringify({ resource: 'reference-sample', ttl_seconds: 60 }),
        })
      : undefined;
  if (!created?.ok) throw new Error(`no way to create the resource ${exampleId} names`);
  return ((await created.json()) as { id: string }).id;
}

async function runSample(sample: Sample, code: string, env: NodeJS.ProcessEnv) {
  if (sample.lang === 'bash') {
    const result = await runCurlSample(code, env, timeoutMs);
    return { ...result, answered: result.statuses[0] === undefined ? undefined : String(result.statuses[0]) };
  }
  const file = join(sandbox.work, `sample.${sample.lang === 'ts' ? 'mts' : 'py'}`);
  writeFileSync(file, code);
  const command = sample.lang === 'ts' ? process.execPath : pythonWithRequests();
  const result = await run(command, [file], env, timeoutMs);
  return { ...result, answered: /^(\d{3})\b/.exec(result.stdout)?.[1] };
}

describe('reference request samples run against the sandbox', () => {
  it('covers every operation in three languages, and the SDK where it has the call', () => {
    expect(model.operations.length).toBeGreaterThan(10);
    const withSdk = model.operations.filter((operation) => sdkCallOf(operation.operationId));
    expect(withSdk.length).toBeGreaterThan(8);
    for (const operation of model.operations) {
      const labels = requestSamples(sampleRequest(operation)).map((sample) => sample.label);
      expect(labels).toEqual(
        sdkCallOf(operation.operationId)
          ? ['curl', 'TypeScript', 'TypeScript (SDK)', 'Python']
          : ['curl', 'TypeScript', 'Python'],
      );
    }
  });

  for (const operation of model.operations) {
    const request = sampleRequest(operation);
    const expected = sampleResponse(operation);
    for (const sample of requestSamples(request, { emptyResponse: !expected.body })) {
      it(`${operation.operationId} (${sample.label}) answers ${expected.status}`, async () => {
        const { accessToken: token } = await sandbox.freshSandbox();
        let code = sample.code;
        for (const parameter of operation.parameters.filter((p) => p.in === 'path' && p.example)) {
          code = code.replaceAll(parameter.example!, await realId(parameter.example!, token));
        }
        const env = { ...process.env, BLUEROUND_API_BASE: sandbox.origin, ACCESS_TOKEN: token };
        const result = await runSample(sample, code, env);
        expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
        if (sample.label === 'TypeScript (SDK)') {
          // The client prints what it resolved to, and throws (exit 1) on any error answer.
          const { result: resolves } = sdkCallOf(operation.operationId)!;
          if (resolves === 'none') expect(result.stdout).toBe('');
          if (resolves === 'token-set') expect(JSON.parse(result.stdout)).toHaveProperty('accessToken');
          if (resolves === 'body') {
            const documented = Object.keys(JSON.parse(expected.body!) as object).sort();
            expect(Object.keys(JSON.parse(result.stdout) as object).sort()).toEqual(documented);
          }
          return;
        }
        expect(result.answered, result.stdout).toBe(expected.status);
        if (sample.lang === 'bash' && expected.body) {
          const documented = Object.keys(JSON.parse(expected.body) as object).sort();
          expect(Object.keys(JSON.parse(result.stdout) as object).sort()).toEqual(documented);
        }
      }, 90_000);
    }
  }
});
