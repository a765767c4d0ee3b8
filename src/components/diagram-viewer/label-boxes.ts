import type { Box } from './reading-start.ts';

/**
 * The boxes of a diagram's labels (HTML labels in <foreignObject>, SVG <text>),
 * relative to `origin` and divided by `unit` (1 for CSS pixels as drawn, the
 * drawn-to-natural ratio for the diagram's own units). Empty labels (Mermaid
 * draws one for every edge without text) are left out.
 */
export function labelBoxes(svg: SVGSVGElement, origin: { left: number; top: number }, unit = 1): Box[] {
  const boxes: Box[] = [];
  for (const label of svg.querySelectorAll('foreignObject, text')) {
    const rect = label.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) continue;
    boxes.push({
      x: (rect.left - origin.left) / unit,
      y: (rect.top - origin.top) / unit,
      width: rect.width / unit,
      height: rect.height / unit,
    });
  }
  return boxes;
}

/** The figure's SVG the reader sees (light and dark may be two, one hidden). */
export function visibleSvg(root: ParentNode): SVGSVGElement | undefined {
  return [...root.querySelectorAll<SVGSVGElement>('.diagram-canvas svg')].find(
    (candidate) => candidate.getClientRects().length > 0,
  );
}
