import { existsSync } from 'node:fs';
import { lineOf } from '../../lib/source-position.ts';

/**
 * Maps a built page's path (relative to the site base, e.g. `guides/quickstart/`)
 * back to the content file writers edit, so checks can report file:line.
 */
export function contentFileFor(pagePath: string): string | undefined {
  const slug = pagePath.replace(/^\/+|\/+$/g, '') || 'index';
  for (const candidate of [
    `src/content/docs/${slug}.md`,
    `src/content/docs/${slug}.mdx`,
    `src/content/docs/${slug}/index.md`,
    `src/content/docs/${slug}/index.mdx`,
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** `file:line` of `needle` in the page's source, or the page path when it has none. */
export function sourceLocation(pagePath: string, needle: string): { file: string; line?: number } {
  const file = contentFileFor(pagePath);
  if (!file) return { file: pagePath };
  const line = lineOf(file, needle);
  return line === undefined ? { file } : { file, line };
}
