/**
 * npm run diff:diagrams -- <base> [--out <dir>] [--markdown]
 *
 * What a change does to the site's diagrams: every content page changed since
 * <base> (a branch, tag or commit; compared from the merge base to the working
 * tree, so uncommitted edits count), and every ```mermaid fence added, changed
 * or removed, rendered from the base's fence and from the current one by the
 * build's own renderer, light and dark, side by side.
 *
 *   (default)   writes <dir>/index.html (default: diagram-diff/) and prints its path
 *   --markdown  prints the pull-request job summary instead (no rendering); links
 *               come from PREVIEW_URL and DIAGRAM_DIFF_URL when set
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diagramsInFile } from '../lib/diagrams/collect.ts';
import { DiagramService } from '../lib/diagrams/render-diagram.ts';
import { diffFences, pagePath, parseNameStatus, type FileChange } from './diagram-diff/fence-diff.ts';
import { htmlReport, markdownSummary, type PageDiff, type RenderedChange } from './diagram-diff/report.ts';

const contentDir = 'src/content/docs/';

function git(args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function changedContent(base: string): FileChange[] {
  const tracked = parseNameStatus(git(['diff', '--name-status', '-M', base, '--', contentDir]));
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--', contentDir])
    .split('\n')
    .filter(Boolean)
    .map((path): FileChange => ({ status: 'A', path, basePath: path }));
  return [...tracked, ...untracked].filter((change) => /\.mdx?$/.test(change.path));
}

function pageDiff(base: string, file: FileChange): PageDiff {
  const before = file.status === 'A' ? [] : diagramsInFile(file.basePath, git(['show', `${base}:${file.basePath}`]));
  const after =
    file.status === 'D' || !existsSync(file.path) ? [] : diagramsInFile(file.path, readFileSync(file.path, 'utf8'));
  return { file, page: pagePath(file.path, contentDir), fences: diffFences(before, after) };
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'diagram-diff' }, markdown: { type: 'boolean', default: false } },
});
const base = positionals[0];
if (!base) {
  console.error('Usage: npm run diff:diagrams -- <base branch, tag or commit> [--out <dir>] [--markdown]');
  process.exit(2);
}
let mergeBase: string;
try {
  mergeBase = git(['merge-base', base, 'HEAD']).trim();
} catch {
  console.error(
    `diff:diagrams: "${base}" is not a commit git knows here (fetch it first, e.g. git fetch origin ${base}).`,
  );
  process.exit(2);
}

const pages = changedContent(mergeBase).map((file) => pageDiff(mergeBase, file));

if (values.markdown) {
  process.stdout.write(
    markdownSummary(pages, { preview: process.env['PREVIEW_URL'], diagrams: process.env['DIAGRAM_DIFF_URL'] }),
  );
} else {
  const service = new DiagramService();
  const rendered: RenderedChange[] = [];
  try {
    for (const page of pages) {
      for (const change of page.fences) {
        rendered.push({
          page,
          change,
          before: 'before' in change ? await service.render(change.before.source) : undefined,
          after: 'after' in change ? await service.render(change.after.source) : undefined,
        });
      }
    }
  } finally {
    await service.close();
  }
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), htmlReport(base, pages, rendered));
  console.log(`${pages.length} pages changed, ${rendered.length} diagrams added, changed or removed since ${base}.`);
  console.log(`Open ${join(out, 'index.html')}`);
}
