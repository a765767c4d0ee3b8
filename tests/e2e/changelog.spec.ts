import { expect, test } from '@playwright/test';
import { readSiteEnv } from '../../lib/site-env.ts';
import { changelogPath, loadChangelog } from '../../src/lib/api-changelog.ts';
import { currentApiVersion } from '../../policy/policy.ts';

const { base } = readSiteEnv();
const entries = loadChangelog(undefined, changelogPath);

test.describe('API changelog', () => {
  test('lists every entry newest first, the current version included', async ({ page }) => {
    await page.goto('reference/changelog/');
    await expect(page.getByRole('heading', { level: 1, name: 'API changelog' })).toBeVisible();
    const sections = page.locator('section.changelog-entry');
    await expect(sections).toHaveCount(entries.length);
    const dates = await sections
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    await expect(
      page.locator('section.changelog-entry', { hasText: `version ${currentApiVersion}` }).first(),
    ).toBeVisible();
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      `${base}reference/changelog.xml`,
    );
  });

  test('links every operation it names to that operation on its reference page', async ({ page, request }) => {
    await page.goto('reference/changelog/');
    const hrefs = await page
      .locator('.changelog-operations a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const named = entries.reduce((count, entry) => count + entry.operations.length, 0);
    expect(hrefs).toHaveLength(named);
    const pages = new Map<string, string>();
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      if (!pages.has(url.pathname)) {
        const response = await request.get(url.pathname);
        expect(response.status(), url.pathname).toBe(200);
        pages.set(url.pathname, await response.text());
      }
      expect(pages.get(url.pathname), href).toContain(`id="${url.hash.slice(1)}"`);
    }
  });

  test('is reachable from the sidebar and by keyboard', async ({ page }) => {
    await page.goto('reference/');
    const link = page.locator('nav[aria-label="Main"] a', { hasText: 'Changelog' });
    await expect(link).toHaveAttribute('href', `${base}reference/changelog/`);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/reference\/changelog\/$/);
    const first = page.locator('.changelog-operations a').first();
    await first.focus();
    const target = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  test('fits a phone screen in both themes', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    for (const theme of ['light', 'dark'] as const) {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto('reference/changelog/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, theme).toBeLessThanOrEqual(0);
    }
  });

  test('publishes an Atom feed with one entry per change, linking back to the page', async ({ request }) => {
    const response = await request.get('reference/changelog.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const ids = [...xml.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((match) => match[1]!);
    expect(ids).toHaveLength(entries.length);
    for (const id of ids) expect(id).toMatch(/\/reference\/changelog\/#\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
