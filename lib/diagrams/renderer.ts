import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumForThisProcess, chromiumLaunchOptions, describeChromium } from '../chromium.ts';
import { packageDir } from '../package-dir.ts';
import { diagramFont } from './font.ts';
import { renderInPage, type RenderRequest, type RenderResult } from './render-in-page.ts';

export type { DiagramOutline, RenderRequest, RenderResult } from './render-in-page.ts';

const mermaidDir = packageDir('mermaid');
const elkDir = packageDir('@mermaid-js/layout-elk');
const fontDir = packageDir(diagramFont.package);

/** A made-up origin the page loads Mermaid from; Playwright answers it from node_modules. */
const origin = 'http://diagrams.localhost';

/** The site's own @font-face rule (diagram-font.ts), so text is measured in the font readers get. */
const fontFace = readFileSync(join(fontDir, diagramFont.stylesheet), 'utf8').replaceAll('./files/', '/font/');

const rendererPage = `<!doctype html><html><head><meta charset="utf-8"><style>${fontFace}</style></head><body>
<div id="stage"></div>
<script type="module">
  import mermaid from '/mermaid/dist/mermaid.esm.min.mjs';
  import elkLayouts from '/elk/dist/mermaid-layout-elk.esm.min.mjs';
  // ELK must be registered in this page: without it 'layout: elk' silently falls back to dagre.
  mermaid.registerLayoutLoaders(elkLayouts);
  await document.fonts.load('15px "${diagramFont.family}"');
  window.__mermaid = mermaid;
  window.__ready = document.fonts.check('15px "${diagramFont.family}"') ? true : 'font missing';
</script></body></html>`;

const contentTypes: Record<string, string> = { mermaid: 'text/javascript', elk: 'text/javascript', font: 'font/woff2' };

async function serveFromNodeModules(page: Page) {
  await page.route(`${origin}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/') {
      await route.fulfill({ body: rendererPage, contentType: 'text/html' });
      return;
    }
    const [, root, ...rest] = pathname.split('/');
    const dir =
      root === 'mermaid' ? mermaidDir : root === 'elk' ? elkDir : root === 'font' ? join(fontDir, 'files') : null;
    if (!dir || rest.some((part) => part === '..')) {
      await route.fulfill({ status: 404, body: '' });
      return;
    }
    await route.fulfill({
      body: await readFile(join(dir, ...rest)),
      contentType: contentTypes[root!] ?? 'application/octet-stream',
    });
  });
}

interface Waiting {
  request: RenderRequest;
  resolve: (result: RenderResult) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  page: Promise<Page>;
  waiting: Waiting[];
  busy: boolean;
}

/** Diagrams sent to a page in one round trip: enough to amortise it, few enough to keep both pages busy. */
const batchSize = 8;

/**
 * Headless Chromium pages with Mermaid and ELK loaded, rendering diagrams on
 * request. Launched lazily, so a build whose diagrams are all cached never
 * starts a browser. Requests made together are sent to a page in batches.
 */
export class MermaidRenderer {
  #browser: Promise<Browser> | null = null;
  /** Mermaid's configuration is global to a page, so each page renders one batch at a time. */
  #slots: Slot[] = [];
  #next = 0;
  readonly #parallelPages: number;
  /** "Chromium 153… (npm …)", once a browser has started. */
  browserDescription: string | null = null;

  constructor(parallelPages = 2) {
    this.#parallelPages = parallelPages;
  }

  get launched(): boolean {
    return this.#browser !== null;
  }

  async #launch(): Promise<Browser> {
    const browser = await chromium.launch(await chromiumLaunchOptions());
    this.browserDescription = describeChromium(await chromiumForThisProcess(), browser.version());
    return browser;
  }

  #slot(): Slot {
    this.#browser ??= this.#launch();
    const browser = this.#browser;
    const index = this.#next++ % this.#parallelPages;
    this.#slots[index] ??= {
      page: browser.then(async (launched) => {
        const page = await launched.newPage();
        await serveFromNodeModules(page);
        await page.goto(`${origin}/`);
        const ready = await page.waitForFunction(() => (window as unknown as { __ready?: unknown }).__ready);
        if ((await ready.jsonValue()) !== true) throw new Error(`Diagram font ${diagramFont.family} did not load`);
        return page;
      }),
      waiting: [],
      busy: false,
    };
    return this.#slots[index];
  }

  /** Starts the browser and its pages now (the dev server does, so the first diagram edit is fast). */
  async warm(): Promise<void> {
    for (let i = 0; i < this.#parallelPages; i++) await this.#slot().page;
  }

  /** `first`: ahead of the requests already waiting (another render waits for this one). */
  render(request: RenderRequest, options: { first?: boolean } = {}): Promise<RenderResult> {
    const slot = this.#slot();
    return new Promise((resolve, reject) => {
      if (options.first) slot.waiting.unshift({ request, resolve, reject });
      else slot.waiting.push({ request, resolve, reject });
      if (!slot.busy) void this.#drain(slot);
    });
  }

  async #drain(slot: Slot) {
    slot.busy = true;
    // Let the caller's other requests of this tick join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (slot.waiting.length > 0) {
      const batch = slot.waiting.splice(0, batchSize);
      try {
        const page = await slot.page;
        const results = await page.evaluate(
          renderInPage,
          batch.map((item) => item.request),
        );
        batch.forEach((item, index) => item.resolve(results[index]!));
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    slot.busy = false;
  }

  async close(): Promise<void> {
    const browser = this.#browser;
    this.#browser = null;
    this.#slots = [];
    if (browser) await (await browser).close();
  }
}
