/**
 * `npm run lint:api:diff` end to end: a scratch git repository holding a copy
 * of openapi/ (the base commit), then PR-like edits in its working tree.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const script = resolve('scripts/checks/lint-api-diff.ts');
const node = resolve('node_modules/.bin/node');
let repo: string;

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(node, [script, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_BASE_REF: '', API_DIFF_BASE: '', ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function editYaml(file: string, edit: (document: ReturnType<typeof parseDocument>) => void) {
  const path = join(repo, 'openapi/components/schemas', file);
  const document = parseDocument(readFileSync(path, 'utf8'));
  edit(document);
  writeFileSync(path, document.toString());
}

function git(...args: string[]) {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'api-diff-repo-'));
  cpSync('openapi', join(repo, 'openapi'), { recursive: true, filter: (path) => !path.endsWith('.test.ts') });
  mkdirSync(join(repo, 'policy'));
  cpSync('policy/policy.ts', join(repo, 'policy/policy.ts'));
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '--quiet', '-m', 'base');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

// Each run starts Node and bundles two specs: seconds, more on a busy machine.
describe('npm run lint:api:diff', { timeout: 60_000 }, () => {
  it('compares with local main when there is no origin/main', () => {
    const local = run([]);
    expect(local.output).toMatch(/API changes from main/);
    expect(local.status).toBe(0);
  });

  it('says clearly when there is no base to compare with', () => {
    git('branch', '-m', 'main', 'work');
    let local: ReturnType<typeof run>;
    try {
      local = run([]);
    } finally {
      git('branch', '-m', 'work', 'main');
    }
    expect(local.status).toBe(2);
    expect(local.output).toMatch(/the base origin\/main \(the default for local runs\) does not exist/);
    expect(local.output).toMatch(/npm run lint:api:diff -- main/);
    const ci = run([], { GITHUB_BASE_REF: 'release' });
    expect(ci.output).toMatch(/origin\/release \(GITHUB_BASE_REF/);
    expect(ci.output).toMatch(/fetch-depth: 0/);
  });

  it('passes an unchanged spec', () => {
    const result = run(['main']);
    expect(result.output).toMatch(/0 breaking/);
    expect(result.status).toBe(0);
  });

  it('fails a removed response property and an optional request field made required, naming each', () => {
    editYaml('User.yaml', (document) => {
      document.deleteIn(['properties', 'name']);
      const required = document.get('required') as { items: { value: string }[] };
      required.items = required.items.filter((item) => item.value !== 'name');
    });
    editYaml('UpdateUserRequest.yaml', (document) => document.set('required', ['role']));
    const result = run(['main']);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      /getUser \(GET \/v1\/users\/\{id\}\): removed property `name` of the 200 response body/,
    );
    expect(result.output).toMatch(/updateUser \(PATCH \/v1\/users\/\{id\}\): made "role" required in the request body/);
    git('checkout', '--quiet', '--', '.');
  });

  it('passes a new optional request field', () => {
    editYaml('UpdateUserRequest.yaml', (document) =>
      document.setIn(['properties', 'nickname'], { type: 'string', maxLength: 50 }),
    );
    const result = run(['main']);
    expect(result.output).toMatch(/NON-BREAKING updateUser .*added property `nickname` of the request body/);
    expect(result.status).toBe(0);
    git('checkout', '--quiet', '--', '.');
  });
});
