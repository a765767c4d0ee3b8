import { resolve } from 'node:path';
import type { PageProblem } from './dev-error.ts';

/**
 * Frontmatter problems found by the content loader (strict-loader.ts), by
 * absolute file path, for the `.mdx` modules (mdx-errors-in-page.ts) to show.
 * The loader runs from the content config, which Vite loads as its own module
 * instance, and the MDX plugin from the Astro config: one Map on globalThis is
 * what both see.
 */
const registryKey = Symbol.for('blueround.frontmatterProblems');
const registry = globalThis as typeof globalThis & { [registryKey]?: Map<string, PageProblem> };

export const frontmatterProblems: Map<string, PageProblem> = (registry[registryKey] ??= new Map());

/** The key of a file in `frontmatterProblems`, whether given relative to the project or absolute. */
export function problemKey(filePath: string): string {
  return resolve(filePath);
}
