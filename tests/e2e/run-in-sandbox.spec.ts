/**
 * "Run in sandbox" on the built site: a guide's samples run in order in the
 * in-browser sandbox, each answer shown under its sample, the token of the
 * first used by the next without copying, and no request leaving the page.
 * The quickstart sequence is tagged @phone: it also runs at 390×844 by touch.
 */
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { axe, blockingOf } from '../a11y/axe.ts';

/**
 * Requests that reach the network for another host are counted and aborted.
 * The sandbox host's are answered by the service worker before any route sees
 * them; the responses show they came from it.
 */
async function watchNonLocalRequests(context: BrowserContext, page: Page) {
  const elsewhere: string[] = [];
  const sandbox: boolean[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    (route) => {
      elsewhere.push(route.request().url());
      return route.abort();
    },
  );
  page.on('response', (response) => {
    if (new URL(response.url()).hostname === 'sandbox.blueround.test') sandbox.push(response.fromServiceWorker());
  });
  return { elsewhere, sandbox };
}

/** The run controls under the first code block that contains `text`. */
function runControls(page: Page, text: string): Locator {
  return page.locator(`.expressive-code:has-text(${JSON.stringify(text)}) + .run-in-sandbox`).first();
}

async function run(controls: Locator, via: 'click' | 'keyboard' | 'tap' = 'click') {
  const button = controls.getByRole('button', { name: 'Run in sandbox' });
  if (via === 'keyboard') {
    await button.focus();
    await button.press('Enter');
  } else if (via === 'tap') {
    await button.tap();
  } else {
    await button.click();
  }
  await expect(controls.locator('.run-summary')).toContainText('answered', { timeout: 20_000 });
}

test(
  'the quickstart runs token, list and create in order, answered inline',
  { tag: '@phone' },
  async ({ page, context }, testInfo) => {
    // On the touch screen every button is tapped; on desktop one is pressed from the keyboard.
    const touch = testInfo.project.use.hasTouch === true;
    const requests = await watchNonLocalRequests(context, page);
    await page.goto('guides/quickstart/');

    const token = runControls(page, 'grant_type=client_credentials');
    await run(token, touch ? 'tap' : 'click');
    await expect(token.locator('.run-line')).toContainText('POST /oauth/token → 200');
    await expect(token.locator('.run-note')).toContainText('Kept access_token and refresh_token');
    await expect(token.locator('.run-body')).toContainText('"token_type": "Bearer"');
    await expect(token.locator('.run-headers')).toContainText('content-type');

    const list = runControls(page, '/v1/users?limit=2');
    await run(list, touch ? 'tap' : 'keyboard');
    await expect(list.locator('.run-line')).toContainText('GET /v1/users?limit=2 → 200');
    await expect(list.locator('.run-note')).toContainText('Used $ACCESS_TOKEN from an earlier sample on this page.');
    await expect(list.locator('.run-headers')).toContainText('x-ratelimit-remaining');
    await expect(list.locator('.run-body')).toContainText('"has_more"');

    const create = runControls(page, 'ada@example.com');
    await run(create, touch ? 'tap' : 'click');
    await expect(create.locator('.run-line')).toContainText('POST /v1/users → 201');
    await expect(create.locator('.run-body')).toContainText('"status": "pending_invite"');
    await expect(create.locator('.run-summary')).toHaveAttribute('aria-live', 'polite');
    await expect(create.getByRole('link', { name: 'Open the console' })).toHaveAttribute('href', /\/sandbox\/$/);

    expect(requests.elsewhere).toEqual([]);
    expect(requests.sandbox.length).toBeGreaterThanOrEqual(3);
    expect(requests.sandbox.every(Boolean)).toBe(true);

    // The answers fit the screen: the page does not scroll sideways, long bodies scroll in their own box.
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    const body = await create.locator('.run-body').boundingBox();
    expect(body!.x + body!.width).toBeLessThanOrEqual(widths.view);
  },
);

test('the sandbox loads only on the first click', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('guides/quickstart/');
  await expect(runControls(page, 'grant_type=client_credentials').getByRole('button')).toBeVisible();
  const before = scripts.length;
  await run(runControls(page, 'grant_type=client_credentials'));
  expect(scripts.length).toBeGreaterThan(before);
  expect(scripts.slice(0, before).some((url) => /runner|browser/.test(url))).toBe(false);
});

test('a reference sample runs, getting a sandbox token when the page has none', async ({ page, context }) => {
  const requests = await watchNonLocalRequests(context, page);
  await page.goto('reference/users/');
  const controls = page.locator('[data-operation-id="listUsers"] .run-in-sandbox');
  await run(controls);
  await expect(controls.locator('.run-line')).toContainText('GET /v1/users?limit=20 → 200');
  await expect(controls.locator('.run-note')).toContainText('got one for sandbox_app_full first');
  expect(requests.elsewhere).toEqual([]);
  expect(requests.sandbox).toEqual([true, true]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious around an answered sample (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto('guides/quickstart/');
    await run(runControls(page, 'grant_type=client_credentials'));
    const blocking = await blockingOf(axe(page, ['wcag2a', 'wcag2aa']).include('.run-in-sandbox'));
    expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
  });
}
