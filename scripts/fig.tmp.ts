import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './lib/chromium.ts';
const [path, idx, out, width] = process.argv.slice(2);
const browser = await chromium.launch(chromiumLaunchOptions());
for (const theme of ['light', 'dark']) {
  const ctx = await browser.newContext({ viewport: { width: Number(width ?? 1280), height: 900 } });
  await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4321/' + path);
  await page
    .locator('figure.diagram')
    .nth(Number(idx))
    .screenshot({ path: `${out}-${theme}.png` });
  await ctx.close();
}
await browser.close();
