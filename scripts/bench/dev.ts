/**
 * npm run bench:dev [-- --smoke] — the writer's loop in `npm start`, on a
 * throw-away copy of the site with one page of prose and two diagrams:
 *   first page after the first start (nothing cached: Vite's dependencies, the
 *   diagrams and Astro's content are all built), prose edit → served, diagram
 *   edit → served, broken diagram → error shown in the page, fix → served, and
 *   first page after a restart (everything cached).
 * Each edit is timed from saving the file to the dev server answering with the
 * change (polling the page); median of 5 rounds (`--smoke`: 1).
 * BENCH_DEV_PORT sets the dev server's port (default 4451).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { saveFile, startDevServer, untilServed } from '../dev-server.ts';
import { scratchProject } from '../scratch-project.ts';
import { median, printTable } from './synthetic-diagrams.ts';

const smoke = process.argv.includes('--smoke');
const rounds = smoke ? 1 : 5;
const port = Number(process.env.BENCH_DEV_PORT ?? 4451);

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

const { dir, remove } = scratchProject();
const file = join(dir, 'src/content/docs/bench/page.md');
mkdirSync(join(dir, 'src/content/docs/bench'), { recursive: true });
writeFileSync(
  join(dir, 'src/content/docs/index.md'),
  '---\ntitle: Bench\ncontent_type: concept\nproduct: docs\n---\n\nBench.\n',
);
writeFileSync(file, page('start', flow('Call API')));

let server = startDevServer(dir, port);
const pageUrl = `${server.origin}/bench/page/`;
const until = (ready: (html: string) => boolean, what: string) => untilServed(pageUrl, ready, what);

const times = {
  first: [] as number[],
  prose: [] as number[],
  diagram: [] as number[],
  broken: [] as number[],
  fixed: [] as number[],
  restart: [] as number[],
};
let startLine: string | undefined;
try {
  const started = performance.now();
  await until((html) => svgText(html).includes('Call API'), 'first page');
  times.first.push(performance.now() - started);
  startLine =
    server
      .log()
      .split('\n')
      .find((line) => line.includes('ready in')) ?? '';
  for (let round = 0; round < rounds; round++) {
    const label = (name: string) => `${name} ${round}`;
    saveFile(file, page(label('Prose edit'), flow('Call API')));
    times.prose.push(await until((html) => html.includes(label('Prose edit')), 'prose edit'));
    saveFile(file, page(label('Prose edit'), flow(label('Diagram edit'))));
    times.diagram.push(await until((html) => svgText(html).includes(label('Diagram edit')), 'diagram edit'));
    saveFile(file, page(label('Prose edit'), broken));
    times.broken.push(
      await until((html) => html.includes('dev-page-error') && html.includes('page.md:'), 'broken diagram error'),
    );
    saveFile(file, page(label('Prose edit'), flow(label('Fixed'))));
    times.fixed.push(
      await until((html) => svgText(html).includes(label('Fixed')) && !html.includes('dev-page-error'), 'fix'),
    );
  }
  await server.stop();
  server = startDevServer(dir, port);
  const restarted = performance.now();
  await until((html) => svgText(html).includes(`Fixed ${rounds - 1}`), 'first page after restart');
  times.restart.push(performance.now() - restarted);
} catch (error) {
  console.error(server.log().split('\n').slice(-30).join('\n'));
  throw error;
} finally {
  await server.stop();
  remove();
}

const ms = (values: number[]) => `${Math.round(median(values))} ms`;
const range = (values: number[]) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
console.log(
  server
    .log()
    .split('\n')
    .find((line) => line.includes('diagrams drawn by'))
    ?.trim() ?? '',
);
console.log(`first start: ${(startLine ?? '').replace(/\s+/g, ' ').trim()}`);
printTable(
  ['step', `median of ${rounds}`, 'range ms'],
  [
    ['first page after the first start', ms(times.first), '-'],
    ['prose edit → served', ms(times.prose), range(times.prose)],
    ['diagram edit → served', ms(times.diagram), range(times.diagram)],
    ['broken diagram → error shown', ms(times.broken), range(times.broken)],
    ['fix → served', ms(times.fixed), range(times.fixed)],
    ['first page after a restart', ms(times.restart), '-'],
  ],
);
const ratio = median(times.diagram) / median(times.prose);
console.log(`diagram edit / prose edit: ${ratio.toFixed(2)} (goal ≤ 1.5)`);
