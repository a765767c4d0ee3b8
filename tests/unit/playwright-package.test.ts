import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * One Playwright: build code (the diagram renderer, the Chromium resolver)
 * imports `playwright-core`, the browser library without a test runner; tests
 * use `@playwright/test`, which is built on that same package. Both are pinned
 * to one exact version, so the build and the tests drive the same browser code.
 */
const manifest = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as {
    version: string;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };

describe('Playwright packages', () => {
  const declared = manifest('package.json').devDependencies ?? {};

  it('declares @playwright/test and playwright-core at one exact version, and not playwright', () => {
    expect(declared['@playwright/test']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(declared['playwright-core']).toBe(declared['@playwright/test']);
    expect(declared).not.toHaveProperty('playwright');
  });

  it('installs the playwright-core that @playwright/test runs on', () => {
    const runner = manifest('node_modules/@playwright/test/package.json');
    const playwright = manifest('node_modules/playwright/package.json');
    expect(runner.dependencies?.['playwright']).toBe(playwright.version);
    expect(playwright.dependencies?.['playwright-core']).toBe(declared['playwright-core']);
    expect(manifest('node_modules/playwright-core/package.json').version).toBe(declared['playwright-core']);
  });
});
