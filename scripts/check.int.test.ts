import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real runner against a scratch package whose benchmarks are tiny scripts:
 * a benchmark that breaks must fail `npm run check`, named, with the stage
 * times still printed; a working one receives `--smoke`.
 */
const runner = resolve('scripts/check.ts');
const dir = mkdtempSync(join(tmpdir(), 'check-runner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function project(benchmarks: Record<string, string>) {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'scratch', private: true, scripts: benchmarks }));
  writeFileSync(
    join(dir, 'ok.mjs'),
    'if (!process.argv.includes("--smoke")) process.exit(2); console.log("smoke ok");',
  );
  writeFileSync(join(dir, 'broken.mjs'), 'throw new Error("the fixture this benchmark reads is gone");');
  return spawnSync(process.execPath, [runner, '--only', 'bench'], { cwd: dir, encoding: 'utf8' });
}

describe('npm run check and the benchmarks', () => {
  it('passes when every benchmark passes its smoke run', () => {
    const run = project({ 'bench:first': 'node ok.mjs', 'bench:second': 'node ok.mjs' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/bench:first\s+[\d.]+ s {2}ok/);
    expect(run.stdout).toMatch(/bench:second\s+[\d.]+ s {2}ok/);
  });

  it('fails, naming the stage, when a benchmark is broken', () => {
    const run = project({ 'bench:broken': 'node broken.mjs', 'bench:after': 'node ok.mjs' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run check failed at stage "bench:broken"');
    expect(run.stdout).toMatch(/bench:broken\s+[\d.]+ s {2}FAILED/);
    // Fail fast: nothing after the broken stage runs.
    expect(run.stdout).not.toContain('bench:after');
  });
});
