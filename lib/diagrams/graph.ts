import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium.ts';
import { packageDir } from '../package-dir.ts';

/**
 * A diagram's graph as Mermaid itself parses it: the facts a reader relies on
 * (which boxes exist, what they say, what connects to what), not its text.
 * Flowcharts give vertices and edges, sequence diagrams participants and
 * messages, state diagrams states and transitions.
 */
export interface DiagramGraph {
  kind: 'flowchart' | 'sequence' | 'state' | 'other';
  nodes: { id: string; label: string }[];
  edges: { from: string; to: string; label: string }[];
}

export type GraphResult = { ok: true; graph: DiagramGraph } | { ok: false; error: string };

const mermaidDir = packageDir('mermaid');
const origin = 'http://graphs.localhost';
const parserPage = `<!doctype html><html><head><meta charset="utf-8"></head><body>
<script type="module">
  import mermaid from '/mermaid/dist/mermaid.esm.min.mjs';
  mermaid.initialize({ startOnLoad: false });
  window.__mermaid = mermaid;
  window.__ready = true;
</script></body></html>`;

/**
 * Mermaid's parsers need a DOM, so they run in headless Chromium, as the
 * renderer does (lib/diagrams/renderer.ts); this page only parses.
 */
export class MermaidGraphReader {
  #browser: Browser | null = null;
  #page: Page | null = null;

  async #open(): Promise<Page> {
    if (this.#page) return this.#page;
    this.#browser = await chromium.launch(await chromiumLaunchOptions());
    const page = await this.#browser.newPage();
    await page.route(`${origin}/**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === '/') return route.fulfill({ body: parserPage, contentType: 'text/html' });
      const [, root, ...rest] = pathname.split('/');
      if (root !== 'mermaid' || rest.some((part) => part === '..')) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ body: await readFile(join(mermaidDir, ...rest)), contentType: 'text/javascript' });
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
    this.#page = page;
    return page;
  }

  async read(source: string): Promise<GraphResult> {
    const page = await this.#open();
    return page.evaluate(graphInPage, source);
  }

  async close(): Promise<void> {
    await this.#browser?.close();
    this.#browser = null;
    this.#page = null;
  }
}

/** Runs inside Chromium: must not reference anything from this module's scope. */
async function graphInPage(source: string): Promise<GraphResult> {
  type Db = Record<string, (...args: unknown[]) => unknown>;
  const mermaid = (
    window as unknown as {
      __mermaid: {
        parse(text: string): Promise<unknown>;
        mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: Db; type: string }> };
      };
    }
  ).__mermaid;
  const clean = (text: unknown) =>
    (typeof text === 'string' ? text : '')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/\\n/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  try {
    // parse() registers the diagram types (Mermaid loads them lazily) and reports syntax errors.
    await mermaid.parse(source);
    const { db, type } = await mermaid.mermaidAPI.getDiagramFromText(source);
    if (type.startsWith('flowchart') && db.getVertices && db.getEdges) {
      const vertices = db.getVertices() as Map<string, { text?: string }>;
      const edges = db.getEdges() as { start: string; end: string; text?: string }[];
      return {
        ok: true,
        graph: {
          kind: 'flowchart',
          nodes: [...vertices].map(([id, v]) => ({ id, label: clean(v.text) || id })),
          edges: edges.map((e) => ({ from: e.start, to: e.end, label: clean(e.text) })),
        },
      };
    }
    if (type === 'sequence' && db.getMessages) {
      const actors = (db.getActors?.() ?? new Map()) as Map<string, { description?: string }>;
      const messages = db.getMessages() as { from?: string; to?: string; message?: unknown; type?: number }[];
      const noteType = 2;
      return {
        ok: true,
        graph: {
          kind: 'sequence',
          nodes: [...actors].map(([id, a]) => ({ id, label: clean(a.description) || id })),
          edges: messages
            .filter((m) => m.type !== noteType && m.from && m.to)
            .map((m) => ({ from: m.from!, to: m.to!, label: clean(m.message) })),
        },
      };
    }
    if (type.startsWith('state') && db.getRelations) {
      const relations = db.getRelations() as { id1: string; id2: string; relationTitle?: string }[];
      const state = (id: string) => (id === '[*]' || id.startsWith('root_') ? '[*]' : id);
      const ids = [...new Set(relations.flatMap((r) => [state(r.id1), state(r.id2)]))];
      return {
        ok: true,
        graph: {
          kind: 'state',
          nodes: ids.map((id) => ({ id, label: id })),
          edges: relations.map((r) => ({ from: state(r.id1), to: state(r.id2), label: clean(r.relationTitle) })),
        },
      };
    }
    return { ok: true, graph: { kind: 'other', nodes: [], edges: [] } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
