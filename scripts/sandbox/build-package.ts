/**
 * Builds the publishable sandbox package (`sandbox/package.json`,
 * `npx @blueround/sandbox`): bundles `sandbox/server.ts` and everything it
 * imports into one ES module, `sandbox/dist/server.js`, leaving npm packages
 * to the package's `dependencies`. Fails when the bundle reaches outside
 * `sandbox/` and `policy/` (the package must not depend on the site) or imports a package
 * `sandbox/package.json` does not declare.
 *
 *     npm run build:sandbox
 */
import { chmodSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';

export const sandboxDir = resolve(import.meta.dirname, '../../sandbox');
/** The folders the package may bundle: the mock API and the behaviour policy it enforces. */
export const packageRoots = [sandboxDir, resolve(import.meta.dirname, '../../policy')];
export const binPath = join(sandboxDir, 'dist/server.js');

interface PackageJson {
  dependencies?: Record<string, string>;
  engines?: { node?: string };
}

/** `msw/node` → `msw`, `@scope/name/x` → `@scope/name`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** What is wrong with a bundle's inputs and imports for a standalone package; empty when nothing. */
export function packageProblems(metafile: Metafile, roots: readonly string[], declared: readonly string[]): string[] {
  const problems: string[] = [];
  for (const input of Object.keys(metafile.inputs)) {
    const path = resolve(process.cwd(), input);
    if (roots.every((root) => relative(root, path).startsWith('..'))) {
      problems.push(`${input} is outside sandbox/ and policy/: the package must not depend on the site's code`);
    }
  }
  const builtins = new Set(builtinModules);
  for (const [input, { imports }] of Object.entries(metafile.inputs)) {
    for (const { path, external } of imports) {
      if (!external || path.startsWith('node:') || builtins.has(path)) continue;
      if (!declared.includes(packageName(path))) {
        problems.push(`${input} imports ${path}, which sandbox/package.json does not list in dependencies`);
      }
    }
  }
  return problems;
}

export async function buildSandboxPackage(): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(sandboxDir, 'package.json'), 'utf8')) as PackageJson;
  const nodeFloor = /(\d+)/.exec(manifest.engines?.node ?? '')?.[1] ?? '22';
  const result = await build({
    entryPoints: [join(sandboxDir, 'server.ts')],
    outfile: binPath,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${nodeFloor}`,
    packages: 'external',
    // Generated code: the repository's lint (which sees sandbox/dist/ after a build) checks the sources.
    banner: { js: '#!/usr/bin/env node\n/* eslint-disable */' },
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const problems = packageProblems(result.metafile, packageRoots, Object.keys(manifest.dependencies ?? {}));
  if (problems.length > 0) throw new Error(`sandbox package: ${problems.join('\n')}`);
  chmodSync(binPath, 0o755);
}

if (import.meta.main) {
  await buildSandboxPackage();
  console.log(`Built ${relative(process.cwd(), binPath)}`);
}
