import { expect, test } from '@playwright/test';

/**
 * Diagram text is measured at build time in Inter (lib/diagrams/font.ts);
 * the site must serve the same font, and every edge label must be fully visible.
 */
for (const theme of ['light', 'dark'] as const) {
  test(`diagram labels are drawn in the shipped font and not hidden (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('architecture/system/');
    const label = page.locator('figure.diagram foreignObject', { hasText: 'TTL elapsed' }).first();
    await label.scrollIntoViewIfNeeded();
    await page.evaluate(() => document.fonts.ready);
    expect(
      await page.evaluate(() => [...document.fonts].some((f) => f.family === 'Inter' && f.status === 'loaded')),
    ).toBe(true);
    // No other edge label's box (opaque background) overlaps the text of "TTL elapsed".
    const covered = await label.evaluate((box) => {
      const text = [...box.querySelectorAll('p, span, div')]
        .flatMap((element) => [...element.childNodes])
        .find((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes('TTL elapsed'))!;
      const range = document.createRange();
      range.selectNodeContents(text);
      const line = range.getBoundingClientRect();
      const others = [...box.closest('svg')!.querySelectorAll('g.edgeLabel foreignObject')].filter((o) => o !== box);
      return others
        .map((other) => other.getBoundingClientRect())
        .filter(
          (r) =>
            r.width > 0 && r.left < line.right && r.right > line.left && r.top < line.bottom && r.bottom > line.top,
        )
        .map((r) => `${Math.round(r.left)}–${Math.round(r.right)}`);
    });
    expect(covered).toEqual([]);
  });
}
