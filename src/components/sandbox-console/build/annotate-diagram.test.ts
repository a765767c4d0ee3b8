import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { annotateDiagram } from './annotate-diagram.ts';
import type { FlowGraph } from './diagram-graph.ts';

const svg = (inner: string) => fromHtml(`<svg id="diagram-abc">${inner}</svg>`, { fragment: true, space: 'svg' });

function attributes(tree: ReturnType<typeof svg>) {
  const found: Record<string, string> = {};
  const walk = (node: { children?: unknown[] }) => {
    for (const child of (node.children ?? []) as Element[]) {
      if (child.type !== 'element') continue;
      const { id, dataId, dataFlowNode, dataFlowEdge } = child.properties;
      const name = String(id ?? dataId ?? child.tagName);
      if (dataFlowNode !== undefined) found[name] = `node ${String(dataFlowNode)}`;
      if (dataFlowEdge !== undefined) found[name] = `edge ${String(dataFlowEdge)}`;
      walk(child);
    }
  };
  walk(tree);
  return found;
}

describe('annotateDiagram', () => {
  it('marks flowchart nodes, edges and edge labels with their Mermaid ids', () => {
    // As Mermaid parses `send["Send"] --> status{"Status?"}` and `status -- 5xx --> send_retry["x"]`.
    const graph: FlowGraph = {
      kind: 'flowchart',
      nodes: ['send', 'status', 'send_retry'],
      edges: [
        { from: 'send', to: 'status' },
        { from: 'status', to: 'send_retry' },
      ],
    };
    const tree = svg(`
      <g class="nodes">
        <g id="diagram-abc-flowchart-send-0" class="node"><rect></rect><foreignObject><div><span><p>Send the<br>request</p></span></div></foreignObject></g>
        <g id="diagram-abc-flowchart-status-1" class="node"><polygon></polygon></g>
        <g id="diagram-abc-flowchart-send_retry-3" class="node"><rect></rect></g>
      </g>
      <path id="diagram-abc-L_send_status_0" data-id="L_send_status_0"></path>
      <path id="diagram-abc-L_status_send_retry_0" data-id="L_status_send_retry_0"></path>
      <g class="edgeLabel"><g class="label" data-id="L_status_send_retry_0"></g></g>`);
    const annotated = annotateDiagram(tree, graph);
    expect([...annotated.nodes]).toEqual(['send', 'status', 'send_retry']);
    expect([...annotated.edges]).toEqual(['send->status', 'status->send_retry']);
    const first = ((tree.children[0] as Element).children[1] as Element).children[1] as Element;
    expect(first.properties['dataFlowLabel']).toBe('Send the request');
    expect(attributes(tree)).toMatchObject({
      'diagram-abc-flowchart-send-0': 'node send',
      'diagram-abc-flowchart-send_retry-3': 'node send_retry',
      'diagram-abc-L_status_send_retry_0': 'edge status->send_retry',
    });
  });

  it('marks states and numbers transitions in source order', () => {
    // As Mermaid parses `[*] --> Issued` and `Issued --> Active`.
    const graph: FlowGraph = {
      kind: 'state',
      nodes: ['Issued', 'Active'],
      edges: [
        { from: '[*]', to: 'Issued' },
        { from: 'Issued', to: 'Active' },
      ],
    };
    const tree = svg(`
      <g id="diagram-abc-state-root_start-0" class="node"></g>
      <g id="diagram-abc-state-Issued-1" class="node"></g>
      <g id="diagram-abc-state-Active-4" class="node"></g>
      <path data-id="edge1"></path>`);
    const annotated = annotateDiagram(tree, graph);
    expect([...annotated.nodes]).toEqual(['Issued', 'Active']);
    expect([...annotated.edges]).toEqual(['Issued->Active']);
  });
});
