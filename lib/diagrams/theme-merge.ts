import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { colorAttributes, colorPattern, isColor, Palette, RuleContext, svgWithPalette } from './theme-colors.ts';

/**
 * Folds a light and a dark render of the same diagram into ONE SVG whose colors
 * are CSS custom properties switched by Starlight's `html[data-theme]`. Layout
 * does not depend on colors, so both renders have the same tree; only color
 * values differ. Readers download the geometry once instead of twice, and the
 * diagram follows the theme toggle rather than the OS setting.
 *
 * Returns null when the two trees differ in anything but colors; the caller
 * then ships both renders. `seen` is told every pair of colors found in the
 * same place (in stylesheets, style and color attributes), equal or not: what
 * theme-map.ts learns the dark color of a light one from; in a stylesheet, with
 * the rule it sits in (RuleContext).
 */
export type ColorPairs = (light: string, dark: string, rule?: string) => void;

class Mismatch extends Error {}

/** `rules`: the text is a stylesheet's, and pairs are told with their rule. */
function mergeText(light: string, dark: string, palette: Palette, seen?: ColorPairs, rules?: RuleContext): string {
  if (light === dark && !seen) return light;
  const lightParts = light.split(colorPattern);
  const darkParts = dark.split(colorPattern);
  if (lightParts.length !== darkParts.length) throw new Mismatch('text shape');
  return lightParts
    .map((part, index) => {
      const other = darkParts[index]!;
      // split() with a capture group puts captured colors at odd indexes.
      if (index % 2 === 0) {
        if (part !== other) throw new Mismatch(`text: ${part.slice(0, 80)} <> ${other.slice(0, 80)}`);
        rules?.add(part);
        return part;
      }
      seen?.(part, other, rules?.current);
      rules?.add(part);
      return part === other ? part : palette.variable(part, other);
    })
    .join('');
}

function mergeElement(light: Element, dark: Element, palette: Palette, id: string, seen?: ColorPairs): void {
  if (light.tagName !== dark.tagName) throw new Mismatch('tag');
  const keys = new Set([...Object.keys(light.properties), ...Object.keys(dark.properties)]);
  const extraStyle: string[] = [];
  for (const key of keys) {
    const a = light.properties[key];
    const b = dark.properties[key];
    if (key === 'style') continue;
    const cssName = colorAttributes[key];
    if (cssName && isColor(a) && isColor(b)) seen?.(a.trim(), b.trim());
    if (a === b || (Array.isArray(a) && Array.isArray(b) && a.join(' ') === b.join(' '))) continue;
    // Presentation attributes cannot hold var(): move the color into style.
    if (cssName && isColor(a) && isColor(b)) {
      delete light.properties[key];
      extraStyle.push(`${cssName}:${palette.variable(a.trim(), b.trim())}`);
      continue;
    }
    throw new Mismatch(`attribute ${key}: ${String(a)} <> ${String(b)}`);
  }
  const lightStyle = String(light.properties.style ?? '');
  const darkStyle = String(dark.properties.style ?? '');
  const style = [mergeText(lightStyle, darkStyle, palette, seen), ...extraStyle].filter(Boolean).join(';');
  if (style) light.properties.style = style;
  mergeChildren(light.children, dark.children, palette, id, seen, light.tagName === 'style');
}

/** `stylesheet`: these children are a <style>'s text, whose color pairs are told; a label's are not. */
function mergeChildren(
  light: RootContent[],
  dark: RootContent[],
  palette: Palette,
  id: string,
  seen?: ColorPairs,
  stylesheet = false,
): void {
  if (light.length !== dark.length) throw new Mismatch('children');
  light.forEach((node, index) => {
    const other = dark[index]!;
    if (node.type !== other.type) throw new Mismatch('node type');
    if (node.type === 'element') mergeElement(node, other as Element, palette, id, seen);
    else if (node.type === 'text') {
      const [told, rules] = stylesheet ? [seen, new RuleContext(id)] : [undefined, undefined];
      node.value = mergeText(node.value, (other as typeof node).value, palette, told, rules);
    }
  });
}

export function mergeThemes(lightSvg: string, darkSvg: string, id: string, seen?: ColorPairs): string | null {
  const light: Root = fromHtml(lightSvg, { fragment: true, space: 'svg' });
  const dark: Root = fromHtml(darkSvg, { fragment: true, space: 'svg' });
  const palette = new Palette();
  const pairs: [string, string, string | undefined][] = [];
  try {
    mergeChildren(light.children, dark.children, palette, id, (a, b, rule) => pairs.push([a, b, rule]));
  } catch (error) {
    if (error instanceof Mismatch) {
      if (process.env.DIAGRAM_DEBUG) console.error(`theme merge failed for ${id}: ${error.message}`);
      return null;
    }
    throw error;
  }
  // Told only once the whole tree merged: a half-merged diagram teaches nothing.
  if (seen) for (const [a, b, rule] of pairs) seen(a, b, rule);
  return svgWithPalette(light, palette, id);
}
