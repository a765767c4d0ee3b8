import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../lib/chromium.ts';
import { packageDir } from '../lib/package-dir.ts';
import type { MermaidConfig } from './themes.ts';

const mermaidDir = packageDir('mermaid');
const elkDir = packageDir('@mermaid-js/layout-elk');

/** A made-up origin the page loads Mermaid from; Playwright answers it from node_modules. */
const origin = 'http://diagrams.localhost';

const rendererPage = `<!doctype html><html><head><meta charset="utf-8"></head><body>
<div id="stage"></div>
<script type="module">
  import mermaid from '/mermaid/dist/mermaid.esm.min.mjs';
  import elkLayouts from '/elk/dist/mermaid-layout-elk.esm.min.mjs';
  // ELK must be registered in this page: without it 'layout: elk' silently falls back to dagre.
  mermaid.registerLayoutLoaders(elkLayouts);
  window.__mermaid = mermaid;
  window.__ready = true;
</script></body></html>`;

export interface RenderRequest {
  /** Unique, stable DOM id for the SVG (also scopes Mermaid's CSS). */
  id: string;
  source: string;
  config: MermaidConfig;
}

export type RenderResult =
  { ok: true; svg: string; diagramType: string; outline: DiagramOutline | null } | { ok: false; error: string };

/** Nodes and edges in reading order, for the text alternative. */
export interface DiagramOutline {
  kind: 'flowchart' | 'sequence' | 'state';
  items: string[];
}

async function serveFromNodeModules(page: Page) {
  await page.route(`${origin}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/') {
      await route.fulfill({ body: rendererPage, contentType: 'text/html' });
      return;
    }
    const [, root, ...rest] = pathname.split('/');
    const dir = root === 'mermaid' ? mermaidDir : root === 'elk' ? elkDir : null;
    if (!dir || rest.some((part) => part === '..')) {
      await route.fulfill({ status: 404, body: '' });
      return;
    }
    await route.fulfill({ body: await readFile(join(dir, ...rest)), contentType: 'text/javascript' });
  });
}

/**
 * A headless Chromium page with Mermaid and ELK loaded, rendering diagrams on
 * request. Launched lazily, so a build whose diagrams are all cached never
 * starts a browser.
 */
export class MermaidRenderer {
  #browser: Promise<Browser> | null = null;
  /** One queue per page: Mermaid's configuration is global to a page, so renders on it must not overlap. */
  #slots: { page: Promise<Page>; queue: Promise<unknown> }[] = [];
  #next = 0;
  readonly #parallelPages: number;

  constructor(parallelPages = 2) {
    this.#parallelPages = parallelPages;
  }

  get launched(): boolean {
    return this.#browser !== null;
  }

  #slot() {
    this.#browser ??= chromium.launch(chromiumLaunchOptions());
    const browser = this.#browser;
    const index = this.#next++ % this.#parallelPages;
    this.#slots[index] ??= {
      page: browser.then(async (launched) => {
        const page = await launched.newPage();
        await serveFromNodeModules(page);
        await page.goto(`${origin}/`);
        await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
        return page;
      }),
      queue: Promise.resolve(),
    };
    return this.#slots[index];
  }

  render(request: RenderRequest): Promise<RenderResult> {
    const slot = this.#slot();
    const result = slot.queue.then(async () => (await slot.page).evaluate(renderInPage, request));
    slot.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    const browser = this.#browser;
    this.#browser = null;
    this.#slots = [];
    if (browser) await (await browser).close();
  }
}

/** Runs inside Chromium: must not reference anything from this module's scope. */
async function renderInPage(request: RenderRequest): Promise<RenderResult> {
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

  try {
    mermaid.initialize({ ...request.config, startOnLoad: false });
    const stage = document.getElementById('stage')!;
    stage.replaceChildren();
    const { svg, diagramType } = await mermaid.render(request.id, request.source, stage);
    let outline: DiagramOutline | null = null;
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
