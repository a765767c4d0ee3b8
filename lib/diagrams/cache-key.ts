import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageVersion } from '../package-dir.ts';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Everything besides the diagram source that changes the output: renderer and
 * optimiser versions and this pipeline's own code. Part of every cache key, and
 * passed into Astro's config so its content cache is dropped when it changes.
 */
function computeRendererFingerprint(): string {
  const hash = createHash('sha256');
  for (const name of ['mermaid', '@mermaid-js/layout-elk', 'svgo', '@playwright/test', '@fontsource/inter']) {
    hash.update(`${name}@${packageVersion(name)}\n`);
  }
  for (const file of readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()) {
    hash.update(readFileSync(join(here, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

export const rendererFingerprint = computeRendererFingerprint();
if (process.env.DIAGRAM_DEBUG) console.error('diagram fingerprint', here, rendererFingerprint);

export function diagramKey(source: string): string {
  return createHash('sha256').update(rendererFingerprint).update('\0').update(source).digest('hex').slice(0, 24);
}
