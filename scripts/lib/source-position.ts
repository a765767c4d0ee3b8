import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';

/**
 * Astro hands Markdown plugins the body without its frontmatter, so node
 * positions count from the end of the frontmatter. Writers need the line in the
 * file they edit: add back the frontmatter's lines.
 */
export function frontmatterLineCount(source: string): number {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  return match ? match[0].split('\n').length - 1 : 0;
}

export function fileLine(file: VFile, bodyLine: number | undefined): number {
  const line = bodyLine ?? 1;
  const path = file.path;
  if (!path) return line;
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return line;
  }
  const body = String(file.value ?? '');
  // When the processor was given the whole file, positions are already right.
  if (body.startsWith('---')) return line;
  return line + frontmatterLineCount(source);
}

export function relativeToCwd(path: string | undefined): string {
  if (!path) return '<unknown file>';
  const cwd = process.cwd() + '/';
  return path.startsWith(cwd) ? path.slice(cwd.length) : path;
}
