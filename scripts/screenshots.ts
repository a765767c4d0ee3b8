/**
 * Screenshots of the built site for a human to look at:
 *   npm run screenshots -- [path ...]   (default: every sitemap page)
 * Needs `npm run preview` (or PREVIEW_URL) serving dist/. Writes
 * screenshots/<page>--<theme>--<viewport>.png (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium.ts';
import { readSiteEnv } from '../lib/site-env.ts';
import { relativeToBase, sitemapPaths } from './sitemap.ts';

const { base } = readSiteEnv();
const origin = process.env.PREVIEW_URL ?? `http://127.0.0.1:4321${base}`;
const paths =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : sitemapPaths().map((p) => relativeToBase(p, base));
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const only = process.env.VIEWPORTS?.split(',') ?? ['desktop'];

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(await chromiumLaunchOptions());
for (const [viewportName, viewport] of Object.entries(viewports)) {
  if (!only.includes(viewportName)) continue;
  for (const theme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport, colorScheme: theme });
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(new URL(path, origin).href, { waitUntil: 'networkidle' });
      const name = path.replace(/\/$/, '').replace(/\//g, '_') || 'home';
      const file = `screenshots/${name}--${theme}--${viewportName}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE !== '0' });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
