import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * One Playwright: the project declares `@playwright/test` alone, pinned
 * exactly, and everything imports its browser API from there (the diagram
 * renderer, the Chromium resolver, screenshots and tests), so the build and the
 * tests always drive the same browser code. `playwright` and `playwright-core`
 * arrive only as its own dependencies.
 */
const manifest = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as {
    version: string;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };

describe('Playwright package', () => {
  const declared = { ...manifest('package.json').dependencies, ...manifest('package.json').devDependencies };

  it('declares @playwright/test at one exact version, and no other Playwright package', () => {
    expect(declared['@playwright/test']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(declared).not.toHaveProperty('playwright');
    expect(declared).not.toHaveProperty('playwright-core');
  });

  it('installs the browser library of that very version underneath it', () => {
    const runner = manifest('node_modules/@playwright/test/package.json');
    expect(runner.version).toBe(declared['@playwright/test']);
    const playwright = manifest('node_modules/playwright/package.json');
    expect(playwright.dependencies?.['playwright-core']).toBe(runner.version);
    expect(manifest('node_modules/playwright-core/package.json').version).toBe(runner.version);
  });
});
