import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumForThisProcess, chromiumLaunchOptions, describeChromium } from '../chromium.ts';
import { packageDir } from '../package-dir.ts';
import { diagramFont } from './font.ts';
import type { MermaidConfig } from './themes.ts';

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

export interface RenderRequest {
  /** Unique, stable DOM id for the SVG (also scopes Mermaid's CSS). */
  id: string;
  source: string;
  config: MermaidConfig;
  /** The text outline is read from the light render only. */
  outline?: boolean;
}

export type RenderResult =
  { ok: true; svg: string; diagramType: string; outline: DiagramOutline | null } | { ok: false; error: string };

/** Nodes and edges in reading order, for the text alternative. */
export interface DiagramOutline {
  kind: 'flowchart' | 'sequence' | 'state';
  items: string[];
}

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

  render(request: RenderRequest): Promise<RenderResult> {
    const slot = this.#slot();
    return new Promise((resolve, reject) => {
      slot.waiting.push({ request, resolve, reject });
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

/** Runs inside Chromium: must not reference anything from this module's scope. */
async function renderInPage(requests: RenderRequest[]): Promise<RenderResult[]> {
  type Db = Record<string, (...args: unknown[]) => unknown>;
  type MermaidApi = {
    initialize(config: unknown): void;
    render(id: string, text: string, container?: Element): Promise<{ svg: string; diagramType: string }>;
    mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: Db; type: string }> };
  };
  const mermaid = (window as unknown as { __mermaid: MermaidApi }).__mermaid;
  const clean = (text: unknown) =>
    (typeof text === 'string' ? text : '')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();

  function outlineOf(db: Db, type: string): DiagramOutline | null {
    if (type.startsWith('flowchart') && db.getVertices && db.getEdges) {
      const vertices = db.getVertices() as Map<string, { text?: string }>;
      const label = (id: string) => clean(vertices.get(id)?.text) || id;
      const edges = db.getEdges() as { start: string; end: string; text?: string }[];
      const items = edges.map((edge) => {
        const via = clean(edge.text);
        return `${label(edge.start)} → ${via ? `(${via}) ` : ''}${label(edge.end)}`;
      });
      const connected = new Set(edges.flatMap((edge) => [edge.start, edge.end]));
      for (const id of vertices.keys()) if (!connected.has(id)) items.push(label(id));
      return { kind: 'flowchart', items };
    }
    if (type === 'sequence' && db.getMessages) {
      const actors = (db.getActors?.() ?? new Map()) as Map<string, { description?: string }>;
      const name = (id: string) => clean(actors.get(id)?.description) || id;
      const messages = db.getMessages() as { from?: string; to?: string; message?: unknown; type?: number }[];
      // Mermaid's line type 2 is a note; messages without both ends open or close blocks (alt, loop…).
      const noteType = 2;
      const items = messages.flatMap((m) => {
        const text = clean(m.message);
        if (m.type === noteType)
          return [
            `Note (${[m.from, m.to]
              .filter(Boolean)
              .map((id) => name(id!))
              .join(', ')}): ${text}`,
          ];
        if (m.from && m.to) return [`${name(m.from)} → ${name(m.to)}: ${text}`];
        return text ? [`[${text}]`] : [];
      });
      return { kind: 'sequence', items };
    }
    if (type.startsWith('state') && db.getRelations) {
      const relations = db.getRelations() as { id1: string; id2: string; relationTitle?: string }[];
      const state = (id: string) => (id === '[*]' || id.startsWith('root_') ? '●' : id);
      return {
        kind: 'state',
        items: relations.map(
          (r) => `${state(r.id1)} → ${state(r.id2)}${r.relationTitle ? `: ${clean(r.relationTitle)}` : ''}`,
        ),
      };
    }
    return null;
  }

  /**
   * A wrapped edge label keeps a box as wide as Mermaid's max-width (200 px)
   * even when its lines are narrower, and that box's opaque background can hide
   * the end of a neighbouring label ("TTL elapsed" drawn as "TTL elapse"). Shrink
   * each edge label's box to its widest line, about its centre; text and line
   * breaks are unchanged, since every line still fits.
   */
  function fitEdgeLabels(svgText: string, stage: HTMLElement): string {
    stage.innerHTML = svgText;
    const svg = stage.querySelector('svg');
    if (!svg) return svgText;
    let changed = false;
    for (const box of svg.querySelectorAll<SVGForeignObjectElement>('g.edgeLabel foreignObject')) {
      const content = box.firstElementChild;
      const group = box.parentElement;
      const scale = box.getScreenCTM()?.a ?? 1;
      if (!content || !group || scale <= 0) continue;
      // Text nodes only: the rects of the block elements around them span the whole box.
      const lines: DOMRect[] = [];
      const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(text);
        lines.push(...[...range.getClientRects()].filter((rect) => rect.width > 0));
      }
      if (lines.length === 0) continue;
      const left = Math.min(...lines.map((rect) => rect.left));
      const right = Math.max(...lines.map((rect) => rect.right));
      const width = Math.ceil(((right - left) / scale) * 100) / 100 + 1;
      const current = Number(box.getAttribute('width'));
      if (!(width < current - 1)) continue;
      const shift = /translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)/.exec(group.getAttribute('transform') ?? '');
      if (!shift) continue;
      box.setAttribute('width', String(width));
      group.setAttribute('transform', `translate(${-width / 2} ${shift[2]})`);
      changed = true;
    }
    return changed ? svg.outerHTML : svgText;
  }

  async function renderOne(request: RenderRequest): Promise<RenderResult> {
    try {
      mermaid.initialize({ ...request.config, startOnLoad: false });
      const stage = document.getElementById('stage')!;
      stage.replaceChildren();
      const rendered = await mermaid.render(request.id, request.source, stage);
      const svg = fitEdgeLabels(rendered.svg, stage);
      const diagramType = rendered.diagramType;
      let outline: DiagramOutline | null = null;
      if (request.outline !== false)
        try {
          const diagram = await mermaid.mermaidAPI.getDiagramFromText(request.source);
          outline = outlineOf(diagram.db, diagram.type);
        } catch {
          outline = null;
        }
      return { ok: true, svg, diagramType, outline };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: message };
    }
  }

  const results: RenderResult[] = [];
  for (const request of requests) results.push(await renderOne(request));
  return results;
}
