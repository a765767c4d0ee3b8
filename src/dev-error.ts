import { lineOf, relativeToCwd } from '../lib/source-position.ts';

/** What a writer needs to fix a page: where, what the tool said, and what to do. */
export interface PageProblem {
  file: string;
  line: number;
  message: string;
  hint: string;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Errors from our own plugins carry their position and hint (DiagramBuildError, PolicyError). */
interface Explained {
  file?: string;
  line?: number;
  hint?: string;
}

/** A rendering error (diagram, `{{policy…}}`, any Markdown plugin) of one file. */
export function renderProblem(filePath: string, error: unknown): PageProblem {
  const explained = (error ?? {}) as Explained;
  // Astro wraps plugin errors in "Failed to parse Markdown file …:"; the file is shown anyway.
  const message = (error instanceof Error ? error.message : String(error)).replace(
    /^Failed to parse Markdown file "[^"]*":\s*/,
    '',
  );
  const located = /^(\S+?):(\d+): /.exec(message);
  return {
    file: explained.file ?? located?.[1] ?? relativeToCwd(filePath),
    line: explained.line ?? Number(located?.[2] ?? 1),
    message,
    hint: explained.hint ?? 'Fix the source at that line and save: the page renders again without a restart.',
  };
}

/** A frontmatter error: the line is that of the first field the schema names. */
export function frontmatterProblem(filePath: string, error: unknown): PageProblem {
  const message = error instanceof Error ? error.message : String(error);
  const field = /\*\*([\w.]+)\*\*/.exec(message)?.[1]?.split('.')[0];
  return {
    file: relativeToCwd(filePath),
    line: field && lineOf(filePath, `\n${field}:`) ? lineOf(filePath, `\n${field}:`)! + 1 : 1,
    message,
    hint: 'Correct the frontmatter field named above; allowed fields and values are in src/page-frontmatter.ts and CONTRIBUTING.md.',
  };
}

/** The box shown where the page's content would be (dev server only). */
export function problemHtml(problem: PageProblem): string {
  return (
    `<div class="dev-page-error" role="alert" style="border:2px solid var(--sl-color-red, #d33);` +
    `border-radius:.5rem;padding:1rem;background:var(--sl-color-red-low, #fee)">` +
    `<p><strong>This page does not render</strong> — <code>${escape(problem.file)}:${problem.line}</code></p>` +
    `<pre style="white-space:pre-wrap">${escape(problem.message)}</pre>` +
    `<p><strong>Fix:</strong> ${escape(problem.hint)}</p></div>`
  );
}
