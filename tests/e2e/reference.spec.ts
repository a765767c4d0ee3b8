import { gzipSync } from 'node:zlib';
import { expect, test, type Locator, type Page, type Response } from '@playwright/test';

type Box = { x: number; y: number; width: number; height: number };
import { parse } from 'yaml';
import { readSiteEnv } from '../../lib/site-env.ts';
import { operationAnchor, tagSlug } from '../../src/lib/reference/slugs.ts';
import { relativeToBase, sitemapPaths } from '../../scripts/sitemap.ts';
import { operations } from '../../openapi/operations.ts';
import { createRefResolver, resolveAny } from '../../openapi/refs.ts';

type Json = Record<string, unknown>;

interface SpecOperation {
  method: string;
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  parameters: string[];
  statuses: string[];
}

const firstLoadBudget = 300 * 1024;
const { base } = readSiteEnv();
/** The static reference pages: the overview and one page per tag (not the API client, which is Scalar). */
const referencePages = sitemapPaths()
  .map((path) => relativeToBase(path, base))
  .filter((path) => path.startsWith('reference/') && path !== 'reference/try/');
/** Scalar's bundle names itself (it logs its version); chunk file names are the bundler's to choose. */
const scalarMarker = '@scalar/api-reference';

function operationsOf(spec: Json): SpecOperation[] {
  return operations(spec, resolveAny(createRefResolver(spec))).map(({ method, path, operation, parameters }) => ({
    method,
    path,
    operationId: operation['operationId'] as string,
    summary: operation['summary'] as string,
    tag: (operation['tags'] as string[])[0]!,
    parameters: parameters.map((parameter) => parameter['name'] as string),
    statuses: Object.keys(operation['responses'] as Json),
  }));
}

async function loadSpec(page: Page): Promise<Json> {
  const response = await page.request.get('openapi.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as Json;
}

/** Collects every script response until `stop()`: gzip sizes, and whether Scalar was among them. */
function recordScripts(page: Page) {
  const bodies: Promise<Buffer>[] = [];
  const listener = (response: Response) => {
    // Redirects carry no body.
    if (response.request().resourceType() !== 'script' || response.status() >= 300) return;
    // Chromium may drop a body before it is read (a response the service worker passed through,
    // on a busy machine): the same static file is then fetched again.
    bodies.push(response.body().catch(async () => (await page.request.get(response.url())).body()));
  };
  page.on('response', listener);
  return {
    async stop(): Promise<{ bytes: number; scalar: boolean }> {
      page.off('response', listener);
      const all = await Promise.all(bodies);
      return {
        bytes: all.reduce((sum, body) => sum + gzipSync(body).length, 0),
        scalar: all.some((body) => body.includes(scalarMarker)),
      };
    },
  };
}

/** gzip bytes of every script the page runs on first load: fetched modules and inline scripts. */
async function firstLoadScripts(page: Page, path: string): Promise<{ bytes: number; scalar: boolean }> {
  const recording = recordScripts(page);
  await page.goto(path, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? ''),
  );
  const fetched = await recording.stop();
  const inlineBytes = inline.reduce((sum, code) => sum + (code.trim() ? gzipSync(code).length : 0), 0);
  return { bytes: fetched.bytes + inlineBytes, scalar: fetched.scalar };
}

