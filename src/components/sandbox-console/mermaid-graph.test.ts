import { describe, expect, it } from 'vitest';
import { mermaidGraph } from './mermaid-graph.ts';

describe('mermaidGraph', () => {
  it('reads flowchart ids and edges without taking label words for nodes', () => {
    const graph = mermaidGraph(`flowchart TD
  accTitle: A title --> with an arrow
  accDescr: Text
  start(["Client makes an API request"]) --> hasAccess{"access_token<br>present?"}
  hasAccess -- No --> newToken["Redirect to login /<br>request a new token"]
  status -- "4xx except 401 and 429" --> clientError(["Raise"])
  a -->|label with words| b & c
  b -.-> d
  c == thick ==> d
  classDef lit fill:#fff
  class a lit
  %% a comment --> ghost
`);
    expect(graph.kind).toBe('flowchart');
    expect(graph.nodes).toEqual(['start', 'hasAccess', 'newToken', 'status', 'clientError', 'a', 'b', 'c', 'd']);
    expect(graph.edges).toEqual([
      { from: 'start', to: 'hasAccess' },
      { from: 'hasAccess', to: 'newToken' },
      { from: 'status', to: 'clientError' },
      { from: 'a', to: 'b' },
      { from: 'a', to: 'c' },
      { from: 'b', to: 'd' },
      { from: 'c', to: 'd' },
    ]);
  });

  it('reads state diagram transitions in source order and leaves out [*]', () => {
    const graph = mermaidGraph(`stateDiagram-v2
  accTitle: Lifecycle
  [*] --> Issued: POST /oauth/token
  Issued --> Active: Stored
  Active --> Expired: TTL elapsed (3600 s)
  Expired --> [*]
`);
    expect(graph).toEqual({
      kind: 'state',
      nodes: ['Issued', 'Active', 'Expired'],
      edges: [
        { from: '[*]', to: 'Issued' },
        { from: 'Issued', to: 'Active' },
        { from: 'Active', to: 'Expired' },
        { from: 'Expired', to: '[*]' },
      ],
    });
  });

  it('rejects other diagram types', () => {
    expect(() => mermaidGraph('sequenceDiagram\n  A->>B: hi')).toThrow(/Not a flowchart/);
  });
});
