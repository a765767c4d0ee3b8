/**
 * Marks the parts of a build-time diagram with the Mermaid ids they draw, so
 * the console can light them with `[data-flow-node]` and `[data-flow-edge]`
 * selectors instead of relying on Mermaid's generated element ids at run time.
 *
 * Mermaid names a flowchart node `<svg id>-flowchart-<node>-<n>`, a state
 * `<svg id>-state-<state>-<n>`, a flowchart edge `L_<from>_<to>_<n>` and the
 * n-th state transition `edge<n>` (in `data-id`, on the path and its label).
 * Nodes also get their label as plain text, for the "path taken" list.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { edgeKey } from '../model/flow-trace.ts';
import type { FlowGraph } from './diagram-graph.ts';

export interface Annotated {
  /** Node ids that got at least one element. */
  nodes: Set<string>;
  /** `from->to` keys that got at least one element. */
  edges: Set<string>;
}

const nodeElementId = /-(?:flowchart|state)-([A-Za-z_][\w-]*?)-\d+$/;

function edgeFor(dataId: string, graph: FlowGraph): string | null {
  if (graph.kind === 'state') {
    const index = /^edge(\d+)$/.exec(dataId)?.[1];
    const edge = index === undefined ? undefined : graph.edges[Number(index)];
    return edge ? edgeKey(edge.from, edge.to) : null;
  }
  const edge = graph.edges.find(({ from, to }) => new RegExp(`^L_${from}_${to}_\\d+$`).test(dataId));
  return edge ? edgeKey(edge.from, edge.to) : null;
}

export function annotateDiagram(tree: Root | Element, graph: FlowGraph): Annotated {
  const found: Annotated = { nodes: new Set(), edges: new Set() };
  visit(tree, 'element', (element: Element) => {
    const { id, dataId } = element.properties;
    if (element.tagName === 'g' && typeof id === 'string') {
      const node = nodeElementId.exec(id)?.[1];
      if (node !== undefined && graph.nodes.includes(node)) {
        element.properties['dataFlowNode'] = node;
        // Line breaks in labels are <br>: textContent would run the words together.
        element.properties['dataFlowLabel'] = toText(element).replace(/\s+/g, ' ').trim() || node;
        found.nodes.add(node);
      }
    }
    if (typeof dataId === 'string') {
      const edge = edgeFor(dataId, graph);
      if (edge !== null) {
        element.properties['dataFlowEdge'] = edge;
        found.edges.add(edge);
      }
    }
  });
  return found;
}
