import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { readSiteEnv } from './lib/site-env.ts';

const port = Number(process.env.PREVIEW_PORT ?? 4321);
const { base } = readSiteEnv();
// The same Chromium the diagram renderer uses (lib/chromium.ts).
const launchOptions = await chromiumLaunchOptions();

const chromium = { ...devices['Desktop Chrome'], launchOptions };

/** Specs that belong to one shard; every other spec is "content". */
const guideSpecs = ['e2e/run-in-sandbox.spec.ts'];
const referenceSpecs = ['e2e/reference.spec.ts', 'e2e/changelog.spec.ts', 'e2e/deprecation.spec.ts'];
const sandboxSpecs = ['e2e/sandbox-console.spec.ts', 'e2e/console-feedback.spec.ts'];

/** A shard's tests: its own specs whole, and pages.spec.ts's tests tagged with its section. */
function section(tag: string, specs: string[]): RegExp {
  const files = specs.map((spec) => spec.replace('e2e/', '').replaceAll('.', '\\.'));
  return new RegExp(`@${tag}|${files.join('|')}`);
}

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
    // Recording a trace of every test to keep the failures' costs about a quarter of the suite's
    // CPU. GitHub's jobs keep them (uploaded with test-results/ when a job fails, and nobody can
    // rerun there); elsewhere a failure keeps its screenshot and error context, and
    // `npx playwright test --trace on` records traces while debugging.
    trace: process.env.GITHUB_ACTIONS ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'content',
      testMatch: 'e2e/**/*.spec.ts',
      testIgnore: [...guideSpecs, ...referenceSpecs, ...sandboxSpecs],
      grepInvert: /@guides|@reference|@sandbox|@phone-only/,
      use: chromium,
    },
    {
      name: 'guides',
      testMatch: ['e2e/pages.spec.ts', ...guideSpecs],
      grep: section('guides', guideSpecs),
      grepInvert: /@phone-only/,
      use: chromium,
    },
    {
      name: 'reference',
      testMatch: ['e2e/pages.spec.ts', ...referenceSpecs],
      grep: section('reference', referenceSpecs),
      grepInvert: /@phone-only/,
      use: chromium,
    },
    {
      name: 'sandbox',
      testMatch: ['e2e/pages.spec.ts', ...sandboxSpecs],
      grep: section('sandbox', sandboxSpecs),
      grepInvert: /@phone-only/,
      use: chromium,
    },
    // Tests tagged @phone (or @phone-only) also run on a 390×844 touch screen.
    {
      name: 'phone',
      testMatch: 'e2e/**/*.spec.ts',
      grep: /@phone/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
  ],
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
