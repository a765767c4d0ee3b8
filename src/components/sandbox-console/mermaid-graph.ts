/**
 * Node ids and edges of a Mermaid flowchart or state diagram, read from its
 * source. The console lights diagram parts by these ids, so the flow map is
 * checked against them (a renamed node fails a test, not the page) and the
 * build-time SVG is annotated with them.
 *
 * Covers the syntax this site's diagrams use: `id["label"]` shapes, `-->`,
 * `-- label -->`, `-->|label|`, dotted and thick links, `&` chains, and
 * `A --> B: label` state transitions. Labels are dropped before ids are read,
 * so words inside labels are never taken for nodes.
 */

export interface MermaidEdge {
  from: string;
  to: string;
}

export interface MermaidGraph {
  kind: 'flowchart' | 'state';
  /** Every node (flowchart) or state id, in order of first appearance; `[*]` is left out. */
  nodes: string[];
  /** Every edge or transition in source order (Mermaid numbers state transitions in this order). */
  edges: MermaidEdge[];
}

const directive =
  /^(?:%%|(?:flowchart|graph|stateDiagram(?:-v2)?|accTitle|accDescr|classDef|class|style|linkStyle|click|subgraph|end|direction|note)\b)/;

/** Removes `"…"` strings, then bracketed shapes (`[…]`, `(…)`, `{…}`, nested) and `|…|` link labels. */
function stripLabels(line: string): string {
  let text = line.replace(/"[^"]*"/g, '');
  text = text.replace(/\|[^|]*\|/g, '');
  let out = '';
  let depth = 0;
  for (const char of text) {
    if (char === '[' || char === '(' || char === '{') depth += 1;
    else if (char === ']' || char === ')' || char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += char;
  }
  return out;
}

/** `-- text -->`, `== text ==>` and `-. text .->` become plain arrows. */
function normaliseLinks(line: string): string {
  return line
    .replace(/\s--\s[^>]*?\s?-->/g, ' --> ')
    .replace(/\s==\s[^>]*?\s?==>/g, ' --> ')
    .replace(/\s-\.\s[^>]*?\s?\.->/g, ' --> ');
}

const arrow = /\s*(?:<?-{2,}>|<?={2,}>|<?-\.+->|---|~~~)\s*/;
const idPattern = /^[A-Za-z_][\w-]*$/;

function ids(group: string): string[] {
  return group
    .split('&')
    .map((part) => part.trim())
    .filter((part) => idPattern.test(part));
}

function flowchartGraph(lines: string[]): MermaidGraph {
  const nodes: string[] = [];
  const edges: MermaidEdge[] = [];
  const addNode = (id: string) => {
    if (!nodes.includes(id)) nodes.push(id);
  };
  for (const line of lines) {
    const groups = normaliseLinks(` ${stripLabels(line)} `)
      .split(arrow)
      .map(ids);
    for (const group of groups) group.forEach(addNode);
    for (let index = 1; index < groups.length; index++) {
      for (const from of groups[index - 1]!) for (const to of groups[index]!) edges.push({ from, to });
    }
  }
  return { kind: 'flowchart', nodes, edges };
}

function stateGraph(lines: string[]): MermaidGraph {
  const nodes: string[] = [];
  const edges: MermaidEdge[] = [];
  const addNode = (id: string) => {
    if (id !== '[*]' && !nodes.includes(id)) nodes.push(id);
  };
  for (const line of lines) {
    const transition = /^(\[\*\]|[\w-]+)\s*-->\s*(\[\*\]|[\w-]+)\s*(?::.*)?$/.exec(line);
    if (transition) {
      const [, from, to] = transition as unknown as [string, string, string];
      addNode(from);
      addNode(to);
      edges.push({ from, to });
      continue;
    }
    const declared = /^(?:state\s+)?([\w-]+)\s*:/.exec(line) ?? /^state\s+([\w-]+)\b/.exec(line);
    if (declared) addNode(declared[1]!);
  }
  return { kind: 'state', nodes, edges };
}

export function mermaidGraph(source: string): MermaidGraph {
  const lines = source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const [header = '', ...rest] = lines;
  const body = rest.filter((line) => !directive.test(line)).map((line) => line.replace(/:::[\w-]+/g, ''));
  if (/^stateDiagram/.test(header)) return stateGraph(body);
  if (/^(?:flowchart|graph)\b/.test(header)) return flowchartGraph(body);
  throw new Error(`Not a flowchart or state diagram: ${header}`);
}
