/**
 * npm run bench:diagrams — build-time cost of diagrams on this machine.
 * Builds a throw-away copy of the site whose content is N synthetic diagrams
 * (N = 20 and 100), cold (empty caches) and warm (nothing changed), next to the
 * same pages with the diagrams as plain code blocks (the no-diagram baseline),
 * and prints seconds, browser renders and bytes per diagram.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { scratchProject } from '../lib/scratch-project.ts';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const sizes = (process.env.BENCH_SIZES ?? '20,100').split(',').map(Number);
const perPage = 5;

function diagram(index: number): string {
  switch (index % 3) {
    case 0:
      return `flowchart TD\n  accTitle: Flow ${index}\n  accDescr: Synthetic flow ${index}\n  A${index}["Request ${index}"] --> B${index}{"Token valid?"}\n  B${index} -- Yes --> C${index}["Call /v1/users/${index}"]\n  B${index} -- No --> D${index}["Refresh token"] --> C${index}\n  C${index} --> E${index}(["Done ${index}"])\n  classDef step${index} fill:#e1f5fe\n  D${index}:::step${index}`;
    case 1:
      return `sequenceDiagram\n  accTitle: Sequence ${index}\n  participant App${index} as App ${index}\n  participant API as BlueRound API\n  App${index}->>API: GET /v1/users?limit=${index}\n  API-->>App${index}: 200 OK\n  Note over App${index},API: call ${index}`;
    default:
      return `stateDiagram-v2\n  accTitle: States ${index}\n  [*] --> Issued${index}\n  Issued${index} --> Active${index}\n  Active${index} --> Expired${index}: TTL ${index}\n  Expired${index} --> [*]`;
  }
}

function writeSite(dir: string, count: number, withDiagrams: boolean) {
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(join(docs, 'bench'), { recursive: true });
  writeFileSync(
    join(docs, 'index.md'),
    '---\ntitle: Bench\ncontent_type: concept\nproduct: docs\n---\n\nBench site.\n',
  );
  for (let page = 0; page * perPage < count; page++) {
    const blocks: string[] = [];
    for (let i = page * perPage; i < Math.min(count, (page + 1) * perPage); i++) {
      blocks.push(`## Diagram ${i}\n\n\`\`\`${withDiagrams ? 'mermaid' : 'text'}\n${diagram(i)}\n\`\`\`\n`);
    }
    writeFileSync(
      join(docs, 'bench', `page-${page}.md`),
      `---\ntitle: Page ${page}\ncontent_type: flowchart\nproduct: docs\n---\n\n${blocks.join('\n')}`,
    );
  }
}

function build(dir: string, cacheDir: string): { seconds: number; rendered: number } {
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: dir,
    env: { ...process.env, DIAGRAM_CACHE_DIR: cacheDir },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
  const rendered = Number(/\((\d+) rendered/.exec(result.stdout)?.[1] ?? 0);
  return { seconds, rendered };
}

function svgBytes(dir: string): { raw: number; gzip: number; count: number } {
  let raw = 0;
  let gzip = 0;
  let count = 0;
  const pages = join(dir, 'dist/bench');
  for (const page of readdirSync(pages)) {
    const html = readFileSync(join(pages, page, 'index.html'), 'utf8');
    for (const match of html.matchAll(/<svg[\s\S]*?<\/svg>/g)) {
      if (!match[0].includes('role="img"')) continue;
      raw += match[0].length;
      gzip += gzipSync(match[0]).length;
      count++;
    }
  }
  return { raw, gzip, count };
}

const rows: string[][] = [];
for (const count of sizes) {
  const { dir, remove } = scratchProject();
  const cacheDir = join(dir, '.diagram-cache');
  try {
    writeSite(dir, count, false);
    const baselineCold = build(dir, cacheDir);
    const baselineWarm = build(dir, cacheDir);
    writeSite(dir, count, true);
    rmSync(join(dir, '.astro-cache'), { recursive: true, force: true });
    const cold = build(dir, cacheDir);
    const warm = build(dir, cacheDir);
    const bytes = svgBytes(dir);
    rows.push([
      String(count),
      baselineCold.seconds.toFixed(1),
      baselineWarm.seconds.toFixed(1),
      `${cold.seconds.toFixed(1)} (${cold.rendered} rendered)`,
      `${warm.seconds.toFixed(1)} (${warm.rendered} rendered)`,
      (warm.seconds / baselineWarm.seconds).toFixed(2),
      `${Math.round(bytes.raw / bytes.count / 1024)} KB / ${(bytes.gzip / bytes.count / 1024).toFixed(1)} KB`,
    ]);
  } finally {
    remove();
  }
}

const header = [
  'diagrams',
  'no-diagram cold s',
  'no-diagram warm s',
  'cold s',
  'warm s',
  'warm / no-diagram warm',
  'per diagram (raw / gzip)',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log('Goals: cold 100 diagrams ≤ 25 s; warm ≤ 1.3 × the no-diagram warm build.');
