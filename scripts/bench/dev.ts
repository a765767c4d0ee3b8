/**
 * npm run bench:dev [-- --smoke] — the writer's loop in `npm start`, on a
 * throw-away copy of the site with one page of prose and two diagrams:
 *   first page after start, prose edit → served, diagram edit → served,
 *   broken diagram → error shown in the page, fix → served.
 * Each edit is timed from saving the file to the dev server answering with the
 * change (polling the page); median of 5 rounds (`--smoke`: 1).
 * BENCH_DEV_PORT sets the dev server's port (default 4451).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv, scratchProject } from '../../tests/support/scratch-project.ts';
import { median, printTable } from './synthetic-diagrams.ts';

const smoke = process.argv.includes('--smoke');
const rounds = smoke ? 1 : 5;
const port = Number(process.env.BENCH_DEV_PORT ?? 4451);
const pageUrl = `http://127.0.0.1:${port}/bench/page/`;
const timeoutMs = 60_000;

const flow = (label: string) =>
  `flowchart LR\n  accTitle: Token check\n  accDescr: How a request is checked\n  A["Request"] --> B{"Token valid?"}\n  B -- Yes --> C["${label}"]\n  B -- No --> D["Refresh"] --> C`;
const state = `stateDiagram-v2\n  accTitle: Token states\n  [*] --> Issued\n  Issued --> Active\n  Active --> Expired: TTL elapsed\n  Expired --> [*]`;
const broken = 'flowchart LR\n  A[[Broken] --> B';

function page(prose: string, firstDiagram: string): string {
  return [
    '---\ntitle: Bench page\ncontent_type: flowchart\nproduct: docs\n---\n',
    `Prose paragraph: ${prose}.\n`,
    `## Check\n\n\`\`\`mermaid\n${firstDiagram}\n\`\`\`\n`,
    `## States\n\n\`\`\`mermaid\n${state}\n\`\`\`\n`,
  ].join('\n');
}

const svgText = (html: string) => [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('\n');

/** Milliseconds until the page answers 200 and `ready(html)` holds. */
async function until(ready: (html: string) => boolean, what: string): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(pageUrl);
      const html = await response.text();
      if (response.ok && ready(html)) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  throw new Error(`${what}: not served within ${timeoutMs / 1000} s (${pageUrl})`);
}

const { dir, remove } = scratchProject();
const file = join(dir, 'src/content/docs/bench/page.md');
mkdirSync(join(dir, 'src/content/docs/bench'), { recursive: true });
writeFileSync(
  join(dir, 'src/content/docs/index.md'),
  '---\ntitle: Bench\ncontent_type: concept\nproduct: docs\n---\n\nBench.\n',
);
writeFileSync(file, page('start', flow('Call API')));

const server = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
  cwd: dir,
  env: childEnv({ ASTRO_TELEMETRY_DISABLED: '1', DIAGRAM_CACHE_DIR: join(dir, '.diagram-cache') }),
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let log = '';
server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));

const times = {
  first: [] as number[],
  prose: [] as number[],
  diagram: [] as number[],
  broken: [] as number[],
  fixed: [] as number[],
};
try {
  const started = performance.now();
  await until((html) => svgText(html).includes('Call API'), 'first page');
  times.first.push(performance.now() - started);
  for (let round = 0; round < rounds; round++) {
    const label = (name: string) => `${name} ${round}`;
    writeFileSync(file, page(label('Prose edit'), flow('Call API')));
    times.prose.push(await until((html) => html.includes(label('Prose edit')), 'prose edit'));
    writeFileSync(file, page(label('Prose edit'), flow(label('Diagram edit'))));
    times.diagram.push(await until((html) => svgText(html).includes(label('Diagram edit')), 'diagram edit'));
    writeFileSync(file, page(label('Prose edit'), broken));
    times.broken.push(
      await until((html) => html.includes('dev-page-error') && html.includes('page.md:'), 'broken diagram error'),
    );
    writeFileSync(file, page(label('Prose edit'), flow(label('Fixed'))));
    times.fixed.push(
      await until((html) => svgText(html).includes(label('Fixed')) && !html.includes('dev-page-error'), 'fix'),
    );
  }
} catch (error) {
  console.error(log.split('\n').slice(-30).join('\n'));
  throw error;
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  remove();
}

const ms = (values: number[]) => `${Math.round(median(values))} ms`;
const range = (values: number[]) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
console.log(
  log
    .split('\n')
    .find((line) => line.includes('diagrams drawn by'))
    ?.trim() ?? '',
);
printTable(
  ['step', `median of ${rounds}`, 'range ms'],
  [
    ['first page after start', ms(times.first), '-'],
    ['prose edit → served', ms(times.prose), range(times.prose)],
    ['diagram edit → served', ms(times.diagram), range(times.diagram)],
    ['broken diagram → error shown', ms(times.broken), range(times.broken)],
    ['fix → served', ms(times.fixed), range(times.fixed)],
  ],
);
const ratio = median(times.diagram) / median(times.prose);
console.log(`diagram edit / prose edit: ${ratio.toFixed(2)} (goal ≤ 1.5)`);
