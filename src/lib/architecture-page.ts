/**
 * The site page that shows the repository's ARCHITECTURE.md: one source for
 * the file, its HTML page (src/pages/contributing/architecture.astro) and its
 * Markdown twin (src/lib/llms/pages.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const architecturePage = {
  path: '/contributing/architecture/',
  file: 'ARCHITECTURE.md',
  title: 'Code architecture',
  description: "The repository's folders, what each holds, and which way imports may run between them.",
} as const;

/** The Markdown of ARCHITECTURE.md, read at build time like the spec (from the project root). */
export function architectureMarkdown(): string {
  return readFileSync(resolve(process.cwd(), architecturePage.file), 'utf8');
}
