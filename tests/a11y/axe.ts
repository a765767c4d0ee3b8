import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export interface BlockingViolation {
  rule: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/**
 * The serious and critical axe violations of the page as it is now (WCAG 2.1
 * A/AA and best practices). Run by tests/e2e/pages.spec.ts once per page and
 * theme, in the same visit that checks the page loads cleanly.
 */
export async function blockingViolations(page: Page): Promise<BlockingViolation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}
