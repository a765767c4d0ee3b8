/**
 * Breaking-change gate: compares the working tree's bundled spec with the spec
 * at a git ref, lists every change per operation as breaking or not, and fails
 * when a breaking change ships without a new dated version and changelog entry
 * (lib/api-diff/gate.ts has the rules).
 *
 *   npm run lint:api:diff -- [ref]
 *
 * The ref defaults to the pull request's base in GitHub Actions
 * (origin/$GITHUB_BASE_REF), to API_DIFF_BASE on a push (the commit before it), and
 * to origin/main (or main, without a remote) elsewhere. CI needs the history:
 * actions/checkout with fetch-depth: 0.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, createConfig } from '@redocly/openapi-core';
import { ChangelogError, loadChangelog, parseChangelog, type ChangelogEntry } from '../../src/lib/api-changelog.ts';
import { evaluateGate } from '../../lib/api-diff/gate.ts';

const root = process.cwd();
const specFile = 'openapi/openapi.yaml';
const changelogFile = 'openapi/changelog.yaml';

function git(args: string[]): { ok: boolean; stdout: string } {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return { ok: result.status === 0, stdout: result.stdout };
}

function exists(ref: string): boolean {
  return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok;
}

function baseRef(): { ref: string; source: string } {
  const given = process.argv[2];
  if (given) return { ref: given, source: 'the command line' };
  // A push to main compares with the commit before the push (all zeros: a new branch, no base).
  const pushed = process.env['API_DIFF_BASE']?.trim();
  if (pushed && !/^0+$/.test(pushed)) return { ref: pushed, source: 'API_DIFF_BASE (the commit before the push)' };
  const base = process.env['GITHUB_BASE_REF'];
  if (base) return { ref: `origin/${base}`, source: 'GITHUB_BASE_REF (the pull request base)' };
  // A clone without a remote still has its own main to compare the working tree with.
  if (!exists('origin/main') && exists('main')) return { ref: 'main', source: 'local main (no origin/main here)' };
  return { ref: 'origin/main', source: 'the default for local runs' };
}

async function bundleAt(specPath: string): Promise<unknown> {
  const result = await bundle({ ref: specPath, config: await createConfig({}), dereference: false });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new Error(`Bundling ${specPath} failed: ${errors.map((p) => p.message).join('; ')}`);
  return result.bundle.parsed;
}

/** The spec as it was at `ref`: its openapi/ folder extracted to a temporary directory and bundled there. */
async function specAt(ref: string): Promise<unknown> {
  const folder = mkdtempSync(join(tmpdir(), 'lint-api-diff-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', ref, 'openapi'], { cwd: root });
    execFileSync('tar', ['-x', '-C', folder], { input: archive });
    const path = join(folder, specFile);
    if (!existsSync(path)) throw new Error(`${ref} has no ${specFile} to compare with.`);
    return await bundleAt(path);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function changelogAt(ref: string): ChangelogEntry[] {
  const shown = git(['show', `${ref}:${changelogFile}`]);
  // A base without a changelog (before the gate existed) has no entries.
  return shown.ok ? parseChangelog(shown.stdout, `${ref}:${changelogFile}`) : [];
}

async function acceptedVersion(): Promise<string> {
  const policy = (await import(pathToFileURL(resolve(root, 'policy/policy.ts')).href)) as {
    currentApiVersion: string;
  };
  return policy.currentApiVersion;
}

const { ref, source } = baseRef();
if (!exists(ref)) {
  console.error(
    [
      `lint:api:diff: cannot compare: the base ${ref} (${source}) does not exist in this clone.`,
      '  In CI: check out with `fetch-depth: 0` so the base branch is present.',
      '  Locally: `git fetch origin`, or name a ref: `npm run lint:api:diff -- main` (any branch, tag or commit).',
    ].join('\n'),
  );
  process.exit(2);
}

try {
  const after = await bundleAt(resolve(root, specFile));
  const specOperations = new Set(
    Object.values((after as { paths?: Record<string, Record<string, { operationId?: string }>> }).paths ?? {})
      .flatMap((item) => Object.values(item))
      .map((operation) => operation.operationId)
      .filter((id): id is string => typeof id === 'string'),
  );
  const result = evaluateGate({
    before: await specAt(ref),
    after,
    beforeChangelog: changelogAt(ref),
    afterChangelog: existsSync(resolve(root, changelogFile))
      ? loadChangelog(specOperations, resolve(root, changelogFile))
      : [],
    acceptedVersion: await acceptedVersion(),
  });

  console.log(`API changes from ${ref} (${result.beforeVersion}) to the working tree (${result.afterVersion}):`);
  const shown = result.changes.filter((change) => change.severity !== 'annotation');
  for (const change of shown) {
    const label = change.severity.toUpperCase().padEnd(12);
    console.log(`  ${label} ${change.operations.join(', ') || '-'} (${change.where}): ${change.description}`);
  }
  const count = (severity: string) => result.changes.filter((change) => change.severity === severity).length;
  console.log(
    `${shown.length === 0 ? '  none\n' : ''}${count('breaking')} breaking, ${count('non-breaking')} non-breaking, ${count('deprecated')} deprecated, ${count('unclassified')} unclassified, ${count('annotation')} documentation-only.`,
  );
  if (result.failures.length > 0) {
    console.error(`\nlint:api:diff failed (${result.failures.length}):`);
    for (const failure of result.failures) console.error(`- ${failure}`);
    console.error('See https://docs.blueround.com/guides/versioning/ for the policy.');
    process.exit(1);
  }
  console.log('lint:api:diff passed: no unversioned breaking change.');
} catch (error) {
  console.error(
    `lint:api:diff: ${error instanceof ChangelogError || error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(error instanceof ChangelogError ? 1 : 2);
}
