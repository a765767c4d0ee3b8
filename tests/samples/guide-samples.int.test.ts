import { execFile } from 'node:child_process';
import { globSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/handlers/index.ts';
import { createSandboxHttpServer } from '../../sandbox/http-adapter.ts';
import { codeBlocks } from '../../lib/markdown/code-blocks.ts';

/**
 * Every curl and TypeScript sample in the guides, run against the sandbox over
 * HTTP, so a sample that drifts from the API fails here. curl samples run
 * exactly as printed, with BLUEROUND_API_BASE pointing at the local server as
 * the quickstart tells readers to set it; TypeScript samples get their
 * `baseUrl` pointed there. Python samples are left to the reader's runtime:
 * the machines that run this suite have no `requests`.
 */
const sandboxHost = 'https://sandbox.blueround.test';
/** How every curl sample names the host: the reader's local sandbox if set, else the sandbox host. */
const hostFromEnvironment = `\${BLUEROUND_API_BASE:-${sandboxHost}}`;
const { handlers, engine } = createSandbox();
const server = createSandboxHttpServer(handlers, engine);
let origin = '';
const work = mkdtempSync(join(tmpdir(), 'guide-samples-'));

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(work, { recursive: true, force: true });
});

async function freshSandbox(): Promise<Record<string, string>> {
  await fetch(`${origin}/_sandbox/reset`, { method: 'POST' });
  const response = await fetch(`${origin}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'sandbox_app_full',
      client_secret: 'sandbox_secret_full',
    }),
  });
  const token = (await response.json()) as { access_token: string; refresh_token: string };
  return { ACCESS_TOKEN: token.access_token, REFRESH_TOKEN: token.refresh_token };
}

/** Async on purpose: the sandbox answers from this process, so blocking it would hang the sample. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(command, args, { env, encoding: 'utf8', timeout: 90_000 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

/** Statuses that mean a sample calls something the API does not have. */
const driftStatuses = new Set([404, 405, 415]);

// Runs every curl with a status line on stderr, leaving stdout (and so `| jq`) untouched.
const curlRecorder = `curl() { command curl -sS --write-out '%{stderr}SAMPLE_HTTP_STATUS %{http_code}\\n' "$@"; }\n`;

const samples = globSync('src/content/docs/guides/*.{md,mdx}')
  .sort()
  .flatMap((file) => codeBlocks(file))
  .filter((block) => (block.lang === 'bash' && block.code.includes('curl')) || block.lang === 'ts');

describe('guide samples run against the sandbox', () => {
  it('finds the samples', () => {
    expect(samples.length).toBeGreaterThan(20);
  });

  it('every curl sample reads BLUEROUND_API_BASE, with the sandbox host as default', () => {
    const hardCoded = samples
      .filter((sample) => sample.lang === 'bash' && sample.code.replaceAll(hostFromEnvironment, '').includes('://'))
      .map((sample) => `${sample.file}:${sample.line}`);
    expect(hardCoded).toEqual([]);
  });

  for (const sample of samples) {
    it(`${sample.file}:${sample.line} (${sample.lang})`, async () => {
      const env = { ...process.env, ...(await freshSandbox()), BLUEROUND_API_BASE: origin };
      if (sample.lang === 'bash') {
        const result = await run('bash', ['-e', '-o', 'pipefail', '-c', curlRecorder + sample.code], env);
        const statuses = [...result.stderr.matchAll(/SAMPLE_HTTP_STATUS (\d{3})/g)].map((m) => Number(m[1]));
        expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
        expect(statuses.length, 'the sample made no HTTP call').toBeGreaterThan(0);
        expect(
          statuses.filter((status) => driftStatuses.has(status)),
          result.stdout,
        ).toEqual([]);
      } else {
        const file = join(work, `sample-${sample.line}.mts`);
        writeFileSync(file, sample.code.replaceAll(sandboxHost, origin));
        const result = await run(process.execPath, [file], env);
        expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      }
    }, 120_000);
  }
});
