import { DiagramCache, type RenderedDiagram } from './cache.ts';
import { diagramKey } from './cache-key.ts';
import { optimizeSvg } from './optimize.ts';
import { classDefColors, DarkColors } from './dark-colors.ts';
import { MermaidRenderer, type RenderResult } from './renderer.ts';
import { mergeThemes } from './theme-merge.ts';
import { mapThemes } from './theme-map.ts';
import { mermaidConfig, themedDiagramSource } from './themes.ts';

export type DiagramOutcome =
  { ok: true; key: string; id: string; diagram: RenderedDiagram } | { ok: false; error: string };

const idleCloseMs = 1500;

/** One small diagram of each kind the docs use, for keepWarm() to learn colors from. */
const teachingDiagrams = [
  'flowchart TD\n  A["Start"] --> B{"Check"}\n  B -- Yes --> C(["Done"])\n  subgraph S["Group"]\n    C\n  end',
  'sequenceDiagram\n  participant A as App\n  A->>B: call\n  B-->>A: reply\n  Note over A,B: note',
  'stateDiagram-v2\n  [*] --> One\n  One --> Two: go\n  Two --> [*]',
];

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
  /** Renders done by the browser in this process (one per diagram, two to learn colors), for tests and the benchmark. */
  browserRenders = 0;
  /** Diagrams rendered rather than read from the cache. */
  rendered = 0;
  readonly #darkColors = new DarkColors();
  /** Per diagram type, the dual render in flight that the next diagrams of the type wait to learn from. */
  readonly #learning = new Map<string, Promise<void>>();
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
    this.rendered++;
    try {
      const lightSource = themedDiagramSource(source, 'light');
      const light = await this.#renderer.render({ id, source: lightSource, config: mermaidConfig('light') });
      this.browserRenders++;
      if (!light.ok) return { ok: false, error: light.error };
      const svg = await this.#bothThemes(light, id, lightSource, themedDiagramSource(source, 'dark'));
      if ('error' in svg) return { ok: false, error: svg.error };
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

  /**
   * One SVG for both themes from the light render, its dark colors looked up
   * (theme-map.ts). A diagram with a color not known for certain is rendered in
   * the dark theme too and merged (theme-merge.ts), which teaches its type's
   * colors to the next diagrams; the first diagram of each type is one of those.
   */
  async #bothThemes(
    light: Extract<RenderResult, { ok: true }>,
    id: string,
    lightSource: string,
    darkSource: string,
  ): Promise<RenderedDiagram['svg'] | { error: string }> {
    const type = light.diagramType;
    const own = classDefColors(lightSource, darkSource);
    // No await unless one is in flight: two diagrams of a new type must not both start learning.
    const learning = this.#learning.get(type);
    if (learning) await learning;
    const mapped = this.#darkColors.knows(type) ? mapThemes(light.svg, id, this.#darkColors.darkOf(type, own)) : null;
    if (mapped) return { both: optimizeSvg(mapped, { alreadyXml: true }) };

    const merged = (async (): Promise<{ error: string } | { svg: string | null; dark: string }> => {
      // Ahead of the queue: the diagrams of this type wait for what this one teaches.
      const dark = await this.#renderer.render(
        { id, source: darkSource, config: mermaidConfig('dark'), outline: false },
        { first: true },
      );
      this.browserRenders++;
      if (!dark.ok) return { error: dark.error };
      return {
        svg: mergeThemes(light.svg, dark.svg, id, (from, to, rule) => {
          // A pair that is the diagram's own classDef rule says nothing about the type's colors.
          if (own.get(from) !== to) this.#darkColors.learn(type, from, to, rule);
        }),
        dark: dark.svg,
      };
    })();
    if (!this.#learning.has(type)) {
      const settled = () => void this.#learning.delete(type);
      this.#learning.set(type, merged.then(settled, settled));
    }
    const result = await merged;
    if ('error' in result) return { error: result.error };
    return result.svg
      ? { both: optimizeSvg(result.svg, { alreadyXml: true }) }
      : { light: optimizeSvg(light.svg), dark: optimizeSvg(result.dark.replaceAll(id, `${id}-dark`)) };
  }

  /**
   * Starts the browser now and keeps it for the life of the process, and
   * learns the dark colors of the common diagram types, so the first page's
   * diagrams each cost one render.
   */
  async keepWarm(): Promise<void> {
    this.#keepWarm = true;
    clearTimeout(this.#idleTimer);
    await this.#renderer.warm();
    await Promise.all(teachingDiagrams.map((source, index) => this.#learn(source, `teach-${index}`)));
  }

  /** Renders a diagram in both themes to learn its type's colors; nothing is cached. */
  async #learn(source: string, id: string): Promise<void> {
    const [lightSource, darkSource] = [themedDiagramSource(source, 'light'), themedDiagramSource(source, 'dark')];
    const [light, dark] = await Promise.all([
      this.#renderer.render({ id, source: lightSource, config: mermaidConfig('light'), outline: false }),
      this.#renderer.render({ id, source: darkSource, config: mermaidConfig('dark'), outline: false }),
    ]);
    if (!light.ok || !dark.ok) throw new Error(`teaching diagram does not render: ${source}`);
    mergeThemes(light.svg, dark.svg, id, (from, to, rule) => this.#darkColors.learn(light.diagramType, from, to, rule));
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
