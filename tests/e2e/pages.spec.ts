import { expect, test } from '@playwright/test';
import { readSiteEnv } from '../../lib/site-env.ts';
import { blockingViolations } from '../a11y/axe.ts';
import { relativeToBase, sitemapPaths } from '../../scripts/sitemap.ts';

/**
 * Every page of the built site, once per theme: it answers 200, shows its
 * heading, logs no console error, and axe finds no serious or critical
 * violation. One visit does all four, so a page is loaded twice, not three
 * times. Each test carries its section's tag (@content, @guides, @reference, @sandbox), which is how playwright.config.ts
 * shards the suite by page type.
 */
const { base } = readSiteEnv();
const pages = sitemapPaths().map((path) => relativeToBase(path, base));

function sectionTag(path: string): '@reference' | '@sandbox' | '@guides' | '@content' {
  if (path.startsWith('reference/')) return '@reference';
  if (path.startsWith('guides/')) return '@guides';
  if (path.startsWith('sandbox/')) return '@sandbox';
  return '@content';
}

test('the sitemap lists the site', () => {
  expect(pages.length).toBeGreaterThan(1);
});

for (const path of pages) {
  for (const theme of ['light', 'dark'] as const) {
    test(
      `/${path} loads cleanly and has no serious or critical axe violation (${theme})`,
      { tag: sectionTag(path) },
      async ({ page }) => {
        // axe walks every node: the long reference pages need more than the default 30 s on two cores.
        test.setTimeout(120_000);
        const problems: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(message.text());
        });
        page.on('pageerror', (error) => problems.push(error.message));
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        const response = await page.goto(path, { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator('h1').first()).toBeVisible();
        // One "Copy page as Markdown" row: the reference's own pages once printed a second one.
        await expect(page.getByRole('button', { name: 'Copy page as Markdown' })).toHaveCount(1);
        // Astro drops a line break between text and a tag: "environment:<a>sandbox</a>" once read "environment:sandbox".
        const glued = await page
          .locator('main')
          .evaluate((main) =>
            [...main.querySelectorAll('p, li, td, th, dd')]
              .map((block) => block.innerHTML)
              .filter((html) => /[\w:,]<(a|code|strong)[\s>]|<\/(a|code|strong)>[A-Za-z(]/.test(html)),
          );
        expect(glued).toEqual([]);
        const blocking = await blockingViolations(page);
        expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
        expect(problems).toEqual([]);
      },
    );
  }
}

test('an unknown path shows the helpful 404 page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'API reference' })).toBeVisible();
  // It has no Markdown twin: no "View as Markdown" link to a second 404.
  await expect(page.getByRole('link', { name: 'View as Markdown' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy page as Markdown' })).toHaveCount(0);
});
