import { expect, test, type Page } from '@playwright/test';

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.locator('starlight-theme-select select').first().selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

const nodeFill = (page: Page) =>
  page
    .locator('figure.diagram .node rect, figure.diagram .node polygon')
    .first()
    .evaluate((element) => getComputedStyle(element).fill);

test('diagrams follow the theme toggle, not only the OS setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('flowcharts/authentication/');
  await setTheme(page, 'light');
  const light = await nodeFill(page);
  await setTheme(page, 'dark');
  const dark = await nodeFill(page);
  expect(dark).not.toBe(light);
  // The OS still says light: the page's toggle decides.
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
});

test('custom classDef colors stay readable in dark mode', async ({ page }) => {
  await page.goto('architecture/platform-services/');
  await setTheme(page, 'dark');
  const colors = await page
    .locator('figure.diagram')
    .first()
    .locator('.node')
    .first()
    .evaluate((node) => {
      const shape = node.querySelector('rect, path, polygon')!;
      const label = node.querySelector('.nodeLabel, span, text')!;
      return { fill: getComputedStyle(shape).fill, text: getComputedStyle(label).color };
    });
  const luminance = (css: string) => {
    const [r, g, b] = css
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map(Number) as [number, number, number];
    const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const [a, b] = [luminance(colors.fill), luminance(colors.text)];
  const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  expect(contrast).toBeGreaterThanOrEqual(4.5);
});

test('a wide diagram opens full screen, zooms from the keyboard and closes with Escape', async ({ page }) => {
  await page.goto('architecture/platform-services/');
  const figure = page.locator('figure.diagram').first();
  const expand = figure.getByRole('button', { name: /Expand/ });
  await expand.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('svg')).toHaveCount(1);
  const stage = dialog.locator('.diagram-dialog-stage');
  const before = await stage.evaluate((element) => element.style.transform);
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  const after = await stage.evaluate((element) => element.style.transform);
  expect(after).not.toBe(before);
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByText(/Zoom \d+ %/)).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(expand).toBeFocused();
});

test('a lifeline does not strike through a message label: the label has a halo in the background color', async ({
  page,
}) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto('guides/events-and-webhooks/');
    const label = page.locator('figure.diagram text.messageText', { hasText: 'evt_1 is new' }).first();
    await expect(label).toBeVisible();
    const { stroke, width, order, background } = await label.evaluate((text) => {
      const style = getComputedStyle(text);
      return {
        stroke: style.stroke,
        width: parseFloat(style.strokeWidth),
        order: style.paintOrder,
        background: getComputedStyle(text.closest('.diagram-canvas')!).backgroundColor,
      };
    });
    expect(stroke, theme).toBe(background);
    expect(width).toBeGreaterThanOrEqual(6);
    expect(order.startsWith('stroke')).toBe(true);
  }
});

test('every diagram has a text version with its steps', async ({ page }) => {
  await page.goto('flowcharts/error-retry/');
  const text = page.locator('figure.diagram details.diagram-text').first();
  await text.locator('summary').click();
  const items = text.locator('li');
  expect(await items.count()).toBeGreaterThan(5);
  await expect(text).toContainText('Retry-After');
});

test('the ELK layout is really used for the platform diagram', async ({ page }) => {
  await page.goto('architecture/platform-services/');
  // ELK routes edges orthogonally: its paths are made of straight segments only (no curves).
  const curved = await page
    .locator('figure.diagram')
    .first()
    .locator('path.flowchart-link')
    .evaluateAll((paths) => paths.filter((path) => /[CQS]/.test(path.getAttribute('d') ?? '')).length);
  const total = await page.locator('figure.diagram').first().locator('path.flowchart-link').count();
  expect(total).toBeGreaterThan(10);
  expect(curved).toBe(0);
});

test('content pages ship no Mermaid runtime', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto('architecture/system/', { waitUntil: 'networkidle' });
  expect(scripts.filter((url) => /mermaid|elk/i.test(url))).toEqual([]);
  const inline = await page
    .locator('script')
    .evaluateAll((elements) => elements.map((e) => e.textContent ?? '').join(''));
  expect(inline).not.toMatch(/mermaidAPI|registerLayoutLoaders/);
});
