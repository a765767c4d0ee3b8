/**
 * Every file the repository generates and commits, with the function that
 * produces its content. `npm run generate` writes them; `npm run generate --
 * --check` (part of `npm run lint`) fails, naming each stale file, when a
 * committed one differs from what its sources produce now.
 *
 * Not listed: src/data/seed-graphs.json, extracted from the source designs
 * outside this repository (`npm run extract:seed-graphs` with SEEDS_DIR), so
 * it cannot be regenerated from a clone.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { generateApiTypes } from './api-types.ts';
import { generateSandboxRuntime } from './sandbox-runtime.ts';

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  /** What produces it, for the stale-file message. */
  from: string;
  generate: () => Promise<string>;
}

export const generatedFiles: GeneratedFile[] = [
  { path: 'openapi/generated/api-types.ts', from: 'openapi/ (openapi-typescript)', generate: generateApiTypes },
  {
    path: 'sandbox/generated/spec-runtime.js',
    from: 'openapi/ (scripts/sandbox-runtime.ts)',
    generate: generateSandboxRuntime,
  },
  {
    // MSW's integrity check in the browser rejects a worker from another msw version.
    path: 'public/mockServiceWorker.js',
    from: 'the installed msw package',
    generate: () =>
      Promise.resolve(readFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), 'utf8')),
  },
];

export interface GenerateOutcome {
  /** Files written (generate mode) or found stale (check mode). */
  changed: string[];
  /** One line per file, for the console. */
  report: string[];
}

function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  const index = left.findIndex((line, at) => line !== right[at]);
  return (index === -1 ? Math.min(left.length, right.length) : index) + 1;
}

/** Writes each file whose content changed, or with `check`, writes nothing and reports each stale one. */
export async function generate(files: GeneratedFile[], root: string, check: boolean): Promise<GenerateOutcome> {
  const changed: string[] = [];
  const report: string[] = [];
  for (const file of files) {
    const target = join(root, file.path);
    const fresh = await file.generate();
    const committed = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (committed === fresh) {
      report.push(`${file.path} is up to date.`);
      continue;
    }
    changed.push(file.path);
    if (check) {
      const why =
        committed === undefined
          ? 'is missing'
          : `differs from ${file.from} from line ${firstDifferentLine(committed, fresh)}`;
      report.push(`${file.path} is stale: it ${why}. Run \`npm run generate\` and commit the result.`);
    } else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, fresh);
      report.push(`Wrote ${file.path}.`);
    }
  }
  return { changed, report };
}
