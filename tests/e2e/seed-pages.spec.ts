import { expect, test } from '@playwright/test';
import { MermaidGraphReader } from '../../lib/diagrams/graph.ts';
import { checkDesign, unclaimedSeedDiagrams } from '../../scripts/fidelity/check-fidelity.ts';
import { deviationsOf } from '../../lib/markdown/remark-design-history.ts';
import { pageNotes, sourceDesigns } from '../../src/data/design-deviations.ts';

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
  { path: 'flowcharts/docs-pipeline/', diagrams: 1, tables: 2, facts: ['ci.yml', 'site-preview', '7 days'] },
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

test('a number keeps its unit on the same line, and a retry schedule breaks only after an arrow', async ({ page }) => {
  await page.goto('flowcharts/error-retry/');
  // toContainText treats a no-break space as a space; the text itself must carry it. Prose only:
  // a diagram's labels are laid out by Mermaid, not wrapped by the browser.
  const text = await page.locator('.sl-markdown-content').evaluate((element) =>
    [...element.querySelectorAll('p, li, td, th')]
      .filter((block) => !block.closest('svg'))
      .map((block) => block.textContent)
      .join('\n'),
  );
  expect(text).toContain('1\u00a0s\u00a0→ 2\u00a0s\u00a0→ 4\u00a0s');
  expect(text).toContain('±10\u00a0%');
  expect(text).not.toMatch(/\d (s|ms|h|%)(?![\p{L}\p{N}])/u);
});

/**
 * Fidelity to the source designs: each seed diagram (src/data/seed-graphs.json)
 * must be on its page with its nodes and edges, as Mermaid parses them, except the
 * deviations src/data/design-deviations.ts lists (and the pages show under
 * "Design history"). Replaces a count of diagrams, which a missing one passed.
 */
test.describe('source-design fidelity', () => {
  const reader = new MermaidGraphReader();
  test.afterAll(() => reader.close());

  test('every seed diagram is drawn by a page', () => {
    expect(unclaimedSeedDiagrams()).toEqual([]);
  });

  for (const design of sourceDesigns) {
    test(`${design.page} keeps seed diagram ${design.seed}`, async () => {
      expect(await checkDesign(reader, design)).toEqual([]);
    });
  }
});

test('each page shows its design history', async ({ page }) => {
  // Ten pages in one test: a page load each, on a machine other suites share.
  test.setTimeout(120_000);
  for (const slug of new Set([...sourceDesigns.map((d) => d.page), ...pageNotes.map((n) => n.page)])) {
    const expected = deviationsOf(slug);
    if (expected.length === 0) continue;
    await page.goto(`${slug}/`);
    const section = page.locator('.sl-markdown-content .sl-heading-wrapper:has(#design-history) + p + ul > li');
    await expect(section, slug).toHaveCount(expected.length);
    for (const [index, { deviation }] of expected.entries())
      await expect(section.nth(index), slug).toContainText(deviation.title);
  }
});
