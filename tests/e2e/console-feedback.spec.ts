/**
 * The sandbox console answers where the reader is: a scenario's timeline is
 * brought into view and announced, and after a reload the console says what
 * the sandbox kept (data, clock) and what it did not (the last timeline and
 * response). Desktop and phone (@phone).
 */
import { expect, test, type Page } from '@playwright/test';

async function openConsole(page: Page) {
  await page.goto('sandbox/');
  await expect(page.locator('[data-console-status]')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
}

test.describe('console feedback', { tag: '@phone' }, () => {
  for (const motion of ['no-preference', 'reduce'] as const) {
    test(`a scenario brings its timeline into view and announces it (motion: ${motion})`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await openConsole(page);
      const button = page.locator('[data-scenario="happy-path"]');
      await button.scrollIntoViewIfNeeded();
      await expect(page.locator('#timeline')).not.toBeInViewport();
      // Every announcement, since a short run replaces the first one quickly.
      await page.evaluate(() => {
        const announcer = document.querySelector('[data-console-announcer]')!;
        const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
        new MutationObserver(() => heard.push(announcer.textContent ?? '')).observe(announcer, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      await button.click();
      await expect(page.locator('#timeline')).toBeInViewport();
      await expect(page.locator('[data-timeline-summary]')).toBeInViewport();
      await expect(page.locator('[data-timeline]')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
      await expect(page.locator('[data-console-announcer]')).toContainText('Happy path: finished');
      const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
      expect(heard).toContain('Running Happy path. Its steps appear in the timeline.');
    });
  }

  test('after a reload the console says what it kept and what it did not', async ({ page }) => {
    await openConsole(page);
    await page.locator('[data-reset]').click();
    await expect(page.locator('[data-console-announcer]')).toContainText('Sandbox reset');
    await page.locator('[data-operation]').selectOption('createUser');
    await page
      .locator('[data-body]')
      .fill(JSON.stringify({ email: 'kept.note@example.com', name: 'Kept', role: 'viewer' }));
    await page.locator('[data-send]').click();
    await expect(page.locator('[data-response]')).toHaveAttribute('data-status', '201');
    await page.locator('[data-clock-step]').first().click();
    await expect(page.locator('[data-clock-detail]')).toHaveText('1 h ahead of real time');

    await page.reload();
    await expect(page.locator('[data-console-status]')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
    const kept = page.locator('[data-console-status] [data-kept-state]');
    await expect(kept).toContainText('kept its data');
    await expect(kept).toContainText('1 h ahead of real time');
    await expect(page.locator('[data-timeline-summary]')).toContainText('is not kept when the page reloads');
    await expect(page.locator('[data-timeline-summary]')).toContainText('POST /v1/users');
    const note = page.locator('[data-response-note]');
    await expect(note).toBeVisible();
    await expect(note).toContainText('201');
    // A new request replaces the note with its own response.
    await page.locator('[data-operation]').selectOption('getCurrentApplication');
    await page.locator('[data-send]').click();
    await expect(page.locator('[data-response]')).toHaveAttribute('data-status', '200');
    await expect(note).toBeHidden();
  });
});

test('a fresh sandbox has nothing to explain', async ({ page }) => {
  await openConsole(page);
  await expect(page.locator('[data-console-status] [data-kept-state]')).toHaveCount(0);
  await expect(page.locator('[data-response-note]')).toBeHidden();
});
