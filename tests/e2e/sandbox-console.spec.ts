/**
 * The sandbox console (/sandbox/) end to end in Chromium, against the built
 * site: every scenario replays its documented flow (timeline entries with the
 * policy's numbers, the path lit on the flowchart, the final state), the
 * request console sends real calls through the client, user input is shown as
 * text, state survives a reload, and no request leaves the browser.
 */
import { expect, test, type Page } from '@playwright/test';
import { accessTokenTtlSeconds, maxRetries, retryDelaysSeconds, retryJitterRatio } from '../../policy/policy.ts';
import { burstRateLimit } from '../../src/components/sandbox-console/model/scenario-list.ts';
import { blockingViolations } from '../a11y/axe.ts';

interface Entry {
  kind: string;
  phase: string;
  tone: string;
  call?: string;
  status?: string;
  attempt?: string;
  waitReason?: string;
  waitMs?: string;
  waitPlannedMs?: string;
  text: string;
}

async function openConsole(page: Page) {
  await page.goto('sandbox/');
  await expect(page.locator('[data-console-status]')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  await expect(page.locator('[data-console-status]')).toContainText('no request leaves this page');
}

async function runScenario(page: Page, id: string) {
  await page.locator(`[data-scenario="${id}"]`).click();
  await expect(page.locator('[data-timeline]')).toHaveAttribute('data-state', /done|failed/, { timeout: 30_000 });
  await flowchartsSettled(page);
  await expect(page.locator('[data-timeline]')).toHaveAttribute('data-state', 'done');
}

/** The flowchart lights the path step by step after the run: wait for the last step. */
async function flowchartsSettled(page: Page) {
  await expect(page.locator('[data-flows]')).toHaveAttribute('data-flow-state', 'done', { timeout: 20_000 });
}

/** The watched part of the last run ("the flow"), as the timeline lists it. */
async function flowEntries(page: Page): Promise<Entry[]> {
  const entries = await page
    .locator('[data-timeline-list] .tl-entry')
    .evaluateAll((items) =>
      items.map((item) => ({ ...(item as HTMLElement).dataset, text: item.textContent ?? '' }) as unknown as Entry),
    );
  return entries.filter((entry) => entry.phase === 'main');
}

const statuses = (entries: Entry[]) =>
  entries.filter((entry) => entry.kind === 'response').map((entry) => Number(entry.status));

/** Node ids of each call's path on one flowchart, in order. */
async function paths(page: Page, diagram: string): Promise<string[][]> {
  return page
    .locator(`[data-flow-panel="${diagram}"] [data-flow-path] > li`)
    .evaluateAll((calls) =>
      calls.map((call) => [...call.querySelectorAll('li[data-node]')].map((item) => item.getAttribute('data-node')!)),
    );
}

async function litEdges(page: Page, diagram: string): Promise<string[]> {
  return page
    .locator(`[data-flow-panel="${diagram}"] path[data-flow-edge].is-lit`)
    .evaluateAll((edges) => edges.map((edge) => edge.getAttribute('data-flow-edge')!));
}

async function expectTokenState(page: Page, state: string) {
  await expect(page.locator('[data-state-panel]')).toHaveAttribute('data-token-state', state);
  await expect(page.locator(`#sandbox-lifecycle [data-flow-node="${state}"]`)).toHaveClass(/is-lit/);
  await expect(page.locator('#sandbox-lifecycle [data-flow-node].is-lit')).toHaveCount(1);
}

function expectJittered(entry: Entry | undefined, plannedSeconds: number) {
  expect(entry?.waitReason).toBe('backoff');
  expect(Number(entry?.waitPlannedMs)).toBe(plannedSeconds * 1000);
  const ms = Number(entry?.waitMs);
  expect(ms).toBeGreaterThanOrEqual(plannedSeconds * 1000 * (1 - retryJitterRatio));
  expect(ms).toBeLessThanOrEqual(plannedSeconds * 1000 * (1 + retryJitterRatio));
}

test.describe('sandbox console scenarios', () => {
  test.beforeEach(async ({ page }) => openConsole(page));

  test('happy path: one attempt, 200, the authentication flow to "return the response"', async ({ page }) => {
    await runScenario(page, 'happy-path');
    const entries = await flowEntries(page);
    expect(entries.filter((entry) => entry.kind === 'send')).toHaveLength(1);
    expect(statuses(entries)).toEqual([200]);
    expect(await paths(page, 'authentication')).toEqual([
      ['start', 'hasAccess', 'expired', 'scope', 'forward', 'status', 'success'],
    ]);
    expect(await litEdges(page, 'authentication')).toEqual(
      expect.arrayContaining(['start->hasAccess', 'hasAccess->expired', 'scope->forward', 'status->success']),
    );
    await expect(page.locator('input[name="flow-diagram"][value="authentication"]')).toBeChecked();
    await expectTokenState(page, 'Active');
  });

  test('expired token: the clock passes the TTL and the client refreshes silently', async ({ page }) => {
    await runScenario(page, 'expired-token');
    await expect(page.locator('[data-timeline-list] .tl-entry[data-kind="control"]').last()).toContainText(
      `POST /_sandbox/clock {"advance_seconds": ${accessTokenTtlSeconds + 1}}`,
    );
    const entries = await flowEntries(page);
    expect(entries.filter((entry) => entry.kind === 'refresh')).toHaveLength(1);
    expect(entries.find((entry) => entry.kind === 'check')?.text).toContain('Access token expired');
    expect(entries.some((entry) => entry.text.includes('grant_type=refresh_token'))).toBe(true);
    expect(statuses(entries)).toEqual([200]);
    expect(await paths(page, 'authentication')).toEqual([
      [
        'start',
        'hasAccess',
        'expired',
        'hasRefresh',
        'refresh',
        'refreshed',
        'store',
        'scope',
        'forward',
        'status',
        'success',
      ],
    ]);
    expect(await litEdges(page, 'authentication')).toEqual(
      expect.arrayContaining(['expired->hasRefresh', 'refreshed->store', 'store->scope']),
    );
    await expectTokenState(page, 'Active');
  });

  test('revoked token: 401, refresh refused, re-authentication, then 200', async ({ page }) => {
    await runScenario(page, 'revoked-token');
    const entries = await flowEntries(page);
    expect(statuses(entries)).toEqual([401, 200]);
    expect(entries.some((entry) => entry.text.includes('Token request refused: 400 invalid_grant'))).toBe(true);
    expect(entries.some((entry) => entry.text.includes('Re-authentication'))).toBe(true);
    const [path] = await paths(page, 'authentication');
    expect(path).toEqual(expect.arrayContaining(['retry', 'refresh', 'refreshed', 'newToken', 'success']));
    expect(await litEdges(page, 'authentication')).toContain('refreshed->newToken');
    const history = (await page.locator('[data-state-panel]').getAttribute('data-token-history'))!.split(' ');
    expect(history.lastIndexOf('Revoked')).toBeGreaterThan(-1);
    expect(history.lastIndexOf('Active')).toBeGreaterThan(history.lastIndexOf('Revoked'));
    await expectTokenState(page, 'Active');
  });

  test('read-only key: 403 INSUFFICIENT_SCOPE, no retry', async ({ page }) => {
    await runScenario(page, 'read-only-scope');
    const entries = await flowEntries(page);
    expect(entries.filter((entry) => entry.kind === 'send')).toHaveLength(1);
    expect(statuses(entries)).toEqual([403]);
    expect(entries.at(-1)?.text).toContain('InsufficientScopeError');
    expect(entries.at(-1)?.text).toContain('INSUFFICIENT_SCOPE');
    expect(await paths(page, 'authentication')).toEqual([['start', 'hasAccess', 'expired', 'scope', 'scopeError']]);
    await expect(page.locator('[data-timeline-summary]')).toContainText('users:write');
  });

  test('burst: one call gets 429, waits Retry-After and succeeds', async ({ page }) => {
    await runScenario(page, 'rate-limit-burst');
    const entries = await flowEntries(page);
    expect(entries.filter((entry) => entry.kind === 'send')).toHaveLength(burstRateLimit.calls + 1);
    const expected: number[] = [...Array<number>(burstRateLimit.calls).fill(200), 429];
    expect(statuses(entries).sort()).toEqual(expected.sort());
    const waits = entries.filter((entry) => entry.kind === 'wait');
    expect(waits).toHaveLength(1);
    expect(waits[0]?.waitReason).toBe('retry-after');
    const retryAfterMs = Number(waits[0]?.waitMs);
    expect(retryAfterMs % 1000).toBe(0);
    expect(retryAfterMs).toBeGreaterThanOrEqual(1000);
    expect(retryAfterMs).toBeLessThanOrEqual(burstRateLimit.windowSeconds * 1000);
    await expect(page.locator('input[name="flow-diagram"][value="rate-limits"]')).toBeChecked();
    const calls = await paths(page, 'rate-limits');
    expect(calls).toHaveLength(burstRateLimit.calls);
    expect(calls).toContainEqual([
      'prepare',
      'readRemaining',
      'exhausted',
      'send',
      'status',
      'rateBudget',
      'readRetryAfter',
      'sleepRetryAfter',
      'send',
      'status',
      'process',
    ]);
    expect(await litEdges(page, 'rate-limits')).toEqual(
      expect.arrayContaining(['readRetryAfter->sleepRetryAfter', 'sleepRetryAfter->send', 'status->process']),
    );
  });

  test('503, 500, then 200: two back-off waits of the policy schedule with jitter', async ({ page }) => {
    await runScenario(page, 'transient-errors');
    const entries = await flowEntries(page);
    expect(statuses(entries)).toEqual([503, 500, 200]);
    expect(entries.filter((entry) => entry.kind === 'send').map((entry) => entry.attempt)).toEqual(['1', '2', '3']);
    const waits = entries.filter((entry) => entry.kind === 'wait');
    expect(waits).toHaveLength(2);
    expectJittered(waits[0], retryDelaysSeconds[0]);
    expectJittered(waits[1], retryDelaysSeconds[1]);
    expect(waits[0]?.text).toMatch(/planned 1 s, jitter ×[\d.]+ = [\d.]+ s/);
    const send = ['send', 'status', 'budget', 'backOff', 'countRetry'];
    expect(await paths(page, 'error-retry')).toEqual([['start', ...send, ...send, 'send', 'status', 'done']]);
    expect(await litEdges(page, 'error-retry')).toEqual(
      expect.arrayContaining(['budget->backOff', 'backOff->countRetry', 'countRetry->send', 'status->done']),
    );
  });

  test('too many 5xx: 1 + maxRetries attempts, three back-off waits, RedcoreAPIError', async ({ page }) => {
    await runScenario(page, 'retries-exhausted');
    const entries = await flowEntries(page);
    expect(statuses(entries)).toEqual(Array<number>(maxRetries + 1).fill(503));
    const waits = entries.filter((entry) => entry.kind === 'wait');
    expect(waits).toHaveLength(maxRetries);
    retryDelaysSeconds.forEach((seconds, index) => expectJittered(waits[index], seconds));
    expect(entries.at(-1)?.kind).toBe('give-up');
    expect(entries.at(-1)?.text).toContain(`Gave up after ${maxRetries + 1} attempts: RedcoreAPIError`);
    const [path] = await paths(page, 'error-retry');
    expect(path?.slice(-3)).toEqual(['status', 'budget', 'exhausted']);
    expect(await litEdges(page, 'error-retry')).toContain('budget->exhausted');
    await expect(page.locator('[data-flow-panel="error-retry"] [data-flow-node="done"]')).not.toHaveClass(/is-lit/);
  });

  test('duplicate email: 409 DUPLICATE_RESOURCE, a typed error without retry', async ({ page }) => {
    await runScenario(page, 'duplicate-email');
    const entries = await flowEntries(page);
    expect(statuses(entries)).toEqual([409]);
    expect(entries.at(-1)?.text).toContain('ConflictError');
    expect(entries.at(-1)?.text).toContain('DUPLICATE_RESOURCE');
    expect(await paths(page, 'error-retry')).toEqual([['start', 'send', 'status', 'typedError']]);
  });

  test('same Idempotency-Key: the second POST is a replay and creates nothing', async ({ page }) => {
    await runScenario(page, 'idempotent-replay');
    const entries = await flowEntries(page);
    const posts = entries.filter((entry) => entry.kind === 'response' && entry.text.includes('201'));
    expect(posts).toHaveLength(2);
    expect(posts[0]?.text).not.toContain('Idempotent-Replayed');
    expect(posts[1]?.text).toContain('Idempotent-Replayed: true');
    await expect(page.locator('[data-timeline-summary]')).toContainText('one user with that email');
  });

  test('waits play in real time when compression is off, and the label still states them', async ({ page }) => {
    await page.locator('[data-compress]').uncheck();
    const started = Date.now();
    await runScenario(page, 'transient-errors');
    const waits = (await flowEntries(page)).filter((entry) => entry.kind === 'wait');
    const waited = waits.reduce((sum, entry) => sum + Number(entry.waitMs), 0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(waited);
    expect(waits.every((entry) => !entry.text.includes('compressed'))).toBe(true);
  });
});

test.describe('sandbox console state', () => {
  test.beforeEach(async ({ page }) => openConsole(page));

  test('the token lifecycle lights Active, then Expired and Invalid as the clock moves', async ({ page }) => {
    await expect(page.locator('[data-state-panel]')).toHaveAttribute('data-token-state', 'none');
    await runScenario(page, 'happy-path');
    await expectTokenState(page, 'Active');
    await page.locator('[data-clock-step]').first().click();
    await expectTokenState(page, 'Expired');
    await page.locator('[data-clock-step]').last().click();
    await expectTokenState(page, 'Invalid');
    await expect(page.locator('[data-console-announcer]')).toContainText('Token state: Invalid');
  });

  test('state survives a reload: users, the virtual clock and the last rate-limit reading', async ({ page }) => {
    await page.locator('[data-reset]').click();
    await expect(page.locator('[data-console-announcer]')).toContainText('Sandbox reset');
    await page.locator('[data-operation]').selectOption('createUser');
    await page
      .locator('[data-body]')
      .fill(JSON.stringify({ email: 'reload.check@example.com', name: 'Reload', role: 'viewer' }));
    await page.locator('[data-send]').click();
    await expect(page.locator('[data-response]')).toHaveAttribute('data-status', '201');
    await page.locator('[data-clock-step]').first().click();
    await expect(page.locator('[data-clock-detail]')).toHaveText('1 h ahead of real time');
    const remaining = await page.locator('[data-rate-limit]').textContent();

    await page.reload();
    await expect(page.locator('[data-console-status]')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('[data-clock-detail]')).toHaveText('1 h ahead of real time');
    await expect(page.locator('[data-rate-limit]')).toHaveText(remaining!);
    await page.locator('[data-operation]').selectOption('listUsers');
    await page.locator('[data-send]').click();
    await expect(page.locator('[data-response]')).toHaveAttribute('data-status', '200');
    await expect(page.locator('[data-response-body]')).toContainText('reload.check@example.com');
  });
});

test.describe('request console', () => {
  test.beforeEach(async ({ page }) => openConsole(page));

  test('GET /v1/me answers 200 with the request, headers, body and timing shown', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await expect(page.locator('[data-operation]')).toHaveValue('getCurrentApplication');
    await page.locator('[data-send]').click();
    await expect(page.locator('[data-response]')).toHaveAttribute('data-status', '200');
    await expect(page.locator('[data-response-status]')).toHaveText('200 OK');
    await expect(page.locator('[data-response-meta]')).toContainText('1 attempt');
    await expect(page.locator('[data-response-request]')).toContainText('GET https://sandbox.blueround.test/v1/me');
    await expect(page.locator('[data-response-request]')).toContainText('authorization: Bearer');
    await expect(page.locator('[data-response-headers]')).toContainText('x-ratelimit-remaining');
    await expect(page.locator('[data-response-body]')).toContainText('"id": "app_');
    await expect(page.locator('[data-console-announcer]')).toContainText('GET /v1/me: 200');
    await expect(page.locator('[data-curl]')).toContainText(`curl -X GET 'https://sandbox.blueround.test/v1/me'`);
    await expect(page.locator('[data-curl]')).toContainText('"Authorization: Bearer $ACCESS_TOKEN"');
    await page.locator('[data-copy-curl]').click();
    await expect(page.locator('[data-console-announcer]')).toContainText('curl command copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.locator('[data-curl]').textContent(),
    );
    await flowchartsSettled(page);
    expect(await paths(page, 'authentication')).toEqual([
      ['start', 'hasAccess', 'newToken', 'scope', 'forward', 'status', 'success'],
    ]);
  });

  test('read-only credentials and POST /v1/users: 403 INSUFFICIENT_SCOPE', async ({ page }) => {
    await page.locator('[data-operation]').selectOption('createUser');
    await page.getByLabel(/Read-only/).check();
    await page.locator('[data-send]').click();
    await expect(page.locator('[data-response]')).toHaveAttribute('data-status', '403');
    await expect(page.locator('[data-response-error]')).toContainText('InsufficientScopeError');
    await expect(page.locator('[data-response-body]')).toContainText('INSUFFICIENT_SCOPE');
  });

  test('a name with <script> is shown as text and never runs', async ({ page }) => {
    const hostile = `<script>window.__pwned = 1</script><img src=x onerror=window.__pwned=2>`;
    await page.locator('[data-operation]').selectOption('createUser');
    await page.locator('[data-body]').fill(JSON.stringify({ email: 'xss@example.com', name: hostile, role: 'member' }));
    await page.locator('[data-send]').click();
    await expect(page.locator('[data-response]')).toHaveAttribute('data-status', '201');
    await expect(page.locator('[data-response-body]')).toContainText(hostile);
    await expect(page.locator('[data-response-request]')).toContainText(hostile);
    await expect(page.locator('[data-curl]')).toContainText('<script>');
    expect(await page.locator('[data-response] script, [data-response] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('the JSON body is checked as you type, with an accessible error', async ({ page }) => {
    await page.locator('[data-operation]').selectOption('createUser');
    const body = page.locator('[data-body]');
    await body.fill('{"email": "a@example.com",\n "name" "x"}');
    await expect(body).toHaveAttribute('aria-invalid', 'true');
    const error = page.locator('[data-body-error]');
    await expect(error).toBeVisible();
    await expect(error).toContainText('Invalid JSON at line 2');
    expect(await body.getAttribute('aria-describedby')).toContain(await error.getAttribute('id'));
    await page.locator('[data-send]').click();
    await expect(page.locator('[data-console-announcer]')).toContainText('Not sent');
    await expect(body).toBeFocused();
    await body.fill('{"email": "a@example.com", "name": "A", "role": "viewer"}');
    await expect(body).toHaveAttribute('aria-invalid', 'false');
    await expect(error).toBeHidden();
  });

  test('keyboard only: run a scenario and switch flowcharts', async ({ page }) => {
    await page.locator('[data-scenario="happy-path"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-timeline]')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('[data-console-announcer]')).toContainText('Happy path: finished');
    await page.locator('input[name="flow-diagram"]:checked').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-flow-panel="error-retry"]')).toBeVisible();
    await expect(page.locator('[data-flow-panel="authentication"]')).toBeHidden();
  });
});

test('a sandbox that cannot start says why, and starts on "Try again"', async ({ page, context }) => {
  await context.route('**/mockServiceWorker.js', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto('sandbox/');
  const status = page.locator('[data-console-status]');
  await expect(status).toHaveAttribute('data-state', 'failed', { timeout: 20_000 });
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toContainText('The sandbox could not start');
  await expect(status).toContainText('service worker');
  // aria-disabled, not disabled: the button stays focusable and explains itself.
  await expect(page.locator('[data-send]')).toHaveAttribute('aria-disabled', 'true');
  await page.locator('[data-send]').click({ force: true });
  await expect(page.locator('[data-console-announcer]')).toContainText('still starting');
  await context.unroute('**/mockServiceWorker.js');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  await page.locator('[data-send]').click();
  await expect(page.locator('[data-response]')).toHaveAttribute('data-status', '200');
});

test('no request leaves the browser: only the site and the intercepted sandbox host', async ({ page, context }) => {
  // The context sees the page's and the service worker's requests alike.
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const sandboxResponses: boolean[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).hostname === 'sandbox.blueround.test')
      sandboxResponses.push(response.fromServiceWorker());
  });
  await openConsole(page);
  await runScenario(page, 'transient-errors');
  await page.locator('[data-send]').click();
  await expect(page.locator('[data-response]')).toHaveAttribute('data-status', '200');
  const origin = new URL(page.url()).origin;
  const elsewhere = requests
    .map((url) => new URL(url))
    .filter((url) => url.origin !== origin && url.origin !== 'https://sandbox.blueround.test');
  expect(elsewhere.map(String)).toEqual([]);
  expect(sandboxResponses.length).toBeGreaterThan(0);
  expect(sandboxResponses.every(Boolean)).toBe(true);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious after two scenarios (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await openConsole(page);
    await runScenario(page, 'transient-errors');
    await runScenario(page, 'revoked-token');
    await page.locator('[data-send]').click();
    await expect(page.locator('[data-response]')).toHaveAttribute('data-status', '200');
    const blocking = await blockingViolations(page);
    expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
  });
}
