/**
 * The full-screen diagram viewer: it opens at a readable scale where the
 * diagram starts, closing it leaves the page where it was with focus on
 * Expand, dragging pans without selecting text, and Tab stays in the dialog.
 * Tagged @phone where a phone behaves differently (390×844 touch).
 */
import { expect, test, type Page } from '@playwright/test';

const minimumLabelPx = 13;
const naturalLabelPx = 15;

async function openViewer(page: Page, path: string) {
  await page.goto(path);
  const expand = page
    .locator('.sl-markdown-content figure.diagram')
    .first()
    .getByRole('button', { name: /Expand/ });
  await expand.scrollIntoViewIfNeeded();
  await expand.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return { expand, dialog };
}

const stageScale = (page: Page) =>
  page
    .locator('.diagram-dialog-stage')
    .evaluate((stage) => Number(/scale\(([\d.]+)\)/.exec(stage.style.transform)?.[1] ?? 'NaN'));

test.describe('opening and closing', { tag: '@phone' }, () => {
  test('opens at a readable scale, showing where the diagram starts', async ({ page }) => {
    const { dialog } = await openViewer(page, 'flowcharts/error-retry/');
    expect(naturalLabelPx * (await stageScale(page))).toBeGreaterThanOrEqual(minimumLabelPx - 0.05);
    const firstShown = await dialog.locator('.diagram-dialog-viewport').evaluate((viewport) => {
      const labels = [...viewport.querySelectorAll('foreignObject, text')]
        .map((label) => label.getBoundingClientRect())
        .filter((box) => box.width > 1 && box.height > 1);
      const first = labels.reduce((top, box) => (box.top < top.top ? box : top));
      const view = viewport.getBoundingClientRect();
      return (
        first.left >= view.left && first.right <= view.right && first.top >= view.top && first.bottom <= view.bottom
      );
    });
    expect(firstShown).toBe(true);
    // "Fit" still shows the whole diagram, however small.
    await dialog.getByRole('button', { name: 'Fit to screen' }).click();
    expect(await stageScale(page)).toBeLessThan(1);
  });

  for (const close of ['the Close button', 'Escape'] as const) {
    test(`closing with ${close} leaves the page where it was, focus on Expand`, async ({ page }) => {
      await page.goto('architecture/system/');
      const figure = page.locator('.sl-markdown-content figure.diagram').first();
      const expand = figure.getByRole('button', { name: /Expand/ });
      const dialog = page.getByRole('dialog');
      await expand.scrollIntoViewIfNeeded();
      const before = { box: (await expand.boundingBox())!, scroll: await page.evaluate(() => window.scrollY) };

      await expand.click();
      await expect(dialog).toBeVisible();
      if (close === 'Escape') await page.keyboard.press('Escape');
      else await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();

      await expect(expand).toBeFocused();
      await expect(expand).toBeInViewport();
      expect(await page.evaluate(() => window.scrollY)).toBeCloseTo(before.scroll, 0);
      expect((await expand.boundingBox())!.y).toBeCloseTo(before.box.y, 0);
    });
  }
});

test('dragging pans the diagram without selecting its text', async ({ page }) => {
  const { dialog } = await openViewer(page, 'architecture/system/');
  const viewport = (await dialog.locator('.diagram-dialog-viewport').boundingBox())!;
  const stage = dialog.locator('.diagram-dialog-stage');
  const before = await stage.evaluate((element) => element.style.transform);
  const start = { x: viewport.x + viewport.width / 2, y: viewport.y + viewport.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x - 150, start.y - 100, { steps: 8 });
  await page.mouse.up();
  expect(await stage.evaluate((element) => element.style.transform)).not.toBe(before);
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
});

test('Tab and Shift+Tab cycle inside the viewer', async ({ page }) => {
  const { dialog } = await openViewer(page, 'architecture/system/');
  const viewport = dialog.locator('.diagram-dialog-viewport');
  await expect(viewport).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Zoom out' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(viewport).toBeFocused();
  for (const name of ['Zoom out', 'Zoom in', 'Fit to screen', 'Close']) {
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(viewport).toBeFocused();
});
