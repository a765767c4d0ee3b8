import type { CustomPlugin, XastElement, XastParent } from 'svgo';

/**
 * Several SVGO plugins compute each element's style from the SVG's stylesheets
 * (css-select against every rule), which took most of SVGO's time on Mermaid's
 * stylesheet of ~100 rules. What they ask of it (convertPathData: may this path
 * have a stroke, round caps or joins, mid markers? removeUselessStrokeAndFill:
 * is there a stylesheet at all?) this one rule answers as cautiously: a stroke
 * may be there. So SVGO runs with it in place of the real stylesheets, which
 * are put back, merged into the first <style> as mergeStyles would, at the end.
 * On the site's diagrams the output has the same elements and stylesheet as
 * with the real one; where SVGO cannot now rule out a stroke it keeps a path's
 * stroke width or final segment, under 1 % more bytes (one-render.int.test.ts).
 */
const standIn = '*{stroke:var(--maybe)}';

/** A pair of plugins to run before and after the others; one pair per optimisation. */
export function stylesheetStandIn(): { hide: CustomPlugin; restore: CustomPlugin } {
  let first: XastElement | null = null;
  let css = '';
  const visit = (parent: XastParent) => {
    for (const node of [...parent.children]) {
      // Label HTML inside <foreignObject> is not the diagram's stylesheet (mergeStyles skips it too).
      if (node.type !== 'element' || node.name === 'foreignObject') continue;
      if (node.name !== 'style') {
        visit(node);
        continue;
      }
      if ((node.attributes.type ?? 'text/css') !== 'text/css' || node.attributes.media !== undefined) {
        throw new Error('Unexpected <style type|media> in a Mermaid SVG: optimize it without the stand-in.');
      }
      for (const child of node.children) if (child.type === 'text' || child.type === 'cdata') css += child.value;
      if (first) parent.children = parent.children.filter((child) => child !== node);
      else first = node;
      node.children = [{ type: 'text', value: standIn }];
    }
  };
  return {
    hide: { name: 'hideStylesheets', fn: (root) => void visit(root) },
    restore: {
      name: 'restoreStylesheets',
      fn: () => {
        if (first) first.children = [{ type: 'text', value: css }];
      },
    },
  };
}
