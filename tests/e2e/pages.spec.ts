import { expect, test } from '@playwright/test';
import { readSiteEnv } from '../../scripts/lib/site-env.ts';
import { relativeToBase, sitemapPaths } from '../support/sitemap.ts';

const { base } = readSiteEnv();
const pages = sitemapPaths().map((path) => relativeToBase(path, base));

test('the sitemap lists the site', () => {
  expect(pages.length).toBeGreaterThan(1);
});

for (const path of pages) {
  test(`/${path} answers 200 without console errors`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first()).toBeVisible();
    expect(problems).toEqual([]);
  });
}

test('an unknown path shows the helpful 404 page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'API reference' })).toBeVisible();
});
