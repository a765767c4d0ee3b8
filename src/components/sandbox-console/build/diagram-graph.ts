/**
 * Build time and integration tests only: the nodes and edges of the console's
 * diagrams as Mermaid itself parses them (lib/diagrams/graph.ts, in Chromium),
 * not as a second parser guesses them from the text. Each graph is cached
 * beside the rendered SVGs under the renderer's key, so a warm build starts no
 * browser for them.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagramCache } from '../../../../lib/diagrams/cache.ts';
import { diagramKey } from '../../../../lib/diagrams/cache-key.ts';
import { MermaidGraphReader, type DiagramGraph } from '../../../../lib/diagrams/graph.ts';

/** What the console lights: node (flowchart) or state ids, and edges in Mermaid's order. */
export interface FlowGraph {
  kind: 'flowchart' | 'state';
  /** Every node or state id; the state diagrams' start and end, `[*]`, is left out. */
  nodes: string[];
  /** Every edge or transition in Mermaid's order (it numbers state transitions so). */
  edges: { from: string; to: string }[];
}

/** The console's view of a parsed graph; fails on a kind the console cannot light. */
export function flowGraphOf(graph: DiagramGraph): FlowGraph {
  if (graph.kind !== 'flowchart' && graph.kind !== 'state') {
    throw new Error(`the sandbox console lights flowcharts and state diagrams, not ${graph.kind} diagrams`);
  }
  return {
    kind: graph.kind,
    nodes: graph.nodes.map((node) => node.id).filter((id) => id !== '[*]'),
    edges: graph.edges.map(({ from, to }) => ({ from, to })),
  };
}

function isFlowGraph(value: unknown): value is FlowGraph {
  const graph = value as Partial<FlowGraph> | null;
  return (
    typeof graph === 'object' &&
    graph !== null &&
    (graph.kind === 'flowchart' || graph.kind === 'state') &&
    Array.isArray(graph.nodes) &&
    Array.isArray(graph.edges)
  );
}

const cacheDir = () => join(new DiagramCache().directory, 'graphs');

function cached(key: string): FlowGraph | null {
  try {
    const value: unknown = JSON.parse(readFileSync(join(cacheDir(), `${key}.json`), 'utf8'));
    return isFlowGraph(value) ? value : null;
  } catch {
    return null;
  }
}

function store(key: string, graph: FlowGraph): void {
  mkdirSync(cacheDir(), { recursive: true });
  // Write then rename, as the SVG cache does: an interrupted build leaves no half-written entry.
  const target = join(cacheDir(), `${key}.json`);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(graph));
  renameSync(temporary, target);
}

/**
 * The graphs of `sources`, in order. Misses are read in one browser, one at a
 * time, which is then closed; a source Mermaid cannot parse throws its message.
 */
export async function diagramGraphs(sources: readonly string[]): Promise<FlowGraph[]> {
  const keys = sources.map((source) => diagramKey(source));
  const graphs = keys.map(cached);
  const missing = graphs.flatMap((graph, index) => (graph === null ? [index] : []));
  if (missing.length === 0) return graphs as FlowGraph[];
  const reader = new MermaidGraphReader();
  try {
    for (const index of missing) {
      const result = await reader.read(sources[index]!);
      if (!result.ok) throw new Error(`Mermaid cannot parse the diagram: ${result.error}`);
      graphs[index] = flowGraphOf(result.graph);
      store(keys[index]!, graphs[index]);
    }
  } finally {
    await reader.close();
  }
  return graphs as FlowGraph[];
}
