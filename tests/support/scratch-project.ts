import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A throw-away copy of this project for benchmarks and failure tests: sources
 * copied, node_modules linked, Astro's caches kept inside the copy. It sits
 * beside the repository rather than in /tmp: Vite mis-joins paths when the
 * root and the linked node_modules are on different branches of the tree.
 */
export function scratchProject(options: { withContent?: boolean } = {}): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(projectRoot, '..', '.scratch-blueround-'));
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  for (const name of [
    'scripts',
    'lib',
    'client',
    'policy',
    'sandbox',
    'openapi',
    'public',
    'redocly.yaml',
    'package.json',
    'tsconfig.json',
  ]) {
    cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  // Without the content, the /sandbox/ page goes too: its console diagrams are read from content pages.
  const withoutContent = ['/src/content/docs/', '/src/pages/sandbox'];
  cpSync(join(projectRoot, 'src'), join(dir, 'src'), {
    recursive: true,
    filter: (path) => options.withContent === true || !withoutContent.some((part) => path.includes(part)),
  });
  const config = readFileSync(join(projectRoot, 'astro.config.mjs'), 'utf8');
  if (!config.includes('defineConfig({')) throw new Error('astro.config.mjs no longer calls defineConfig({');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    config.replace('defineConfig({', "defineConfig({\n  cacheDir: './.astro-cache',"),
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Environment for a child build or check. Vitest puts Vite's own variables
 * (BASE_URL, MODE, DEV, PROD, SSR) into process.env; a child Astro build would
 * take them as its own, so they are dropped.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_ACTIONS: '', ...extra };
  for (const name of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'NODE_ENV',
  ]) {
    delete env[name];
  }
  return env;
}
