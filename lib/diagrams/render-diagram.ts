import { DiagramCache, type RenderedDiagram } from './cache.ts';
import { diagramKey } from './cache-key.ts';
import { optimizeSvg } from './optimize.ts';
import { MermaidRenderer } from './renderer.ts';
import { mergeThemes } from './theme-merge.ts';
import { mermaidConfig, themedDiagramSource } from './themes.ts';

export type DiagramOutcome =
  { ok: true; key: string; id: string; diagram: RenderedDiagram } | { ok: false; error: string };

const idleCloseMs = 1500;

function svgWidth(svg: string): number {
  const viewBox = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) [\d.]+"/.exec(svg);
  return viewBox ? Math.ceil(Number(viewBox[1])) : 0;
}

/**
 * Renders diagrams through the cache. The browser starts on the first cache miss
 * only and closes itself once idle, so a build with unchanged diagrams launches
 * no browser at all.
 */
export class DiagramService {
  readonly cache: DiagramCache;
  readonly #renderer = new MermaidRenderer();
  #pending = 0;
  #idleTimer: NodeJS.Timeout | undefined;
  /** Renders done by the browser in this process, for tests and the benchmark. */
  browserRenders = 0;
  /** The dev server keeps the browser open, so a diagram edit costs one render, not a launch. */
  #keepWarm = false;

  constructor(cache = new DiagramCache()) {
    this.cache = cache;
  }

  async render(source: string): Promise<DiagramOutcome> {
    const key = diagramKey(source);
    const id = `diagram-${key.slice(0, 10)}`;
    const cached = this.cache.get(key);
    if (cached) return { ok: true, key, id, diagram: cached };

    clearTimeout(this.#idleTimer);
    this.#pending++;
    try {
      const [light, dark] = await Promise.all([
        this.#renderer.render({ id, source: themedDiagramSource(source, 'light'), config: mermaidConfig('light') }),
        this.#renderer.render({
          id,
          source: themedDiagramSource(source, 'dark'),
          config: mermaidConfig('dark'),
          outline: false,
        }),
      ]);
      this.browserRenders += 2;
      if (!light.ok) return { ok: false, error: light.error };
      if (!dark.ok) return { ok: false, error: dark.error };
      const merged = mergeThemes(light.svg, dark.svg, id);
      const svg = merged
        ? { both: optimizeSvg(merged, { alreadyXml: true }) }
        : { light: optimizeSvg(light.svg), dark: optimizeSvg(dark.svg.replaceAll(id, `${id}-dark`)) };
      const diagram: RenderedDiagram = {
        svg,
        diagramType: light.diagramType,
        outline: light.outline,
        width: svgWidth(light.svg),
      };
      this.cache.set(key, diagram);
      return { ok: true, key, id, diagram };
    } finally {
      this.#pending--;
      if (this.#pending === 0 && !this.#keepWarm) {
        this.#idleTimer = setTimeout(() => void this.#renderer.close(), idleCloseMs);
      }
    }
  }

  /** Starts the browser now and keeps it for the life of the process. */
  async keepWarm(): Promise<void> {
    this.#keepWarm = true;
    clearTimeout(this.#idleTimer);
    await this.#renderer.warm();
  }

  /** "Chromium 153… (…)" once a browser has started in this process. */
  get browserDescription(): string | null {
    return this.#renderer.browserDescription;
  }

  get browserLaunched(): boolean {
    return this.#renderer.launched;
  }

  async close(): Promise<void> {
    clearTimeout(this.#idleTimer);
    await this.#renderer.close();
  }
}

let shared: DiagramService | undefined;

/** One service per build process, shared by the pre-build check and the Markdown plugin. */
export function sharedDiagramService(): DiagramService {
  shared ??= new DiagramService();
  return shared;
}
