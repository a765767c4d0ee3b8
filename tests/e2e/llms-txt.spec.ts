/**
 * The files for assistants and tools on the built site: /llms.txt lists every
 * page's Markdown twin, the twins and /llms-full.txt are plain Markdown with
 * placeholders resolved and diagrams as Mermaid source plus text alternative,
 * "Copy page as Markdown" copies the twin, and the Postman files are served.
 */
import { expect, test } from '@playwright/test';
import { twinPath } from '../../src/lib/llms/twin-path.ts';
import { readSiteEnv } from '../../lib/site-env.ts';
import { relativeToBase, sitemapPaths } from '../support/sitemap.ts';

const { base } = readSiteEnv();

test('/llms.txt links the Markdown twin of every page, and each twin answers', async ({ request }) => {
  const index = await (await request.get('llms.txt')).text();
  expect(index).toMatch(/^# BlueRound Docs\n\n> /);
  const pages = sitemapPaths().map((path) => `/${relativeToBase(path, base)}`);
  expect(pages.length).toBeGreaterThan(20);
  for (const page of pages) {
    const twin = twinPath(page);
    expect(index, `${page} is not listed`).toContain(`${twin.slice(1)})`);
    const response = await request.get(twin.slice(1));
    expect(response.status(), twin).toBe(200);
    expect(await response.text(), twin).toMatch(/^# \S/);
  }
});

test('/llms-full.txt holds every page, reference samples and diagram sources, placeholders resolved', async ({
  request,
}) => {
  const full = await (await request.get('llms-full.txt')).text();
  expect(full).toContain('# Users API');
  expect(full).toContain('## List users');
  expect(full).toMatch(
    /```bash\ncurl "\$\{BLUEROUND_API_BASE:-https:\/\/sandbox\.blueround\.test\}\/v1\/users\?limit=20"/,
  );
  expect(full).toContain('```mermaid');
  expect(full).toContain('Diagram (text alternative): OAuth 2.0 token lifecycle');
  // The contributing guide shows placeholders on purpose (`{{raw:policy.x}}`); every other page has them filled.
  const pages = full.split('\n---\n').filter((page) => !page.includes('/contributing/ -->'));
  expect(pages.length).toBeGreaterThan(20);
  expect(pages.filter((page) => /\{\{\s*policy\./.test(page)).map((page) => page.slice(0, 80))).toEqual([]);
  expect(full).not.toMatch(/^import .* from '@astrojs/m);
  expect(full).not.toMatch(/<\/?(Tabs|TabItem)\b/);
});

test('"Copy page as Markdown" puts the page twin on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('guides/quickstart/');
  await expect(page.getByRole('button', { name: 'Copy page as Markdown' })).toBeVisible();
  // Its name changes to "Copied" once done, so hold on to it by its attribute.
  const button = page.locator('button[data-copy-markdown]');
  await button.focus();
  await button.press('Enter');
  await expect(button).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('# Quickstart')).toBe(true);
  expect(copied).toContain('**curl**');
  await expect(page.getByRole('link', { name: 'View as Markdown' })).toHaveAttribute('href', /guides\/quickstart\.md$/);
});

test('the Postman collection and environments are published beside /openapi.json', async ({ request }) => {
  const collection = (await (await request.get('blueround.postman_collection.json')).json()) as {
    info: { schema: string };
    item: { name: string }[];
    auth: { type: string };
  };
  expect(collection.info.schema).toBe('https://schema.getpostman.com/json/collection/v2.1.0/collection.json');
  expect(collection.auth.type).toBe('oauth2');
  expect(collection.item.map((folder) => folder.name)).toContain('Users');
  for (const name of ['sandbox', 'production']) {
    const environment = (await (await request.get(`blueround-${name}.postman_environment.json`)).json()) as {
      values: { key: string }[];
    };
    expect(environment.values.map((value) => value.key)).toEqual(['baseUrl', 'clientId', 'clientSecret']);
  }
});