/** Result links of the site search, once Pagefind has rendered them (it fills them in progressively). */
async function searchReferenceHits(page: Page, query: string): Promise<() => Promise<string[]>> {
  await page.goto('');
  await page.getByRole('button', { name: 'Search' }).first().click();
  await page.getByRole('dialog').locator('.pagefind-ui__search-input').fill(query);
  const results = page.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  return () => results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

test.describe('static API reference', () => {
  test('every operation of the spec has a section on its tag page', async ({ page }) => {
    const spec = await loadSpec(page);
    const operations = operationsOf(spec);
    const tags = [...new Set(operations.map((operation) => operation.tag))];
    expect(operations.length).toBeGreaterThan(10);

    for (const tag of tags) {
      await page.goto(`reference/${tagSlug(tag)}/`);
      // One read per page: the page is static, so nothing needs waiting for.
      const rendered = await page.evaluate(() => ({
        toc: [...document.querySelectorAll('starlight-toc a')].map((link) => link.getAttribute('href')),
        sections: [...document.querySelectorAll('section.operation')].map((section) => ({
          id: section.querySelector('h2')?.id,
          title: section.querySelector('h2')?.textContent?.trim(),
          endpoint: section.querySelector('.endpoint')?.textContent?.replace(/\s+/g, ''),
          parameters: [...section.querySelectorAll('table.parameters th[scope="row"] code')].map(
            (code) => code.textContent,
          ),
          statuses: [...section.querySelectorAll('details.response summary .status')].map(
            (status) => status.textContent,
          ),
        })),
      }));
      const expected = operations.filter((candidate) => candidate.tag === tag);
      expect(rendered.sections.map((section) => section.id)).toEqual(
        expected.map((operation) => operationAnchor(operation.operationId)),
      );
      for (const [index, operation] of expected.entries()) {
        const section = rendered.sections[index]!;
        expect(section.title).toBe(operation.summary);
        expect(section.endpoint).toContain(`${operation.method.toUpperCase()}${operation.path}`);
        expect(section.parameters.sort()).toEqual([...new Set(operation.parameters)].sort());
        expect(section.statuses).toEqual(operation.statuses);
        expect(rendered.toc).toContain(`#${section.id}`);
      }
    }
  });

  test('the overview offers the spec as JSON and YAML, the same document both ways', async ({ page }) => {
    await page.goto('reference/');
    const jsonHref = await page.getByRole('link', { name: 'Download openapi.json' }).getAttribute('href');
    const yamlHref = await page.getByRole('link', { name: 'Download openapi.yaml' }).getAttribute('href');
    const json = await page.request.get(new URL(jsonHref!, page.url()).href);
    const yaml = await page.request.get(new URL(yamlHref!, page.url()).href);
    expect(json.headers()['content-type']).toContain('application/json');
    expect(yaml.headers()['content-type']).toContain('yaml');
    const fromJson = (await json.json()) as Json;
    expect(fromJson['openapi']).toBe('3.1.0');
    expect(parse(await yaml.text())).toEqual(fromJson);
  });

  test('the overview lists every error code with its status', async ({ page }) => {
    const spec = await loadSpec(page);
    const codes = createRefResolver(spec).resolve<Json>({ $ref: '#/components/schemas/ErrorCode' })['enum'] as string[];
    await page.goto('reference/');
    const table = page.getByRole('table', { name: 'Error codes of /v1' });
    for (const code of codes) await expect(table.getByRole('rowheader', { name: code, exact: true })).toHaveCount(1);
    await expect(table.getByRole('row', { name: /DUPLICATE_RESOURCE 409/ })).toContainText('POST /v1/users');
  });

  for (const path of referencePages) {
    test(`/${path} ships at most 300 KB gzip of JavaScript on first load, without Scalar`, async ({ page }) => {
      const { bytes, scalar } = await firstLoadScripts(page, path);
      test.info().annotations.push({ type: 'first-load JS (gzip)', description: `${(bytes / 1024).toFixed(1)} KB` });
      expect(bytes).toBeLessThanOrEqual(firstLoadBudget);
      expect(scalar).toBe(false);
      await expect(page.locator('.scalar-app')).toHaveCount(0);
    });
  }

  for (const query of ['DUPLICATE_RESOURCE', 'Idempotency-Key', 'refresh_token']) {
    test(`searching ${query} finds a reference page`, async ({ page }) => {
      const hrefs = await searchReferenceHits(page, query);
      await expect
        .poll(async () => (await hrefs()).filter((href) => href.includes('/reference/')), { message: query })
        .not.toEqual([]);
    });
  }
});

test.describe('API client', () => {
  test('"Try it" opens Scalar on the operation, on the sandbox only, and it follows the theme', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    const client = await openInviteUser(page);
    await expect(page).toHaveURL(/reference\/try\/#tag\/users\/createUser$/);
    await expect(client).toContainText('Invite a user');
    await expect(client).toContainText('https://sandbox.blueround.test');
    await expect(client).toContainText('/v1/users');

    const body = page.locator('body');
    await expect(body).toHaveClass(/\blight-mode\b/);
    const lightBackground = await client.evaluate((element) => getComputedStyle(element).backgroundColor);
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(body).toHaveClass(/\bdark-mode\b/);
    await expect(body).not.toHaveClass(/\blight-mode\b/);
    const darkBackground = await client.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(darkBackground).not.toBe(lightBackground);

    // Everything came from this site: no CDN, no telemetry, no proxy, never production.
    const site = new URL(page.url()).host;
    // The sandbox's reserved .test host is answered in the browser (see the next test).
    const foreign = requested.filter(
      (url) => /^https?:/.test(url) && new URL(url).host !== site && !new URL(url).hostname.endsWith('.test'),
    );
    expect(foreign).toEqual([]);
  });

  test('"Send" is answered by the in-browser sandbox, never by the network', async ({ page }) => {
    const fromNetwork: string[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).hostname.endsWith('.test') && !response.fromServiceWorker()) {
        fromNetwork.push(response.url());
      }
    });
    const client = await openClientOn(page, 'getCurrentApplication');
    await expect(client.getByText('Access Token:')).toBeVisible();
    await sendButton(client, 'GET', '/v1/me').click();
    await expect(client).toContainText('200 OK');
    await expect(client).toContainText(/"id": "app_/);
    expect(fromNetwork).toEqual([]);
  });

  test('the first Send of "List users" sends no optional filter and lists users of every status', async ({ page }) => {
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith('https://sandbox.blueround.test/v1/users')) sent.push(request.url());
    });
    const client = await openClientOn(page, 'listUsers');
    await expect(client.getByText('Access Token:')).toBeVisible();
    await client
      .getByRole('button', { name: /^Send get request to https:\/\/sandbox\.blueround\.test\/v1\/users/ })
      .click();
    await expect(client).toContainText('200 OK');
    expect(sent).toHaveLength(1);
    const query = new URL(sent[0]!).searchParams;
    expect(query.has('status')).toBe(false);
    expect(query.has('cursor')).toBe(false);
    await expect(client).toContainText('"status": "active"');
    await expect(client).toContainText('"status": "pending_invite"');
  });

  test('Scalar loads only when the API client is opened', async ({ page }) => {
    const { bytes: staticBytes } = await firstLoadScripts(page, 'reference/users/');
    const recording = recordScripts(page);
    await page.goto('reference/try/');
    await expect(page.locator('.scalar-app')).toHaveCount(0);
    await page.getByRole('button', { name: 'Open the API client' }).click();
    await expect(page.locator('[data-api-client][data-state="ready"]')).toHaveCount(1, { timeout: 30_000 });
    await expect(page.locator('.scalar-app').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const { bytes: clientBytes, scalar } = await recording.stop();
    expect(scalar).toBe(true);
    test
      .info()
      .annotations.push(
        { type: 'reference page JS (gzip)', description: `${(staticBytes / 1024).toFixed(1)} KB` },
        { type: 'API client page JS with Scalar (gzip)', description: `${(clientBytes / 1024).toFixed(1)} KB` },
      );
    expect(clientBytes).toBeGreaterThan(staticBytes);
  });
});

