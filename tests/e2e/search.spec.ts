import { expect, test } from '@playwright/test';

async function search(page: import('@playwright/test').Page, query: string) {
  await page.goto('');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const box = page.getByRole('dialog').locator('.pagefind-ui__search-input');
  await box.fill(query);
  return page.locator('.pagefind-ui__result-link');
}

test('searching "Retry-After" finds the rate-limit page', async ({ page }) => {
  const results = await search(page, 'Retry-After');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.some((href) => href.includes('rate-limits/'))).toBe(true);
});

test('diagram text versions are searchable', async ({ page }) => {
  const results = await search(page, 'Refresh succeeded');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.some((href) => href.includes('flowcharts/authentication/'))).toBe(true);
});
