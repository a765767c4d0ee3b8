/**
 * npm run bench:diagrams [-- --smoke] — cold rendering of the same N diagrams
 * (default 60), side by side in one run:
 *   ours: both themes merged into one SVG, SVGO, text outline (lib/diagrams);
 *   rehype-mermaid: `img-svg` with `dark: true` (a light and a dark SVG per diagram).
 * Both launch the same Chromium (lib/chromium.ts) and start with nothing cached.
 * `--smoke`: 4 diagrams, one round (for CI). `BENCH_DIAGRAMS`, `BENCH_ROUNDS` override.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import rehypeMermaid from 'rehype-mermaid';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { chromiumLaunchOptions } from '../../lib/chromium.ts';
import { DiagramCache } from '../../lib/diagrams/cache.ts';
import { renderingLine } from '../../lib/diagrams/font-line.ts';
import { DiagramService } from '../../lib/diagrams/render-diagram.ts';
import { median, printTable, syntheticDiagrams } from './synthetic-diagrams.ts';

const smoke = process.argv.includes('--smoke');
const count = Number(process.env.BENCH_DIAGRAMS ?? (smoke ? 4 : 60));
const rounds = Number(process.env.BENCH_ROUNDS ?? (smoke ? 1 : 3));

interface Run {
  seconds: number;
  raw: number;
  gzip: number;
}

const bytes = (svgs: string[]) => ({
  raw: svgs.reduce((sum, svg) => sum + svg.length, 0),
  gzip: svgs.reduce((sum, svg) => sum + gzipSync(svg).length, 0),
});

async function ours(sources: string[]): Promise<Run & { browser: string | null }> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'bench-diagram-cache-'));
  const service = new DiagramService(new DiagramCache(cacheDir));
  try {
    const started = performance.now();
    const outcomes = await Promise.all(sources.map((source) => service.render(source)));
    const seconds = (performance.now() - started) / 1000;
    const svgs = outcomes.flatMap((outcome) => {
      if (!outcome.ok) throw new Error(`ours failed: ${outcome.error}`);
      const svg = outcome.diagram.svg;
      return 'both' in svg ? [svg.both] : [svg.light, svg.dark];
    });
    return { seconds, ...bytes(svgs), browser: service.browserDescription };
  } finally {
    await service.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function theirs(sources: string[]): Promise<Run> {
  const tree: Root = {
    type: 'root',
    children: sources.map((source) => h('pre', [h('code', { className: ['language-mermaid'] }, source)])),
  };
  const processor = unified().use(rehypeMermaid, {
    strategy: 'img-svg',
    dark: true,
    launchOptions: await chromiumLaunchOptions(),
  });
  const started = performance.now();
  const result = await processor.run(tree);
  const seconds = (performance.now() - started) / 1000;
  const svgs: string[] = [];
  visit(result, 'element', (node: Element) => {
    const src =
      node.tagName === 'img' ? node.properties.src : node.tagName === 'source' ? node.properties.srcSet : null;
    if (typeof src === 'string' && src.startsWith('data:image/svg+xml,')) {
      svgs.push(decodeURIComponent(src.slice('data:image/svg+xml,'.length)));
    }
  });
  if (svgs.length < sources.length)
    throw new Error(`rehype-mermaid returned ${svgs.length} SVGs for ${sources.length}`);
  return { seconds, ...bytes(svgs) };
}

const results: { ours: Run[]; theirs: Run[] } = { ours: [], theirs: [] };
let browser: string | null = null;
for (let round = 0; round < rounds; round++) {
  // Fresh diagrams every round, so neither side profits from the round before.
  const sources = syntheticDiagrams(count, round * count);
  const mine = await ours(sources);
  browser = mine.browser;
  results.ours.push(mine);
  results.theirs.push(await theirs(sources));
}

const row = (name: string, runs: Run[]) => {
  const seconds = runs.map((r) => r.seconds);
  const last = runs.at(-1)!;
  return [
    name,
    median(seconds).toFixed(2),
    `${Math.min(...seconds).toFixed(2)}–${Math.max(...seconds).toFixed(2)}`,
    String(Math.round((median(seconds) * 1000) / count)),
    `${Math.round(last.raw / 1024)} KB`,
    `${Math.round(last.gzip / 1024)} KB`,
  ];
};
console.log(`${count} diagrams, ${rounds} round(s), cold (nothing cached); ${renderingLine(browser)}`);
printTable(
  ['renderer', 'median s', 'range s', 'ms/diagram', 'SVG raw', 'SVG gzip'],
  [
    row('ours (one SVG, both themes, SVGO, outline)', results.ours),
    row('rehype-mermaid img-svg, dark: true', results.theirs),
  ],
);
console.log('Goal: ours no slower than rehype-mermaid, with the same or fewer bytes.');