/** Scalar's request dialog, once it is open (loading Scalar takes a while under load). */
async function clientDialog(page: Page): Promise<Locator> {
  const client = page.getByRole('dialog', { name: 'API Client' });
  await expect(client).toBeVisible({ timeout: 30_000 });
  return client;
}

/** Opens the client the way a reader does: Users page → Invite a user → "Try it in the API client". */
async function openInviteUser(page: Page): Promise<Locator> {
  await page.goto('reference/users/');
  await page
    .locator('section.operation', { has: page.locator('h2#create-user') })
    .getByRole('link', { name: 'Try it in the API client' })
    .click();
  return clientDialog(page);
}

/** Opens the client on one operation by its link, `reference/try/?operation=<operationId>`. */
async function openClientOn(page: Page, operationId: string): Promise<Locator> {
  await page.goto(`reference/try/?operation=${operationId}`);
  return clientDialog(page);
}

/** Scalar's Send button for `METHOD path` on the sandbox. */
function sendButton(client: Locator, method: string, path: string): Locator {
  const url = `https://sandbox.blueround.test${path}`.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return client.getByRole('button', { name: new RegExp(`^Send ${method.toLowerCase()} request to ${url}`) });
}

/** The access token in Scalar's auth panel (shown masked, so read from the field). */
function shownToken(client: Locator): Promise<string | undefined> {
  return client
    .locator('input')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value).find((v) => v.startsWith('at_')));
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  expect(found, `${locator.toString()} has no box`).not.toBeNull();
  return found!;
}

