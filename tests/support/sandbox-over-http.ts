/**
 * What the sample suites (guide, reference, Postman) share: the sandbox served
 * over HTTP on a free port for the test file, a fresh state with a token of
 * the full-access app, a scratch folder, and a way to run a sample as a child
 * process without blocking the sandbox that answers it. A new kind of sample
 * (another language's client) needs only a `runSample` branch of its own.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createSandbox } from '../../sandbox/handlers/index.ts';
import { createSandboxHttpServer } from '../../sandbox/http-adapter.ts';
import { allScopes, apps, type App } from '../../sandbox/state/apps.ts';

export interface SandboxOverHttp {
  /** `http://127.0.0.1:<port>`, set once the file's `beforeAll` has run. */
  readonly origin: string;
  /** A folder for sample files, removed after the file's tests. */
  readonly work: string;
  /** The sandbox app that holds every scope, whose credentials the samples sign in with. */
  readonly app: App;
  call: (path: string, init?: RequestInit & { token?: string }) => Promise<Response>;
  /** Resets the sandbox and signs in as the full-access app. */
  freshSandbox: () => Promise<{ accessToken: string; refreshToken: string }>;
  /**
   * Resets the sandbox and returns the environment a reader's shell has after
   * the quickstart: `ACCESS_TOKEN`, `REFRESH_TOKEN` and `BLUEROUND_API_BASE`
   * pointing at this server.
   */
  readerEnvironment: () => Promise<NodeJS.ProcessEnv>;
}

/** Starts the sandbox over HTTP for the calling test file (beforeAll) and stops it after (afterAll). */
export function useSandboxOverHttp(workPrefix: string): SandboxOverHttp {
  const { handlers, engine } = createSandbox();
  const server = createSandboxHttpServer(handlers, engine);
  const work = mkdtempSync(join(tmpdir(), `${workPrefix}-`));
  const app = apps.find((candidate) => allScopes.every((scope) => candidate.scopes.includes(scope)));
  if (!app) throw new Error('sandbox/state/apps.ts lists no app with every scope.');
  let origin = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(work, { recursive: true, force: true });
  });

  const call = (path: string, init: RequestInit & { token?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
    return fetch(`${origin}${path}`, { ...init, headers });
  };

  return {
    get origin() {
      return origin;
    },
    work,
    app,
    call,
    async freshSandbox() {
      await call('/_sandbox/reset', { method: 'POST' });
      const response = await call('/oauth/token', {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: app.clientId,
          client_secret: app.clientSecret,
        }),
      });
      const token = (await response.json()) as { access_token: string; refresh_token: string };
      return { accessToken: token.access_token, refreshToken: token.refresh_token };
    },
    async readerEnvironment() {
      const { accessToken, refreshToken } = await this.freshSandbox();
      return { ...process.env, ACCESS_TOKEN: accessToken, REFRESH_TOKEN: refreshToken, BLUEROUND_API_BASE: origin };
    },
  };
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Async on purpose: the sandbox answers from this process, so blocking it would hang the sample. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(command, args, { env, encoding: 'utf8', timeout: timeoutMs }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

// Runs every curl with a status line on stderr, leaving stdout (and so `| jq`) untouched.
const curlRecorder = `curl() { command curl -sS --write-out '%{stderr}SAMPLE_HTTP_STATUS %{http_code}\\n' "$@"; }\n`;

/** Runs a bash sample as printed (`-e -o pipefail`), with the status of each curl call it made. */
export async function runCurlSample(
  code: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<RunResult & { statuses: number[] }> {
  const result = await run('bash', ['-e', '-o', 'pipefail', '-c', curlRecorder + code], env, timeoutMs);
  const statuses = [...result.stderr.matchAll(/SAMPLE_HTTP_STATUS (\d{3})/g)].map((match) => Number(match[1]));
  return { ...result, statuses };
}
