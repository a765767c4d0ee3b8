import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

/**
 * What theme-merge.ts and theme-map.ts share: how a color is found in a
 * Mermaid SVG, and the palette of CSS custom properties that one SVG carries
 * for both themes.
 *
 * A color name only counts as a word of its own: "white" in `white-space` is not one.
 */
export const colorPattern =
  /(#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)|(?<![\w-])(?:white|black|transparent|currentColor)(?![\w-]))/g;

/** Presentation attributes (hast property name → CSS property) that hold a color. */
export const colorAttributes: Record<string, string> = {
  fill: 'fill',
  stroke: 'stroke',
  stopColor: 'stop-color',
  floodColor: 'flood-color',
  lightingColor: 'lighting-color',
  color: 'color',
};

export function isColor(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  colorPattern.lastIndex = 0;
  const match = value.trim().match(colorPattern);
  return match !== null && match[0] === value.trim();
}

/**
 * Where a color sits in a stylesheet: its rule's selector and the declarations
 * before it, with the diagram's own id taken out (`# .arrowheadPath{fill:`).
 * Mermaid's stylesheet for a diagram type is the same in every diagram, and
 * the same light color can have different dark ones in two of its rules.
 */
export class RuleContext {
  #rule = '';
  readonly #id: string;
  constructor(id: string) {
    this.#id = `#${id}`;
  }
  /** Text between colors, in order. */
  add(text: string): void {
    const rule = this.#rule + text;
    this.#rule = rule.slice(rule.lastIndexOf('}') + 1);
  }
  get current(): string {
    return this.#rule.replaceAll(this.#id, '#');
  }
}

/** Each color that differs between the themes becomes one variable, `--d0`, `--d1`… in order of first use. */
export class Palette {
  readonly light: string[] = [];
  readonly dark: string[] = [];
  readonly #index = new Map<string, number>();

  variable(light: string, dark: string): string {
    const key = `${light}\u0000${dark}`;
    let index = this.#index.get(key);
    if (index === undefined) {
      index = this.light.length;
      this.#index.set(key, index);
      this.light.push(light);
      this.dark.push(dark);
    }
    return `var(--d${index.toString(36)})`;
  }
}

/**
 * The SVG with the palette's two sets of values: light for the diagram, dark under
 * Starlight's `:root[data-theme='dark']`. Null when the tree holds no <svg>.
 */
export function svgWithPalette(tree: Root, palette: Palette, id: string): string | null {
  const svg = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
  if (!svg) return null;
  const declarations = (values: string[]) => values.map((value, i) => `--d${i.toString(36)}:${value}`).join(';');
  // Screen only: paper is white whatever theme the reader chose, so print keeps the light colors.
  const css =
    `#${id}{${declarations(palette.light)}}` +
    `@media screen{:root[data-theme='dark'] #${id}{${declarations(palette.dark)}}}`;
  svg.children.unshift({ type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: css }] });
  // XML-compatible output: SVGO (and any SVG consumer) parses it as XML.
  return toHtml(tree, { space: 'svg', closeSelfClosing: true, closeEmptyElements: true, tightSelfClosing: true });
}
