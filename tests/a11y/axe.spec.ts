import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readSiteEnv } from '../../scripts/lib/site-env.ts';
import { relativeToBase, sitemapPaths } from '../support/sitemap.ts';

const { base } = readSiteEnv();
const pages = sitemapPaths().map((path) => relativeToBase(path, base));

for (const theme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`/${path} has no serious or critical axe violation (${theme})`, async ({ page }) => {
      // axe walks every node: the long reference pages need more than the default 30 s on two cores.
      test.setTimeout(120_000);
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      const blocking = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({
          rule: violation.id,
          impact: violation.impact,
          help: violation.help,
          nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
        }));
      expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
    });
  }
}
