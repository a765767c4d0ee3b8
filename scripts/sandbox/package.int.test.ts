/**
 * Integration: the sandbox as integrators get it. Builds the package, packs it
 * with `npm pack`, installs the tarball into an empty folder (dependencies from
 * the npm cache or registry), starts it with `npx @blueround/sandbox`, asks it
 * for a token, and runs the quickstart's curl steps against it through
 * BLUEROUND_API_BASE, as the quickstart tells readers to.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeBlocks } from '../../lib/markdown/code-blocks.ts';
import { buildSandboxPackage, sandboxDir } from './build-package.ts';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'sandbox-package-'));
const project = join(work, 'empty-project');
let server: ChildProcess | undefined;
let origin = '';

async function startFromTarball(): Promise<void> {
  await buildSandboxPackage();
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: sandboxDir });
  const [{ filename, files }] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
  expect(files.map((file) => file.path).sort()).toEqual(['dist/server.js', 'package.json']);

  await run('mkdir', ['-p', project]);
  expect(readdirSync(project)).toEqual([]);
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, filename)], {
    cwd: project,
  });

  // Its own process group, so stopping it also stops the sandbox npx started.
  server = spawn('npx', ['--offline', '@blueround/sandbox', '--port', '0'], {
    cwd: project,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [chunk] = (await once(server.stdout!, 'data')) as [Buffer];
  origin = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString())?.[1] ?? '';
  expect(origin, chunk.toString()).not.toBe('');
}

beforeAll(startFromTarball, 240_000);

afterAll(() => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

describe('@blueround/sandbox from a packed tarball', () => {
  it('answers a token request', async () => {
    const response = await fetch(`${origin}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'sandbox_app_full',
        client_secret: 'sandbox_secret_full',
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
  });

  it("passes the quickstart's curl steps with BLUEROUND_API_BASE set", async () => {
    const steps = codeBlocks('src/content/docs/guides/quickstart.mdx').filter(
      (block) => block.lang === 'bash' && block.code.includes('curl'),
    );
    expect(steps.length).toBeGreaterThanOrEqual(4);
    const script = [
      `curl() { command curl -sS --write-out '%{stderr}STEP_HTTP_STATUS %{http_code}\\n' "$@"; }`,
      ...steps.map((step) => step.code),
    ].join('\n');
    const { stdout, stderr } = await run('bash', ['-e', '-o', 'pipefail', '-c', script], {
      env: { ...process.env, BLUEROUND_API_BASE: origin, ACCESS_TOKEN: '' },
    });
    const statuses = [...stderr.matchAll(/STEP_HTTP_STATUS (\d{3})/g)].map((match) => Number(match[1]));
    expect(statuses.length, stdout).toBeGreaterThanOrEqual(steps.length);
    expect(
      statuses.filter((status) => status < 200 || status > 299),
      stdout,
    ).toEqual([]);
  });
});
