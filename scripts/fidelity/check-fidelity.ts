import { readFileSync } from 'node:fs';
import { diagramsInFile } from '../../lib/diagrams/collect.ts';
import type { MermaidGraphReader } from '../../lib/diagrams/graph.ts';
import { sourceDesigns, type SourceDesign } from '../../src/data/design-deviations.ts';
import { mergeGraphs, unlistedChanges } from './compare.ts';
import { seedGraphs } from './seed-graphs.ts';

/** The Markdown file of a docs slug. */
export function pageFile(page: string): string {
  for (const ext of ['md', 'mdx']) {
    const file = `src/content/docs/${page}.${ext}`;
    try {
      readFileSync(file);
      return file;
    } catch {
      // try the next extension
    }
  }
  throw new Error(`src/data/design-deviations.ts: no page src/content/docs/${page}.md(x)`);
}

/**
 * Every problem with one source design: the page's diagrams (as Mermaid parses
 * them) must keep the seed's nodes and edges unless a deviation lists them.
 * `text` replaces the page file's content (tests use it to prove a drop fails).
 */
export async function checkDesign(reader: MermaidGraphReader, design: SourceDesign, text?: string): Promise<string[]> {
  const seed = seedGraphs.find((g) => g.key === design.seed);
  if (!seed) return [`src/data/design-deviations.ts: unknown seed diagram ${design.seed}`];
  const file = pageFile(design.page);
  const diagrams = diagramsInFile(file, text);
  const graphs = [];
  for (const number of design.diagrams) {
    const diagram = diagrams[number - 1];
    if (!diagram) return [`${file}: has no Mermaid diagram number ${number} (seed ${design.seed}, "${seed.title}")`];
    const result = await reader.read(diagram.source);
    if (!result.ok) return [`${file}:${diagram.line}: Mermaid cannot parse the diagram: ${result.error}`];
    graphs.push(result.graph);
  }
  const where = `${file}:${diagrams[design.diagrams[0]! - 1]!.line}`;
  return unlistedChanges(seed, mergeGraphs(graphs), design).map(
    (problem) =>
      `${where}: ${problem} from source diagram ${seed.key} ("${seed.title}", ${seed.seed}:${seed.line}); ` +
      `draw it, or list it with its reason in src/data/design-deviations.ts`,
  );
}

/** Seed diagrams no page claims to draw. */
export function unclaimedSeedDiagrams(): string[] {
  const claimed = new Set(sourceDesigns.map((d) => d.seed));
  return seedGraphs.filter((g) => !claimed.has(g.key)).map((g) => `${g.key} ("${g.title}", ${g.seed}:${g.line})`);
}
