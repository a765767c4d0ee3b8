import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.ts';
import { readSiteEnv } from './scripts/lib/site-env.ts';

const port = Number(process.env.PREVIEW_PORT ?? 4321);
const { base } = readSiteEnv();

const chromium = { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() };

/**
 * End-to-end and accessibility suites against the built site served by `astro
 * preview`. Projects shard the suite by page type, so CI runs each on its own
 * runner against the same build (`--project content`, …); locally
 * `npm run test:e2e` runs them all. pages.spec.ts visits every page in both
 * themes and tags each test with its section (@content, @guides, @reference, @sandbox).
 */
export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  // Two cores on every machine here: one worker per core.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.GITHUB_ACTIONS ? [['github'], ['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'content',
      testMatch: [
        'e2e/pages.spec.ts',
        'e2e/seed-pages.spec.ts',
        'e2e/diagrams.spec.ts',
        'e2e/search.spec.ts',
        'e2e/theme.spec.ts',
      ],
      grepInvert: /@reference|@sandbox|@guides/,
      use: chromium,
    },
    {
      name: 'guides',
      testMatch: ['e2e/pages.spec.ts'],
      grep: /@guides/,
      use: chromium,
    },
    {
      name: 'reference',
      testMatch: ['e2e/pages.spec.ts', 'e2e/reference.spec.ts'],
      grep: /@reference|reference\.spec\.ts/,
      use: chromium,
    },
    {
      name: 'sandbox',
      testMatch: ['e2e/pages.spec.ts', 'e2e/sandbox-console.spec.ts'],
      grep: /@sandbox|sandbox-console\.spec\.ts/,
      use: chromium,
    },
  ],
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
