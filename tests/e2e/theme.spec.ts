import { expect, test } from '@playwright/test';

test('the theme picker switches between dark and light and remembers the choice', async ({ page }) => {
  await page.goto('');
  const html = page.locator('html');
  const picker = page.locator('starlight-theme-select select').first();

  await picker.selectOption('dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await picker.selectOption('light');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(lightBackground).not.toBe(darkBackground);

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
});
