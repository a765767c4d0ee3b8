import { colord } from 'colord';
import type { DarkOf } from './theme-map.ts';
import { paletteColorPairs } from './themes.ts';

/** Seen mapped to two different dark colors: only a dark render can tell which. */
const ambiguous = Symbol('ambiguous');

/**
 * The dark color of each light color, learned per diagram type from whole
 * diagrams rendered in both themes (theme-merge.ts reports every pair).
 * Mermaid's stylesheet for a type is the same whatever the diagram says, so one
 * diagram teaches nearly all of it; colors a renderer sets inline for a feature
 * not seen yet are unknown until a diagram with that feature is rendered twice.
 */
export class DarkColors {
  readonly #byType = new Map<string, Map<string, string | typeof ambiguous>>();
  /**
   * Our palette's own pairs (themes.ts), as written and as Chromium writes an
   * inline color: known before any diagram, for the colors a type's first
   * diagram did not show. What a type's diagrams showed comes first.
   */
  readonly #palette = new Map(
    paletteColorPairs().flatMap(([light, dark]) => [
      [light, dark],
      [colord(light).toRgbString(), colord(dark).toRgbString()],
    ]),
  );

  /** `rule`: the color sat in a stylesheet, in this rule (RuleContext); it is learned for that rule only. */
  learn(diagramType: string, light: string, dark: string, rule?: string): void {
    let table = this.#byType.get(diagramType);
    if (!table) {
      table = new Map<string, string | typeof ambiguous>();
      this.#byType.set(diagramType, table);
    }
    const key = rule === undefined ? light : `${rule}\u0000${light}`;
    const known = table.get(key);
    if (known === undefined) table.set(key, dark);
    else if (known !== dark) table.set(key, ambiguous);
  }

  /** Whether any diagram of this type has been learned from yet. */
  knows(diagramType: string): boolean {
    return this.#byType.has(diagramType);
  }

  /**
   * Lookup for one diagram. `own` are its classDef/style colors (classDefColors),
   * which theme by a rule of their own; one that the type's table maps elsewhere
   * is ambiguous in this diagram.
   */
  darkOf(diagramType: string, own: ReadonlyMap<string, string>): DarkOf {
    const table = this.#byType.get(diagramType);
    return (light, rule) => {
      // A rule of Mermaid's stylesheet seen before knows best; a classDef's rule has the writer's class in it.
      const inRule = rule === undefined ? undefined : table?.get(`${rule}\u0000${light}`);
      if (inRule !== undefined) return typeof inRule === 'string' ? inRule : null;
      const learned = table?.get(light) ?? this.#palette.get(light);
      const mine = own.get(light);
      if (mine === '') return null;
      if (mine !== undefined) return learned === undefined || learned === mine ? mine : null;
      return typeof learned === 'string' ? learned : null;
    };
  }
}

/**
 * The colors a diagram's `classDef` and `style` lines set, light → dark, as
 * themedDiagramSource writes them (its hex) and as Chromium serialises an inline
 * style (`rgb(r, g, b)`), since the SVG carries both.
 */
export function classDefColors(lightSource: string, darkSource: string): Map<string, string> {
  const pairs = new Map<string, string>();
  // One color set twice with two dark values (a fill and a stroke, say) maps to neither: '' is unknown.
  const set = (from: string, to: string) =>
    pairs.set(from, pairs.get(from) === undefined || pairs.get(from) === to ? to : '');
  const lightLines = lightSource.split('\n');
  const darkLines = darkSource.split('\n');
  lightLines.forEach((line, index) => {
    if (line === darkLines[index]) return;
    const values = (text: string) => [...text.matchAll(/([\w-]+)\s*:\s*([^,;]+)/g)];
    const light = values(line);
    const dark = values(darkLines[index] ?? '');
    light.forEach(([, property, value], i) => {
      const other = dark[i];
      if (!other || other[1] !== property) return;
      const [from, to] = [value!.trim(), other[2]!.trim()];
      if (!colord(from).isValid() || !colord(to).isValid()) return;
      set(from, to);
      set(colord(from).toRgbString(), colord(to).toRgbString());
    });
  });
  return pairs;
}
