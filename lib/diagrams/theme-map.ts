import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { colorAttributes, colorPattern, isColor, Palette, RuleContext, svgWithPalette } from './theme-colors.ts';

/** The dark color for a light one (in a stylesheet: in this rule), or null when it is not known for certain. */
export type DarkOf = (light: string, rule?: string) => string | null;

class Unknown extends Error {}

function mapText(text: string, palette: Palette, darkOf: DarkOf, rules?: RuleContext): string {
  return text
    .split(colorPattern)
    .map((part, index) => {
      // split() with a capture group puts captured colors at odd indexes.
      if (index % 2 === 0) {
        rules?.add(part);
        return part;
      }
      const dark = darkOf(part, rules?.current);
      rules?.add(part);
      if (dark === null) throw new Unknown(part);
      return dark === part ? part : palette.variable(part, dark);
    })
    .join('');
}

function mapElement(element: Element, palette: Palette, darkOf: DarkOf, id: string): void {
  const extraStyle: string[] = [];
  for (const [key, value] of Object.entries(element.properties)) {
    const cssName = colorAttributes[key];
    if (!cssName || !isColor(value)) continue;
    const light = value.trim();
    const dark = darkOf(light);
    if (dark === null) throw new Unknown(light);
    if (dark === light) continue;
    // Presentation attributes cannot hold var(): move the color into style.
    delete element.properties[key];
    extraStyle.push(`${cssName}:${palette.variable(light, dark)}`);
  }
  const style = [mapText(String(element.properties.style ?? ''), palette, darkOf), ...extraStyle]
    .filter(Boolean)
    .join(';');
  if (style) element.properties.style = style;
  for (const child of element.children) {
    if (child.type === 'element') mapElement(child, palette, darkOf, id);
    else if (child.type === 'text' && element.tagName === 'style')
      child.value = mapText(child.value, palette, darkOf, new RuleContext(id));
  }
}

/**
 * The same one-SVG-for-both-themes output as theme-merge.ts, from the light
 * render alone: layout does not depend on colors, so the dark render differs
 * only in the colors of stylesheets, style and color attributes, and each of
 * those is looked up in `darkOf` (dark-colors.ts) instead of being rendered.
 * Null when any color is not known for certain: the caller renders the dark
 * theme then. Color words in label text are text, and stay.
 */
export function mapThemes(lightSvg: string, id: string, darkOf: DarkOf): string | null {
  const tree: Root = fromHtml(lightSvg, { fragment: true, space: 'svg' });
  const palette = new Palette();
  try {
    for (const node of tree.children) if (node.type === 'element') mapElement(node, palette, darkOf, id);
  } catch (error) {
    if (error instanceof Unknown) {
      if (process.env.DIAGRAM_DEBUG) console.error(`theme map: dark of ${error.message} not known for ${id}`);
      return null;
    }
    throw error;
  }
  return svgWithPalette(tree, palette, id);
}
