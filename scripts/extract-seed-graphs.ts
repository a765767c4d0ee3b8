/**
 * Extracts the graph of every Mermaid diagram in the source design documents
 * (../shared/seeds/ by default, or SEEDS_DIR) into src/data/seed-graphs.json:
 * node ids, labels and edges as Mermaid parses them. Facts, not prose, so the
 * fidelity test (scripts/fidelity/) runs anywhere, GitHub included, without the
 * seeds. Run after a seed changes: `npm run extract:seed-graphs`.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MermaidGraphReader } from '../lib/diagrams/graph.ts';
import { mermaidBlocksOfSeed, type SeedGraph } from './fidelity/seed-blocks.ts';

const seedsDir = resolve(process.env.SEEDS_DIR ?? join(import.meta.dirname, '../../../shared/seeds'));
const outFile = join(import.meta.dirname, '../src/data/seed-graphs.json');

const reader = new MermaidGraphReader();
const graphs: SeedGraph[] = [];
try {
  for (const name of (await readdir(seedsDir)).filter((n) => n.endsWith('.txt')).sort()) {
    const seed = name.slice(0, 3);
    const blocks = mermaidBlocksOfSeed(await readFile(join(seedsDir, name), 'utf8'));
    for (const [index, block] of blocks.entries()) {
      let result = await reader.read(block.source);
      // The template seed writes placeholders like `S1[[Resource] Service]`, which Mermaid
      // cannot parse; read them as plain words (the node keeps its id and the rest of its label).
      const repaired = block.source.replace(/\[(Resource|Product)\]/g, '$1');
      if (!result.ok && repaired !== block.source) result = await reader.read(repaired);
      if (!result.ok) throw new Error(`${name}:${block.line}: Mermaid cannot parse this diagram: ${result.error}`);
      graphs.push({ key: `${seed}-${index + 1}`, seed: name, line: block.line, title: block.title, ...result.graph });
    }
  }
} finally {
  await reader.close();
}
await writeFile(outFile, JSON.stringify(graphs, null, 2) + '\n');
console.log(`${graphs.length} seed diagrams from ${seedsDir} → ${outFile}`);
