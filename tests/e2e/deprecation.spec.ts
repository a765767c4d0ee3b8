import { expect, test } from '@playwright/test';

/**
 * No operation of the spec is deprecated today, so this serves the API client a
 * copy of the published spec in which one operation and one property are, and
 * checks Scalar marks them without any help from us.
 */
test('the API client shows no deprecation marker while nothing is deprecated', async ({ page }) => {
  await page.goto('reference/try/?operation=getCurrentApplication');
  await expect(page.getByRole('dialog', { name: 'API Client' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.scalar-app').first()).toContainText('/v1/me', { timeout: 30_000 });
  await expect(page.getByText('Deprecated', { exact: false })).toHaveCount(0);
});

test('the API client marks a deprecated operation and property', async ({ page }) => {
  await page.route('**/openapi.json', async (route) => {
    const response = await route.fetch();
    const spec = (await response.json()) as {
      paths: Record<string, Record<string, { deprecated?: boolean }>>;
      components: { schemas: Record<string, { properties: Record<string, { deprecated?: boolean }> }> };
    };
    spec.paths['/v1/me']!['get']!.deprecated = true;
    spec.components.schemas['User']!.properties['name']!.deprecated = true;
    await route.fulfill({ response, json: spec });
  });
  await page.goto('reference/try/?operation=getCurrentApplication');
  const client = page.getByRole('dialog', { name: 'API Client' });
  await expect(client).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Deprecated', { exact: false }).first()).toBeVisible({ timeout: 30_000 });
});
