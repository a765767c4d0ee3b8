import { expect, test } from '@playwright/test';

/**
 * Every seed document is on the site with its diagrams and the facts of its
 * tables. Facts are sampled from the seeds (../shared/seeds), one or more per table.
 */
const seedPages: { path: string; diagrams: number; tables: number; facts: string[] }[] = [
  {
    path: 'architecture/system/',
    diagrams: 6,
    tables: 2,
    facts: ['RedCore SDK', 'Presentation', '8 vCPU / 32 GB RAM', 'Auto-scale to ×8', '11 nines', 'DUPLICATE_RESOURCE'],
  },
  {
    path: 'architecture/overview/',
    diagrams: 6,
    tables: 6,
    facts: ['RTO', 'Mirrored', 'Queue depth', '99.99', 'webhooks', 'BlueRound-Version', 'Not decided yet'],
  },
  {
    path: 'architecture/platform-services/',
    diagrams: 5,
    tables: 1,
    facts: ['9090', '8081', '/graphql', 'tokio', 'Saga'],
  },
  {
    path: 'architecture/runtime/',
    diagrams: 5,
    tables: 2,
    facts: ['Iskander', 'Open item', 'Customer administrator', 'Test DigitalPlatform', 'Cloud-native'],
  },
  { path: 'flowcharts/authentication/', diagrams: 1, tables: 1, facts: ['Refresh succeeded?', 'INSUFFICIENT_SCOPE'] },
  { path: 'flowcharts/error-retry/', diagrams: 1, tables: 1, facts: ['Retry-After', '1 s → 2 s → 4 s', '±10 %'] },
  { path: 'flowcharts/user-onboarding/', diagrams: 1, tables: 1, facts: ['pending_invite', 'inactive', '48 h'] },
  { path: 'flowcharts/docs-pipeline/', diagrams: 1, tables: 2, facts: ['deploy.yml', 'site-preview', '7 days'] },
  { path: 'flowcharts/rate-limits/', diagrams: 1, tables: 1, facts: ['X-RateLimit-Reset', '0.1 s'] },
  { path: 'flowcharts/sdk-initialization/', diagrams: 1, tables: 1, facts: ['ConfigurationError', 'GET /v1/me'] },
];

for (const seed of seedPages) {
  test(`${seed.path} shows its diagrams, tables and facts`, async ({ page }) => {
    await page.goto(seed.path);
    const content = page.locator('.sl-markdown-content');
    const diagrams = content.locator('figure.diagram');
    await expect(diagrams).toHaveCount(seed.diagrams);
    for (const figure of await diagrams.all()) {
      const svg = figure.locator('svg[role="img"]');
      await expect(svg).toBeVisible();
      await expect(svg).toHaveAttribute('aria-label', /\S{3,}/);
      expect((await svg.boundingBox())?.height ?? 0).toBeGreaterThan(40);
    }
    expect(await content.locator('table').count()).toBeGreaterThanOrEqual(seed.tables);
    for (const fact of seed.facts) await expect(content).toContainText(fact);
    await expect(content).not.toContainText('{{policy');
    await expect(content).not.toContainText(/\[(Product|N|Current|X)\]/);
  });
}

test('the site carries at least the 19 seed diagrams', async ({ page }) => {
  let total = 0;
  for (const seed of seedPages) {
    await page.goto(seed.path);
    total += await page.locator('figure.diagram svg').count();
  }
  expect(total).toBeGreaterThanOrEqual(19);
});
