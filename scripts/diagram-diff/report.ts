import { diffLines } from 'diff';
import type { DiagramOutcome } from '../../lib/diagrams/render-diagram.ts';
import type { ThemeName } from '../../lib/diagrams/themes.ts';
import type { FenceChange, FileChange } from './fence-diff.ts';

export interface PageDiff {
  file: FileChange;
  page: string;
  fences: FenceChange[];
}

export interface RenderedChange {
  page: PageDiff;
  change: FenceChange;
  before: DiagramOutcome | undefined;
  after: DiagramOutcome | undefined;
}

const fileStatus = { A: 'added', M: 'modified', D: 'deleted', R: 'renamed' } as const;

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/**
 * One rendering in one theme, isolated in an iframe: merged SVGs switch colours
 * on the root's `data-theme`, so light and dark can only sit side by side in
 * separate documents.
 */
function themedFrame(outcome: DiagramOutcome | undefined, theme: ThemeName): string {
  if (!outcome) return '<div class="none">—</div>';
  if (!outcome.ok) return `<pre class="error">${escapeHtml(outcome.error)}</pre>`;
  const svg = 'both' in outcome.diagram.svg ? outcome.diagram.svg.both : outcome.diagram.svg[theme];
  const background = theme === 'dark' ? '#17181c' : '#ffffff';
  const document = `<!doctype html><html data-theme="${theme}"><body style="margin:0;padding:12px;background:${background}"><style>svg{display:block;margin:auto;max-width:100%!important;height:auto}</style>${svg}</body></html>`;
  return `<iframe title="${theme}" srcdoc="${escapeHtml(document)}"></iframe>`;
}

function changeSection(item: RenderedChange): string {
  const { change } = item;
  const where = 'after' in change ? change.after : change.before;
  const rows = (['light', 'dark'] as const)
    .map(
      (theme) =>
        `<tr><th>${theme}</th><td>${themedFrame(item.before, theme)}</td><td>${themedFrame(item.after, theme)}</td></tr>`,
    )
    .join('\n');
  const sources = [
    'before' in change ? `<h4>Before</h4><pre>${escapeHtml(change.before.source)}</pre>` : '',
    'after' in change ? `<h4>After</h4><pre>${escapeHtml(change.after.source)}</pre>` : '',
  ].join('');
  return `<section>
<h3>${escapeHtml(where.file)}, line ${where.line}: ${change.status}</h3>
<table><tr><th></th><th>Before (base)</th><th>After (this change)</th></tr>
${rows}
</table>
<details><summary>Mermaid source</summary>${sources}</details>
</section>`;
}

/** The local report (`npm run diff:diagrams`), also uploaded by CI: old and new side by side, both themes. */
export function htmlReport(base: string, pages: PageDiff[], rendered: RenderedChange[]): string {
  const pageList = pages
    .map(
      (page) =>
        `<li><code>${escapeHtml(page.page || '/')}</code> (${fileStatus[page.file.status]}: ${escapeHtml(page.file.path)})</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Diagram changes since ${escapeHtml(base)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.5rem; vertical-align: top; }
td { width: 48%; }
iframe { width: 100%; height: 420px; border: 0; }
pre { white-space: pre-wrap; }
.error { color: #b00020; }
</style></head><body>
<h1>Diagram changes since <code>${escapeHtml(base)}</code></h1>
<h2>Pages changed (${pages.length})</h2>
<ul>${pageList || '<li>None.</li>'}</ul>
<h2>Diagrams added, changed or removed (${rendered.length})</h2>
${rendered.map(changeSection).join('\n') || '<p>No diagram changed.</p>'}
</body></html>
`;
}

function fenceDiff(change: FenceChange): string {
  const before = 'before' in change ? `${change.before.source}\n` : '';
  const after = 'after' in change ? `${change.after.source}\n` : '';
  const lines = diffLines(before, after).flatMap((part) => {
    const sign = part.added ? '+' : part.removed ? '-' : ' ';
    return part.value
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => `${sign} ${line}`);
  });
  return `\`\`\`diff\n${lines.join('\n')}\n\`\`\``;
}

/**
 * The pull request's job summary. GitHub does not show images from artifacts
 * or data URIs in summaries, so renderings are linked (the diagram-diff
 * artifact) and the fence changes are shown as text.
 */
export function markdownSummary(
  pages: PageDiff[],
  links: { preview: string | undefined; diagrams: string | undefined },
): string {
  const out: string[] = ['## Pages this change touches', ''];
  if (pages.length === 0) out.push('No page under `src/content/docs/` changed.');
  else {
    out.push('| Page | File | Change | In the preview |', '| --- | --- | --- | --- |');
    for (const { page, file } of pages) {
      const html = file.status === 'D' ? '—' : `\`${page}index.html\``;
      const preview = links.preview && file.status !== 'D' ? `[site-preview](${links.preview}) → ${html}` : html;
      out.push(`| \`/${page}\` | \`${file.path}\` | ${fileStatus[file.status]} | ${preview} |`);
    }
  }
  const changes = pages.flatMap((page) => page.fences.map((change) => ({ page, change })));
  out.push('', `## Diagrams added, changed or removed (${changes.length})`, '');
  if (changes.length === 0) out.push('No diagram changed.');
  else {
    const where = links.diagrams ? `[diagram-diff](${links.diagrams})` : 'the diagram-diff artifact';
    out.push(`Old and new renderings side by side, light and dark: ${where} (open \`index.html\`).`, '');
    for (const { change } of changes) {
      const fence = 'after' in change ? change.after : change.before;
      out.push(`<details><summary>${change.status}: <code>${fence.file}</code> line ${fence.line}</summary>`, '');
      out.push(fenceDiff(change), '', '</details>');
    }
  }
  return `${out.join('\n')}\n`;
}
