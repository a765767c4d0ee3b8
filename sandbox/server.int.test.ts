/* eslint-disable @typescript-eslint/no-unsafe-member-access -- answers are read loosely after call() validated them against the spec. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxRequestBodyBytes } from '../policy/policy.ts';
import { capture, sharedConformance } from './testing/harness.ts';

let child: ChildProcess;
let base = '';

beforeAll(async () => {
  await sharedConformance();
  child = spawn(process.execPath, ['sandbox/server.ts'], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  const banner = chunk.toString();
  expect(banner).toMatch(/^BlueRound sandbox listening on http:\/\/127\.0\.0\.1:\d+ — Ctrl\+C to stop\n$/);
  base = /(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1] ?? '';
}, 30_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

async function http(method: string, path: string, init: RequestInit = {}) {
  const answer = await capture(await fetch(`${base}${path}`, { ...init, method }));
  expect((await sharedConformance()).check(method, `${base}${path}`, answer)).toEqual([]);
  return answer;
}

describe('npm run sandbox (HTTP)', () => {
  it('serves the same handlers on the loopback origin', async () => {
    const issued = await http('POST', '/oauth/token', {
      headers: {
        authorization: `Basic ${btoa('sandbox_app_full:sandbox_secret_full')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    expect(issued.status).toBe(200);
    const auth = { authorization: `Bearer ${issued.json.access_token}` };
    expect((await http('GET', '/v1/users?limit=2', { headers: auth })).json.data).toHaveLength(2);
    expect((await http('GET', '/v1/nothing', { headers: auth })).status).toBe(404);
    expect((await http('PUT', '/v1/users', { headers: auth })).status).toBe(405);
    const huge = await http('POST', '/v1/locks', {
      headers: { ...auth, 'content-type': 'application/json' },
      body: `{"resource":"${'x'.repeat(maxRequestBodyBytes * 2)}","ttl_seconds":5}`,
    });
    expect(huge.status).toBe(413);
  });

  it('stops cleanly on SIGTERM', async () => {
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });
});