/** Whether the topmost element at the centre of `target` is `target` itself (or inside it), i.e. nothing covers it. */
function uncovered(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const top = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
    return top !== null && element.contains(top);
  });
}

test.describe('API client sign-in', () => {
  test('the first Send of "Invite a user" is signed in and answers 201, without Authorize', async ({ page }) => {
    const authorizations: string[] = [];
    page.on('request', (request) => {
      if (request.url() === 'https://sandbox.blueround.test/v1/users') {
        authorizations.push(request.headers()['authorization'] ?? '');
      }
    });
    const client = await openInviteUser(page);
    await expect(client.getByText('Access Token:')).toBeVisible();
    expect(await shownToken(client)).toMatch(/^at_/);

    await client.getByRole('button', { name: /^Send post request/ }).click();
    await expect(client).toContainText('201 Created');
    expect(authorizations).toEqual([`Bearer ${await shownToken(client)}`]);
  });

  test("a token the sandbox's clock has expired is renewed before the next Send", async ({ page }) => {
    const client = await openClientOn(page, 'getCurrentApplication');
    const send = sendButton(client, 'GET', '/v1/me');
    const first = await shownToken(client);
    expect(first).toMatch(/^at_/);

    // One hour on the sandbox's virtual clock: the token's whole life.
    const now = await page.evaluate(async () => {
      const response = await fetch('https://sandbox.blueround.test/_sandbox/clock', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ advance_seconds: 3600 }),
      });
      return response.status;
    });
    expect(now).toBe(200);

    const answered = page.waitForResponse((response) => response.url() === 'https://sandbox.blueround.test/v1/me');
    await send.click();
    const response = await answered;
    expect(response.status()).toBe(200);
    expect(response.request().headers()['authorization']).not.toBe(`Bearer ${first}`);
    await expect.poll(() => shownToken(client)).not.toBe(first);
    expect(response.request().headers()['authorization']).toBe(`Bearer ${await shownToken(client)}`);
  });

  test('"Authorize" still signs in with other credentials', async ({ page }) => {
    const client = await openClientOn(page, 'getCurrentApplication');
    await client.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect(client.getByRole('button', { name: 'Authorize' })).toBeVisible();
    await client
      .locator('tr', { hasText: 'Client ID' })
      .locator('[contenteditable="true"]')
      .fill('sandbox_app_readonly');
    await client.locator('tr', { hasText: 'Client Secret' }).locator('input').fill('sandbox_secret_readonly');
    // The read-only app holds users:read only; asking for no scope grants what it has.
    await client.getByRole('button', { name: 'Deselect All' }).click();
    await client.getByRole('button', { name: 'Authorize' }).click();
    await expect(client.getByText('Access Token:')).toBeVisible();

    await sendButton(client, 'GET', '/v1/me').click();
    await expect(client).toContainText('200 OK');
    await expect(client).toContainText('"name": "Sandbox read-only"');
  });
});

