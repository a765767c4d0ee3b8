import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type Response } from '@playwright/test';
import { parse } from 'yaml';
import { readSiteEnv } from '../../scripts/lib/site-env.ts';
import { operationAnchor, tagSlug } from '../../src/lib/reference/slugs.ts';
import { relativeToBase, sitemapPaths } from '../support/sitemap.ts';
import { httpMethods } from '../../openapi/http-methods.ts';

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

/** Follows `#/…` references of the published bundle. */
function deref(spec: Json, value: unknown): Json {
  let current = value as Json;
  while (typeof current['$ref'] === 'string') {
    current = current['$ref']
      .slice(2)
      .split('/')
      .reduce((node, key) => node[key.replace(/~1/g, '/').replace(/~0/g, '~')] as Json, spec);
  }
  return current;
}

function operationsOf(spec: Json): SpecOperation[] {
  return Object.entries(spec['paths'] as Record<string, Json>).flatMap(([path, item]) =>
    httpMethods
      .filter((method) => item[method])
      .map((method) => {
        const operation = item[method] as Json;
        const parameters = [
          ...((item['parameters'] as unknown[]) ?? []),
          ...((operation['parameters'] as unknown[]) ?? []),
        ];
        return {
          method,
          path,
          operationId: operation['operationId'] as string,
          summary: operation['summary'] as string,
          tag: (operation['tags'] as string[])[0]!,
          parameters: parameters.map((parameter) => deref(spec, parameter)['name'] as string),
          statuses: Object.keys(operation['responses'] as Json),
        };
      }),
  );
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
    bodies.push(response.body());
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
    const codes = deref(spec, { $ref: '#/components/schemas/ErrorCode' })['enum'] as string[];
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
    await page.goto('reference/users/');
    await page
      .locator('section.operation', { has: page.locator('h2#create-user') })
      .getByRole('link', { name: 'Try it in the API client' })
      .click();

    const client = page.getByRole('dialog', { name: 'API Client' });
    await expect(client).toBeVisible({ timeout: 30_000 });
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
    const foreign = requested.filter((url) => /^https?:/.test(url) && new URL(url).host !== site);
    expect(foreign).toEqual([]);
  });

  test('"Send" is answered by the in-browser sandbox, never by the network', async ({ page }) => {
    const fromNetwork: string[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).hostname.endsWith('.test') && !response.fromServiceWorker()) {
        fromNetwork.push(response.url());
      }
    });
    await page.goto('reference/try/?operation=getCurrentApplication');
    const client = page.getByRole('dialog', { name: 'API Client' });
    await expect(client).toBeVisible({ timeout: 30_000 });
    await client.getByRole('button', { name: 'Authorize' }).click();
    await expect(client.getByText('Access Token:')).toBeVisible();
    await client
      .getByRole('button', { name: /^Send get request to https:\/\/sandbox\.blueround\.test\/v1\/me/ })
      .click();
    await expect(client).toContainText('200 OK');
    await expect(client).toContainText(/"id": "app_/);
    expect(fromNetwork).toEqual([]);
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
