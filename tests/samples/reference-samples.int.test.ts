import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/handlers/index.ts';
import { createSandboxHttpServer } from '../../sandbox/http-adapter.ts';
import { loadReferenceModel } from '../../src/lib/reference/load.ts';
import { sampleRequest, sampleResponse } from '../../src/lib/reference/sample-request.ts';
import { requestSamples, type Sample } from '../../src/lib/reference/samples.ts';
import { sdkCallOf } from '../../src/lib/reference/sdk-sample.ts';

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
const { handlers, engine } = createSandbox();
const server = createSandboxHttpServer(handlers, engine);
let origin = '';
const work = mkdtempSync(join(tmpdir(), 'reference-samples-'));
symlinkSync(join(process.cwd(), 'node_modules'), join(work, 'node_modules'), 'dir');
const model = await loadReferenceModel();

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(work, { recursive: true, force: true });
});

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

async function call(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  return fetch(`${origin}${path}`, { ...init, headers });
}

async function freshSandbox(): Promise<string> {
  await call('/_sandbox/reset', { method: 'POST' });
  const response = await call('/oauth/token', {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'sandbox_app_full',
      client_secret: 'sandbox_secret_full',
    }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
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

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(command, args, { env, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const curlRecorder = `curl() { command curl -sS --write-out '%{stderr}SAMPLE_HTTP_STATUS %{http_code}\\n' "$@"; }\n`;

async function runSample(sample: Sample, code: string, env: NodeJS.ProcessEnv) {
  if (sample.lang === 'bash') {
    const result = await run('bash', ['-e', '-o', 'pipefail', '-c', curlRecorder + code], env);
    const status = /SAMPLE_HTTP_STATUS (\d{3})/.exec(result.stderr)?.[1];
    return { ...result, answered: status };
  }
  const file = join(work, `sample.${sample.lang === 'ts' ? 'mts' : 'py'}`);
  writeFileSync(file, code);
  const result =
    sample.lang === 'ts' ? await run(process.execPath, [file], env) : await run(pythonWithRequests(), [file], env);
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
        const token = await freshSandbox();
        let code = sample.code;
        for (const parameter of operation.parameters.filter((p) => p.in === 'path' && p.example)) {
          code = code.replaceAll(parameter.example!, await realId(parameter.example!, token));
        }
        const env = { ...process.env, BLUEROUND_API_BASE: origin, ACCESS_TOKEN: token };
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
