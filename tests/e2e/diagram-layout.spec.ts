/**
 * Diagrams in the page and on paper: readable labels at any width, a wide
 * diagram that says it scrolls and starts where the diagram starts, and print
 * at page width in the light colours without the controls. Tagged @phone: the
 * same checks run on a 390×844 touch screen.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

/** Labels are drawn at 15 px at a diagram's natural size (lib/diagrams/themes.ts). */
const naturalLabelPx = 15;
const minimumLabelPx = 13;

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.locator('starlight-theme-select select').first().selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Drawn width over natural width: how large the labels are drawn, relative to 15 px. */
function drawnScale(figure: Locator) {
  return figure.locator('.diagram-canvas svg').evaluate((svg: SVGSVGElement) => {
    return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  });
}

/** The label nearest the top of the diagram, and whether the canvas shows it whole. */
function firstLabelShown(figure: Locator) {
  return figure.locator('.diagram-canvas').evaluate((canvas) => {
    const labels = [...canvas.querySelectorAll('foreignObject, text')]
      .map((label) => label.getBoundingClientRect())
      .filter((box) => box.width > 1 && box.height > 1);
    const first = labels.reduce((top, box) => (box.top < top.top ? box : top));
    const view = canvas.getBoundingClientRect();
    return first.left >= view.left - 1 && first.right <= view.right + 1;
  });
}

test.describe('wide diagrams in the page', { tag: '@phone' }, () => {
  test('labels never shrink below the minimum size, whatever the width', async ({ page }) => {
    for (const path of ['architecture/system/', 'architecture/platform-services/', 'flowcharts/error-retry/']) {
      await page.goto(path);
      for (const figure of await page.locator('.sl-markdown-content figure.diagram').all()) {
        expect(naturalLabelPx * (await drawnScale(figure))).toBeGreaterThanOrEqual(minimumLabelPx - 0.05);
      }
    }
  });

  test('a diagram wider than the column says so above it, next to Expand', async ({ page }) => {
    await page.goto('architecture/system/');
    const figure = page.locator('.sl-markdown-content figure.diagram').first();
    const hint = figure.locator('[data-diagram-hint]');
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('scroll sideways, or Expand');
    const canvasTop = (await figure.locator('.diagram-canvas').boundingBox())!.y;
    expect((await hint.boundingBox())!.y).toBeLessThan(canvasTop);
    expect((await figure.getByRole('button', { name: /Expand/ }).boundingBox())!.y).toBeLessThan(canvasTop);
  });

  test('a wide diagram opens where it starts, not on an empty edge', async ({ page }) => {
    for (const path of ['flowcharts/error-retry/', 'architecture/system/']) {
      await page.goto(path);
      const figure = page.locator('.sl-markdown-content figure.diagram').first();
      await figure.scrollIntoViewIfNeeded();
      await expect.poll(() => firstLabelShown(figure), { message: path }).toBe(true);
    }
  });
});

test('a diagram that fits the column has no scroll hint', async ({ page }) => {
  await page.goto('guides/authentication/');
  const figure = page.locator('.sl-markdown-content figure.diagram').first();
  await expect(figure.getByRole('button', { name: /Expand/ })).toBeVisible();
  const canvas = figure.locator('.diagram-canvas');
  expect(await canvas.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
  await expect(figure.locator('[data-diagram-hint]')).toBeHidden();
});

test.describe('printed diagrams', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`print the whole diagram at page width, light colours, no controls (${theme} theme)`, async ({ page }) => {
      await page.goto('architecture/system/');
      await setTheme(page, 'light');
      const figure = page.locator('.sl-markdown-content figure.diagram').first();
      const node = figure.locator('.node rect, .node polygon').first();
      const lightFill = await node.evaluate((element) => getComputedStyle(element).fill);
      await setTheme(page, theme);
      await figure
        .locator('details.diagram-text')
        .last()
        .evaluate((details) => details.removeAttribute('open'));
      await page.emulateMedia({ media: 'print' });

      const canvas = figure.locator('.diagram-canvas');
      const sizes = await canvas.evaluate((element) => ({
        scroll: element.scrollWidth,
        client: element.clientWidth,
        svg: element.querySelector('svg')!.getBoundingClientRect().width,
        column: element.closest('figure')!.getBoundingClientRect().width,
      }));
      expect(sizes.scroll).toBeLessThanOrEqual(sizes.client + 1);
      expect(sizes.svg).toBeLessThanOrEqual(sizes.client + 1);
      // A diagram wider than the page is drawn at the page's full width.
      expect(sizes.svg).toBeGreaterThan(sizes.column * 0.95);
      expect(await node.evaluate((element) => getComputedStyle(element).fill)).toBe(lightFill);
      await expect(figure.getByRole('button', { name: /Expand/ })).toBeHidden();
      await expect(figure.locator('[data-diagram-hint]')).toBeHidden();
      await expect(figure.locator('details.diagram-text summary')).toBeHidden();
    });
  }

  test('an open text version is printed', async ({ page }) => {
    await page.goto('architecture/system/');
    const text = page.locator('.sl-markdown-content figure.diagram details.diagram-text').first();
    await text.locator('summary').click();
    await page.emulateMedia({ media: 'print' });
    await expect(text.locator('li').first()).toBeVisible();
  });
});
