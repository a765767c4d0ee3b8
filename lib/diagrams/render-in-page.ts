import type { MermaidConfig } from './themes.ts';

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

/** Runs inside Chromium: must not reference anything from this module's scope. */
export async function renderInPage(requests: RenderRequest[]): Promise<RenderResult[]> {
  type Db = Record<string, (...args: unknown[]) => unknown>;
  type MermaidApi = {
    initialize(config: unknown): void;
    render(id: string, text: string, container?: Element): Promise<{ svg: string; diagramType: string }>;
    mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: Db; type: string }> };
  };
  const mermaid = (window as unknown as { __mermaid: MermaidApi }).__mermaid;
  const clean = (text: unknown) =>
    (typeof text === 'string' ? text : '')
      // A line break in a label separates two thoughts ("Build<br>npm run build"): keep them apart when read.
      .replace(/\s*<br\s*\/?>\s*/gi, ' — ')
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
      // [*] is the start when a transition leaves it and the end when one enters it; say which.
      const pseudo = (id: string) => id === '[*]' || id.startsWith('root_');
      const from = (id: string) => (pseudo(id) ? 'Start' : id);
      const to = (id: string) => (pseudo(id) ? 'End' : id);
      return {
        kind: 'state',
        items: relations.map(
          (r) => `${from(r.id1)} → ${to(r.id2)}${r.relationTitle ? `: ${clean(r.relationTitle)}` : ''}`,
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
      // Mermaid numbers sequence actors (`actor7`, `root-7`, `actor-man-torso7`…) with counters global to the page, so
      // the same diagram came out with other ids on every render: number them per diagram, under its id.
      const counters = new Map<string, number>();
      const svg = fitEdgeLabels(rendered.svg, stage).replace(
        /\bid="(actor-man-arms|actor-man-torso|actor|root-)\d+"/g,
        (_, kind: string) => {
          const next = counters.get(kind) ?? 0;
          counters.set(kind, next + 1);
          return `id="${request.id}-${kind.replace(/-$/, '')}${next}"`;
        },
      );
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
