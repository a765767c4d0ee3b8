import type { DiagramGraph } from '../../lib/diagrams/graph.ts';

/** One source diagram's graph, as stored in src/data/seed-graphs.json. */
export interface SeedGraph extends DiagramGraph {
  /** `<seed number>-<diagram number in the seed>`, e.g. `000-2`. */
  key: string;
  seed: string;
  line: number;
  title: string;
}

const diagramStart = /^\s*(flowchart|graph|sequenceDiagram|stateDiagram(-v2)?)\b/;

/**
 * The Mermaid diagrams of one seed document. Seeds come in two shapes: Markdown
 * with ```mermaid fences, and text exported from a web page where a diagram is
 * an indented block that ends at the next unindented line.
 */
export function mermaidBlocksOfSeed(text: string): { source: string; line: number; title: string }[] {
  const lines = text.split('\n');
  const blocks: { source: string; line: number; title: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '```mermaid') {
      const end = lines.findIndex((l, j) => j > i && l.trim() === '```');
      blocks.push({ source: lines.slice(i + 1, end).join('\n'), line: i + 2, title: titleBefore(lines, i) });
      i = end;
    } else if (/^\s/.test(line) && diagramStart.test(line) && !text.includes('```mermaid')) {
      let end = i + 1;
      while (end < lines.length && (lines[end] === '' || /^\s/.test(lines[end]!))) end++;
      const body = lines.slice(i, end);
      blocks.push({ source: dedent(body).trimEnd(), line: i + 1, title: titleBefore(lines, i) });
      i = end - 1;
    }
  }
  return blocks;
}

function dedent(lines: string[]): string {
  // The first line carries the page's extra indentation; the rest share a smaller one.
  const [first, ...rest] = lines;
  const indent = Math.min(...rest.filter((l) => l.trim()).map((l) => l.match(/^\s*/)![0].length));
  return [first!.trim(), ...rest.map((l) => l.slice(Number.isFinite(indent) ? indent : 0))].join('\n');
}

/** The nearest heading above a diagram (a Markdown heading, or a short unindented line). */
function titleBefore(lines: string[], index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (/^#{1,6}\s/.test(line)) return line.replace(/^#+\s*/, '');
    if (line && !/^\s/.test(lines[i]!) && line.length < 60 && !line.endsWith('.') && !line.startsWith('-')) return line;
  }
  return '';
}
