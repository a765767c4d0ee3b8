import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** After these characters a long code name may wrap: `version_␣history`, `openapi/␣Example.yaml`. */
const breakAfter = /(?<=[_/])(?=[^_/])/;

/** A text's pieces with a `<wbr>` between them, or null when it has no break point. */
function withBreaks(value: string): ElementContent[] | null {
  const pieces = value.split(breakAfter);
  if (pieces.length < 2) return null;
  return pieces.flatMap((piece, i): ElementContent[] => [
    ...(i > 0 ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } as Element] : []),
    { type: 'text', value: piece },
  ]);
}

/**
 * Inline code in a table cell gets a line-break opportunity (`<wbr>`) after
 * each underscore and slash. A table's columns can be no narrower than their
 * longest unbreakable word, so one `REDCORE_CLIENT_SECRET` made a whole table
 * wider than a phone and cut its last column; now the name wraps at its
 * underscores, only where the column needs it. The text is unchanged: copying
 * it, search and the Markdown twin see no difference.
 */
export default function rehypeTableCodeBreaks() {
  return (tree: Root) => {
    visit(tree, 'element', (cell) => {
      if (cell.tagName !== 'td' && cell.tagName !== 'th') return;
      visit(cell, 'element', (code) => {
        if (code.tagName !== 'code') return;
        code.children = code.children.flatMap((child) =>
          child.type === 'text' ? (withBreaks(child.value) ?? [child]) : [child],
        );
      });
    });
  };
}
