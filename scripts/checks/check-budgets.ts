/**
 * Page-weight budgets, measured on the build (run `npm run build` first):
 *   - every content page ships ≤ 60 KB gzip of JavaScript;
 *   - the diagram-heaviest page weighs ≤ 350 KB gzip in all;
 *   - the API reference's first load ships ≤ 300 KB gzip of JavaScript.
 * Prints the figures and fails naming every page over budget.
 */
import { globSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { readSiteEnv } from '../../lib/site-env.ts';
import { pageWeight } from './page-weight.ts';

export const budgets = {
  contentPageJs: 60 * 1024,
  diagramPageTotal: 350 * 1024,
  referenceFirstLoadJs: 300 * 1024,
};

const { base } = readSiteEnv();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const pages = globSync('dist/**/index.html')
  .map((file) => {
    const html = readFileSync(file, 'utf8');
    return {
      path: `/${relative('dist', file).replace(/index\.html$/, '')}`,
      diagrams: html.match(/data-diagram-type=/g)?.length ?? 0,
      weight: pageWeight('dist', file, base),
    };
  })
  .sort((a, b) => a.path.localeCompare(b.path));

const failures: string[] = [];
const isReference = (path: string) => path.startsWith('/reference/');
for (const page of pages) {
  const jsBudget = isReference(page.path) ? budgets.referenceFirstLoadJs : budgets.contentPageJs;
  if (page.weight.js > jsBudget)
    failures.push(`${page.path}: ${kb(page.weight.js)} of JavaScript (budget ${kb(jsBudget)})`);
}
const heaviest = pages.filter((page) => page.diagrams > 0).sort((a, b) => b.weight.total - a.weight.total)[0];
if (heaviest && heaviest.weight.total > budgets.diagramPageTotal) {
  failures.push(
    `${heaviest.path}: ${kb(heaviest.weight.total)} in all (budget ${kb(budgets.diagramPageTotal)} for diagram pages)`,
  );
}

const maxContentJs = Math.max(...pages.filter((p) => !isReference(p.path)).map((p) => p.weight.js));
const reference = pages.find((page) => page.path === '/reference/');
console.log(`page weight (gzip), ${pages.length} pages:`);
console.log(`  heaviest content-page JavaScript: ${kb(maxContentJs)} (budget ${kb(budgets.contentPageJs)})`);
if (heaviest) {
  const w = heaviest.weight;
  console.log(
    `  diagram-heaviest page ${heaviest.path} (${heaviest.diagrams} diagrams): ${kb(w.total)} = HTML ${kb(w.html)} + JS ${kb(w.js)} + CSS ${kb(w.css)} + images ${kb(w.images)} (budget ${kb(budgets.diagramPageTotal)})`,
  );
}
if (reference)
  console.log(
    `  /reference/ first-load JavaScript: ${kb(reference.weight.js)} (budget ${kb(budgets.referenceFirstLoadJs)})`,
  );
for (const failure of failures) {
  console.error(`over budget: ${failure}`);
  if (process.env.GITHUB_ACTIONS) console.log(`::error title=Page weight over budget::${failure}`);
}
process.exit(failures.length > 0 ? 1 : 0);
