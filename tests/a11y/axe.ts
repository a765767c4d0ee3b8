import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export interface BlockingViolation {
  rule: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/** WCAG 2.1 A/AA and best practices: what pages.spec.ts holds every page to. */
export const siteTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Whether any frame of the page comes from another origin (only axe's default mode can enter those). */
function hasCrossOriginFrame(page: Page): boolean {
  const { origin } = new URL(page.url());
  return page
    .frames()
    .slice(1)
    .some((frame) => {
      const url = frame.url();
      return !url.startsWith('about:') && new URL(url).origin !== origin;
    });
}

/**
 * An axe run tuned for speed without changing what it reports:
 *
 * - `resultTypes: ['violations']`: axe builds a unique CSS selector and an HTML
 *   snippet for every node of every result; for passes and incomplete results
 *   (which no test reads) it now does so for one node each. Violations keep
 *   every node.
 * - legacy mode (one `axe.run()` in the page) unless a frame is cross-origin:
 *   the default mode runs `axe.runPartial()`, serialises the result of every
 *   node (3.5 MB on /reference/users/) and finishes in a second, blank page
 *   that loads axe again. Same rules, same nodes; about half the time.
 */
export function axe(page: Page, tags: string[] = siteTags): AxeBuilder {
  return new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(tags)
    .setLegacyMode(!hasCrossOriginFrame(page));
}

/** The serious and critical violations of an axe run, in the form tests compare with `[]`. */
export async function blockingOf(builder: AxeBuilder): Promise<BlockingViolation[]> {
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}

/**
 * The serious and critical axe violations of the page as it is now (WCAG 2.1
 * A/AA and best practices). Run by tests/e2e/pages.spec.ts once per page and
 * theme, in the same visit that checks the page loads cleanly.
 */
export function blockingViolations(page: Page): Promise<BlockingViolation[]> {
  return blockingOf(axe(page));
}
