import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Directory of an installed package, found the way Node looks up node_modules.
 * Some packages (svgo, @mermaid-js/layout-elk) export neither `./package.json`
 * nor a CommonJS entry, so `require.resolve` cannot be used for them.
 */
export function packageDir(name: string, from = here): string {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Package ${name} is not installed (npm ci).`);
    dir = parent;
  }
}

export function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;
}
