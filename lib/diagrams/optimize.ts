import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { optimize, type Config } from 'svgo';

/**
 * Conservative SVGO settings for Mermaid output. Mermaid's labels live in
 * <foreignObject> HTML and its CSS targets ids and classes, so the plugins that
 * rename ids, inline or prune styles, or drop "unknown" elements would break
 * text or colours; everything else (number precision, path data, whitespace)
 * is safe and is where the bytes are.
 */
const svgoConfig: Config = {
  // One pass: multipass took 3-4× as long for 0.1 % fewer bytes (npm run bench:diagrams).
  multipass: false,
  floatPrecision: 2,
  plugins: [
    {
      name: 'preset-default',
      params: {
        overrides: {
          cleanupIds: false,
          inlineStyles: false,
          minifyStyles: false,
          removeUnknownsAndDefaults: false,
          removeHiddenElems: false,
          convertShapeToPath: false,
          mergePaths: false,
          removeDesc: false,
          collapseGroups: false,
          moveElemsAttrsToGroup: false,
          moveGroupAttrsToElems: false,
        },
      },
    },
  ],
};

/** Mermaid writes HTML inside <foreignObject> (`<br>`); SVGO and SVG viewers need XML. */
export function toXml(svg: string): string {
  const tree = fromHtml(svg, { fragment: true, space: 'svg' });
  return toHtml(tree, { space: 'svg', closeSelfClosing: true, closeEmptyElements: true, tightSelfClosing: true });
}

/**
 * Mermaid's stylesheet always carries rules for its "neo" look that point at a
 * gradient it only draws in that look; dangling `url(#…-gradient)` references
 * are dead bytes and broken fragment links, so drop them when nothing defines it.
 */
export function dropDanglingGradientRules(svg: string): string {
  return svg.replace(/<style>([^<]*)<\/style>/g, (whole, css: string) => {
    const pruned = css.replace(/[^{}]*\{[^{}]*url\(#([\w-]+-gradient)\)[^{}]*\}/g, (rule, id: string) =>
      svg.includes(`id="${id}"`) ? rule : '',
    );
    return pruned === css ? whole : `<style>${pruned}</style>`;
  });
}

/** `alreadyXml`: theme-merge.ts writes XML itself, so parsing it as HTML again is wasted time. */
export function optimizeSvg(svg: string, options: { alreadyXml?: boolean } = {}): string {
  return optimize(dropDanglingGradientRules(options.alreadyXml ? svg : toXml(svg)), svgoConfig).data;
}
