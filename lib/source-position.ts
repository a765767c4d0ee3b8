import { readFileSync } from 'node:fs';

/**
 * Line (1-based) of the first occurrence of `needle` in a file, counted from the
 * top of the file. Astro hands Markdown plugins the body without frontmatter, so
 * node positions are not file lines; searching the file is what writers need.
 */
export function lineOf(path: string | undefined, needle: string): number | undefined {
  if (!path) return undefined;
  try {
    const text = readFileSync(path, 'utf8');
    const index = text.indexOf(needle);
    return index < 0 ? undefined : text.slice(0, index).split('\n').length;
  } catch {
    return undefined;
  }
}

export function relativeToCwd(path: string | undefined): string {
  if (!path) return '<unknown file>';
  const cwd = process.cwd() + '/';
  return path.startsWith(cwd) ? path.slice(cwd.length) : path;
}