test.describe('API client layout on a desktop', () => {
  test('its close button sits inside the client, clear of the theme menu', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const client = await openInviteUser(page);
    const close = client.getByRole('button', { name: 'Close Client' });
    const theme = page.locator('starlight-theme-select select').first();
    expect(overlap(await box(close), await box(theme))).toBe(false);
    expect(await uncovered(theme)).toBe(true);
    expect(await uncovered(close)).toBe(true);

    await client.getByRole('button', { name: /^Send post request/ }).click();
    await expect(client).toContainText('201 Created');
    await expect(client.getByText('201 Created')).toBeInViewport();
    await testInfo.attach('desktop after Send', { body: await page.screenshot(), contentType: 'image/png' });
    await close.click();
    await expect(client).toBeHidden();
  });
});

test.describe('API client layout on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const theme of ['light', 'dark'] as const) {
    test(`nothing covers the address, the site's menu or its header (${theme})`, async ({ page }) => {
      await page.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
      const client = await openInviteUser(page);
      const toggle = client.getByRole('button', { name: 'Show sidebar' });
      const address = client.getByRole('button', { name: /^Server:/ });
      const close = client.getByRole('button', { name: 'Close Client' });
      const menu = page.locator('button.sl-menu-button');
      const header = page.locator('header.header');

      expect(overlap(await box(toggle), await box(address))).toBe(false);
      expect(await uncovered(address)).toBe(true);
      expect(overlap(await box(close), await box(menu))).toBe(false);
      expect(await uncovered(menu)).toBe(true);
      expect(await uncovered(close)).toBe(true);
      // Across the header's whole width, the topmost element belongs to the header.
      const { y, height } = await box(header);
      const clean = await header.evaluate(
        (element, row) => [10, 100, 200, 300, 380].every((x) => element.contains(document.elementFromPoint(x, row))),
        y + height / 2,
      );
      expect(clean).toBe(true);
    });
  }

  test('after Send the response is scrolled into view', async ({ page }, testInfo) => {
    const client = await openInviteUser(page);
    await client.getByRole('button', { name: /^Send post request/ }).tap();
    await expect(client).toContainText('201 Created');
    await expect(client.getByText('201 Created')).toBeInViewport();
    await testInfo.attach('phone after Send', { body: await page.screenshot(), contentType: 'image/png' });
  });
});

test.describe('request samples', { tag: '@phone' }, () => {
  /** The tab labels of one operation's samples, and the selected one. */
  async function tabsOf(page: Page, operationId: string) {
    const tabs = page.locator(`[data-operation-id="${operationId}"] [role="tab"]`);
    return { tabs, labels: (await tabs.allTextContents()).map((label) => label.trim()) };
  }

  test('the SDK tab sits beside curl, fetch and Python where the client has the call, and the choice follows the reader', async ({
    page,
  }, testInfo) => {
    await page.goto('reference/users/');
    const { tabs, labels } = await tabsOf(page, 'listUsers');
    expect(labels).toEqual(['curl', 'TypeScript', 'TypeScript (SDK)', 'Python']);
    // Every tab shows whole on the screen, none scrolled out of its row.
    const width = page.viewportSize()!.width;
    for (const tab of await tabs.all()) {
      const box = (await tab.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    const sdk = tabs.filter({ hasText: 'TypeScript (SDK)' });
    if (testInfo.project.use.hasTouch) await sdk.tap();
    else await sdk.click();
    const panel = page.locator('[data-operation-id="listUsers"]').getByRole('tabpanel', { name: 'TypeScript (SDK)' });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText("import { createClient } from '@blueround/redcore';");
    await expect(panel).toContainText('await client.users.list({ limit: 20 });');

    await page.goto('reference/locks/');
    const locks = await tabsOf(page, 'acquireLock');
    await expect(locks.tabs.filter({ hasText: 'TypeScript (SDK)' })).toHaveAttribute('aria-selected', 'true');

    // The sandbox controls have no client call: no SDK tab, and the page falls back to its first tab.
    await page.goto('reference/sandbox-controls/');
    const reset = await tabsOf(page, 'resetSandbox');
    expect(reset.labels).toEqual(['curl', 'TypeScript', 'Python']);
    await expect(reset.tabs.first()).toHaveAttribute('aria-selected', 'true');
  });
});
