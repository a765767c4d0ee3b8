import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** Elements whose text is code, a diagram or a script: copied or parsed as written. */
const verbatim = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'textarea']);

/** "4 s", "48 h", "10 %", "32 GB": the space after a number, before one of these units. */
const numberUnitSpace = /(?<=\d) (?=(?:ms|s|min|h|hours?|days?|KB|MB|GB|TB|%|vCPU|nines)(?![\p{L}\p{N}]))/gu;

/** " → " in "1 s → 2 s → 4 s": the line may break after the arrow, never before it. */
const spaceBeforeArrow = / (?=→)/g;

const noBreakSpace = '\u00a0';

/** The text with its number–unit and before-arrow spaces made no-break spaces. */
export function keepUnitsTogether(value: string): string {
  return value.replace(numberUnitSpace, noBreakSpace).replace(spaceBeforeArrow, noBreakSpace);
}

/**
 * A number and its unit never part at a line end: "every 2 s" no longer ends a
 * line with "2" and starts the next with "s", and a retry schedule breaks
 * after an arrow, not before it. Policy values (`{{policy.retrySchedule}}`)
 * and what writers type go through the same rule. Only the rendered page
 * changes: code, diagrams, the Markdown twin, the spec and the sandbox keep
 * plain spaces, and search and copying treat a no-break space as a space.
 */
export default function rehypeUnitSpaces() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element' && verbatim.has(node.tagName)) return SKIP;
      if (node.type === 'text') node.value = keepUnitsTogether(node.value);
      return undefined;
    });
  };
}
