import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/**
 * Folds a light and a dark render of the same diagram into ONE SVG whose colours
 * are CSS custom properties switched by Starlight's `html[data-theme]`. Layout
 * does not depend on colours, so both renders have the same tree; only colour
 * values differ. Readers download the geometry once instead of twice, and the
 * diagram follows the theme toggle rather than the OS setting.
 *
 * Returns null when the two trees differ in anything but colours; the caller
 * then ships both renders.
 */
const colourPattern =
  /(#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)|\b(?:white|black|transparent|currentColor)\b)/g;

const colourAttributes: Record<string, string> = {
  fill: 'fill',
  stroke: 'stroke',
  stopColor: 'stop-color',
  floodColor: 'flood-color',
  lightingColor: 'lighting-color',
  color: 'color',
};

class Palette {
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

class Mismatch extends Error {}

function mergeText(light: string, dark: string, palette: Palette): string {
  if (light === dark) return light;
  const lightParts = light.split(colourPattern);
  const darkParts = dark.split(colourPattern);
  if (lightParts.length !== darkParts.length) throw new Mismatch('text shape');
  return lightParts
    .map((part, index) => {
      const other = darkParts[index]!;
      // split() with a capture group puts captured colours at odd indexes.
      if (index % 2 === 0) {
        if (part !== other) throw new Mismatch(`text: ${part.slice(0, 80)} <> ${other.slice(0, 80)}`);
        return part;
      }
      return part === other ? part : palette.variable(part, other);
    })
    .join('');
}

function isColour(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  colourPattern.lastIndex = 0;
  const match = value.trim().match(colourPattern);
  return match !== null && match[0] === value.trim();
}

function mergeElement(light: Element, dark: Element, palette: Palette): void {
  if (light.tagName !== dark.tagName) throw new Mismatch('tag');
  const keys = new Set([...Object.keys(light.properties), ...Object.keys(dark.properties)]);
  const extraStyle: string[] = [];
  for (const key of keys) {
    const a = light.properties[key];
    const b = dark.properties[key];
    if (key === 'style') continue;
    if (a === b || (Array.isArray(a) && Array.isArray(b) && a.join(' ') === b.join(' '))) continue;
    const cssName = colourAttributes[key];
    // Presentation attributes cannot hold var(): move the colour into style.
    if (cssName && isColour(a) && isColour(b)) {
      delete light.properties[key];
      extraStyle.push(`${cssName}:${palette.variable(a.trim(), b.trim())}`);
      continue;
    }
    throw new Mismatch(`attribute ${key}: ${String(a)} <> ${String(b)}`);
  }
  const lightStyle = String(light.properties.style ?? '');
  const darkStyle = String(dark.properties.style ?? '');
  const style = [mergeText(lightStyle, darkStyle, palette), ...extraStyle].filter(Boolean).join(';');
  if (style) light.properties.style = style;
  mergeChildren(light.children, dark.children, palette);
}

function mergeChildren(light: RootContent[], dark: RootContent[], palette: Palette): void {
  if (light.length !== dark.length) throw new Mismatch('children');
  light.forEach((node, index) => {
    const other = dark[index]!;
    if (node.type !== other.type) throw new Mismatch('node type');
    if (node.type === 'element') mergeElement(node, other as Element, palette);
    else if (node.type === 'text') node.value = mergeText(node.value, (other as typeof node).value, palette);
  });
}

export function mergeThemes(lightSvg: string, darkSvg: string, id: string): string | null {
  const light: Root = fromHtml(lightSvg, { fragment: true, space: 'svg' });
  const dark: Root = fromHtml(darkSvg, { fragment: true, space: 'svg' });
  const palette = new Palette();
  try {
    mergeChildren(light.children, dark.children, palette);
  } catch (error) {
    if (error instanceof Mismatch) {
      if (process.env.DIAGRAM_DEBUG) console.error(`theme merge failed for ${id}: ${error.message}`);
      return null;
    }
    throw error;
  }
  const svg = light.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
  if (!svg) return null;
  const declarations = (values: string[]) => values.map((value, i) => `--d${i.toString(36)}:${value}`).join(';');
  // Screen only: paper is white whatever theme the reader chose, so print keeps the light colours.
  const css =
    `#${id}{${declarations(palette.light)}}` +
    `@media screen{:root[data-theme='dark'] #${id}{${declarations(palette.dark)}}}`;
  svg.children.unshift({ type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: css }] });
  // XML-compatible output: SVGO (and any SVG consumer) parses it as XML.
  return toHtml(light, { space: 'svg', closeSelfClosing: true, closeEmptyElements: true, tightSelfClosing: true });
}
