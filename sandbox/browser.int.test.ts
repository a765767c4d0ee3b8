/**
 * The browser sandbox in real Chromium: the service worker registers under a
 * base path, startBrowserSandbox() is idempotent and resolves only once requests
 * are answered, state lives in IndexedDB (survives a reload, shared by tabs), two
 * tabs writing at once lose no update, and other hosts pass through.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const base = '/docs/';
let server: Server;
let browser: Browser;
let siteUrl = '';

beforeAll(async () => {
  const bundle = await build({
    stdin: {
      contents: `import { startBrowserSandbox } from './sandbox/browser.ts'; window.startSandbox = () => startBrowserSandbox({ base: ${JSON.stringify(base)} });`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  });
  const files: Record<string, [string, string]> = {
    [`${base}index.html`]: [
      'text/html',
      '<!doctype html><title>sandbox</title><script type="module" src="app.js"></script>',
    ],
    [`${base}app.js`]: ['text/javascript', bundle.outputFiles[0]?.text ?? ''],
    [`${base}mockServiceWorker.js`]: ['text/javascript', readFileSync('public/mockServiceWorker.js', 'utf8')],
  };
  server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    response.writeHead(file ? 200 : 404, { 'Content-Type': file?.[0] ?? 'text/plain' });
    response.end(file?.[1] ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}index.html`;
  // The project's one Chromium resolver: in CI this runs instead of being skipped.
  browser = await chromium.launch(await chromiumLaunchOptions());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function open(context: Awaited<ReturnType<Browser['newContext']>>): Promise<Page> {
  const page = await context.newPage();
  await page.goto(siteUrl);
  await page.waitForFunction(() => 'startSandbox' in window);
  return page;
}

/** Starts the sandbox in the page (twice, to prove idempotence) and returns a bearer token. */
async function start(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const w = window as unknown as { startSandbox: () => Promise<void> };
    const first = w.startSandbox();
    if (w.startSandbox() !== first) throw new Error('startBrowserSandbox is not idempotent');
    await first;
    // Fired right after start() resolves: must be answered by the worker, not lost.
    const response = await fetch('https://sandbox.blueround.test/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=sandbox_app_full&client_secret=sandbox_secret_full',
    });
    return ((await response.json()) as { access_token: string }).access_token;
  });
}

describe('browser sandbox (Chromium)', () => {
  it('persists state across reloads, shares it between tabs and loses no concurrent update', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    const token = await start(page);
    const created = await page.evaluate(async (bearer) => {
      const response = await fetch('https://sandbox.blueround.test/v1/users', {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'persist@example.com', name: 'Persist', role: 'viewer' }),
      });
      return response.status;
    }, token);
    expect(created).toBe(201);

    await page.reload();
    await page.waitForFunction(() => 'startSandbox' in window);
    const tokenAfterReload = await start(page);
    const second = await open(context);
    const secondToken = await start(second);

    const write = (target: Page, bearer: string, tab: string) =>
      target.evaluate(
        async ({ bearer: value, tab: name }) => {
          const statuses = await Promise.all(
            Array.from({ length: 15 }, (_, index) =>
              fetch('https://sandbox.blueround.test/v1/users', {
                method: 'POST',
                headers: { authorization: `Bearer ${value}`, 'content-type': 'application/json' },
                body: JSON.stringify({
                  email: `${name}-${index}@example.com`,
                  name: `${name} ${index}`,
                  role: 'viewer',
                }),
              }).then((response) => response.status),
            ),
          );
          return statuses;
        },
        { bearer, tab },
      );
    const [fromFirst, fromSecond] = await Promise.all([
      write(page, tokenAfterReload, 'one'),
      write(second, secondToken, 'two'),
    ]);
    expect([...fromFirst, ...fromSecond].every((status) => status === 201)).toBe(true);

    const emails = await second.evaluate(async (bearer) => {
      const response = await fetch('https://sandbox.blueround.test/v1/users?limit=100', {
        headers: { authorization: `Bearer ${bearer}` },
      });
      return ((await response.json()) as { data: { email: string }[] }).data.map((user) => user.email);
    }, secondToken);
    expect(emails).toContain('persist@example.com');
    expect(emails.filter((email) => /^(one|two)-\d+@example\.com$/.test(email))).toHaveLength(30);

    const passthrough = await page.evaluate(async () => (await fetch(location.href)).status);
    expect(passthrough).toBe(200);
    await context.close();
  }, 60_000);
});
