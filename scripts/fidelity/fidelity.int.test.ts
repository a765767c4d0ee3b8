import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { MermaidGraphReader } from '../../lib/diagrams/graph.ts';
import { sourceDesigns, type SourceDesign } from '../../src/data/design-deviations.ts';
import { checkDesign, unclaimedSeedDiagrams } from './check-fidelity.ts';
import { unlistedChanges } from './compare.ts';
import type { SeedGraph } from './seed-blocks.ts';

const seed: SeedGraph = {
  key: 'x-1',
  seed: 'x.txt',
  line: 1,
  title: 'Tiny',
  kind: 'flowchart',
  nodes: [
    { id: 'A', label: 'Start' },
    { id: 'B', label: 'Ok?' },
    { id: 'C', label: 'Done' },
  ],
  edges: [
    { from: 'A', to: 'B', label: '' },
    { from: 'B', to: 'C', label: 'Yes' },
  ],
};
const design: SourceDesign = { seed: 'x-1', page: 'x', diagrams: [1], renamed: { A: 'start' } };

describe('unlistedChanges', () => {
  const page = {
    kind: 'flowchart' as const,
    nodes: [
      { id: 'start', label: 'Begin' },
      { id: 'ok', label: 'ok' },
      { id: 'C', label: 'Finished' },
    ],
    edges: [
      { from: 'start', to: 'ok', label: '' },
      { from: 'ok', to: 'C', label: 'Yes, go' },
    ],
  };

  it('accepts renamed ids, matching labels and longer edge labels', () => {
    expect(unlistedChanges(seed, page, design)).toEqual([]);
  });

  it('fails when a seed node is dropped without a listed deviation', () => {
    const dropped = { ...page, nodes: page.nodes.slice(0, 2), edges: page.edges.slice(0, 1) };
    expect(unlistedChanges(seed, dropped, design)).toEqual(['node C ("Done") is missing', 'edge B --> C is missing']);
    const listed = { ...design, deviations: [{ title: 't', nodes: ['C'], original: 'o', reason: 'r' }] };
    expect(unlistedChanges(seed, dropped, listed)).toEqual([]);
  });

  it('fails when a branch changes its label, and when a listed change did not happen', () => {
    const swapped = { ...page, edges: [page.edges[0]!, { from: 'ok', to: 'C', label: 'No' }] };
    expect(unlistedChanges(seed, swapped, design)).toEqual(['edge B --> C lost its label "Yes"']);
    const stale = { ...design, deviations: [{ title: 't', edges: ['B --> C'], original: 'o', reason: 'r' }] };
    expect(unlistedChanges(seed, page, stale)).toEqual([
      'edge B --> C is listed as a deviation but the page still draws it',
    ]);
  });
});

describe('source-design fidelity (real Mermaid parser)', () => {
  const reader = new MermaidGraphReader();
  afterAll(() => reader.close());
  const lifecycle = sourceDesigns.find((d) => d.seed === '000-4')!;

  it('every seed diagram is claimed by a page', () => {
    expect(unclaimedSeedDiagrams()).toEqual([]);
  });

  it('names the file, the line and the seed when a page drops a seed node', async () => {
    const text = readFileSync('src/content/docs/architecture/system.md', 'utf8')
      .split('\n')
      .filter((line) => !/Revoked/.test(line))
      .join('\n');
    const problems = await checkDesign(reader, lifecycle, text);
    expect(problems[0]).toMatch(
      /^src\/content\/docs\/architecture\/system\.md:\d+: node Revoked \("Revoked"\) is missing/,
    );
    expect(problems.join('\n')).toContain('edge Active --> Revoked is missing');
    expect(problems[0]).toContain('000-4 ("OAuth 2.0 Token Lifecycle"');
  }, 60_000);

  it('accepts the same drop once it is listed as a deviation', async () => {
    const text = readFileSync('src/content/docs/architecture/system.md', 'utf8')
      .split('\n')
      .filter((line) => !/Revoked/.test(line))
      .join('\n');
    const listed = { ...lifecycle, deviations: [{ title: 't', nodes: ['Revoked'], original: 'o', reason: 'r' }] };
    expect(await checkDesign(reader, listed, text)).toEqual([]);
  }, 60_000);
});
