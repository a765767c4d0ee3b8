import seedGraphsJson from '../../src/data/seed-graphs.json' with { type: 'json' };
import type { SeedGraph } from './seed-blocks.ts';

/** The source diagrams' graphs, extracted by scripts/extract-seed-graphs.ts. */
export const seedGraphs = seedGraphsJson as SeedGraph[];
