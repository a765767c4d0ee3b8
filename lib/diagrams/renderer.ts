import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumForThisProcess, chromiumLaunchOptions, describeChromium } from '../chromium.ts';
import { packageDir } from '../package-dir.ts';
import { diagramFont } from './font.ts';
import { servePage, type PageServer } from './page-server.ts';
import { renderInPage, type RenderRequest, type RenderResult } from './render-in-page.ts';

export type { DiagramOutline, RenderRequest, RenderResult } from './render-in-page.ts';

const mermaidDir = packageDir('mermaid');
const elkDir = packageDir('@mermaid-js/layout-elk');
const fontDir = packageDir(diagramFont.package);
const served = {
  mermaid: { dir: mermaidDir, contentType: 'text/javascript' },
  elk: { dir: elkDir, contentType: 'text/javascript' },
  font: { dir: join(fontDir, 'files'), contentType: 'font/woff2' },
};

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
  #context: Promise<BrowserContext> | null = null;
  /** Serves the renderer page and Mermaid to the pages; started with the browser. */
  #server: Promise<PageServer> | null = null;
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
    this.#server ??= servePage(rendererPage, served);
    // One context for all pages: the second page loads Mermaid from the first one's HTTP cache.
    this.#context ??= this.#browser.then((launched) => launched.newContext());
    const context = this.#context;
    const server = this.#server;
    const index = this.#next++ % this.#parallelPages;
    this.#slots[index] ??= {
      page: context.then(async (shared) => {
        const page = await shared.newPage();
        await page.goto(`${(await server).origin}/`);
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
    const server = this.#server;
    this.#browser = null;
    this.#context = null;
    this.#server = null;
    this.#slots = [];
    if (browser) await (await browser).close();
    if (server) await (await server).close();
  }
}
