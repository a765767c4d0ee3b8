import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function project(benchmarks: Record<string, string>, args = ['--only', 'bench']) {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'scratch', private: true, scripts: benchmarks }));
  for (const marker of ['integration.started', 'build.started', 'server.pid'])
    rmSync(join(dir, marker), { force: true });
  writeFileSync(
    join(dir, 'ok.mjs'),
    'if (!process.argv.includes("--smoke")) process.exit(2); console.log("smoke ok");',
  );
  writeFileSync(join(dir, 'broken.mjs'), 'throw new Error("the fixture this benchmark reads is gone");');
  // Meets the other stage: passes only if both run at once (each waits up to the given ms for the other to start).
  writeFileSync(
    join(dir, 'meet.mjs'),
    `import { existsSync, writeFileSync } from 'node:fs';
    const [me, other, patience] = process.argv.slice(2);
    writeFileSync(me + '.started', '');
    console.log(me + ' started');
    const deadline = Date.now() + Number(patience);
    const wait = () => {
      if (existsSync(other + '.started')) return console.log(me + ' met ' + other);
      if (Date.now() > deadline) { console.error(me + ' ran alone'); process.exit(1); }
      setTimeout(wait, 50);
    };
    wait();`,
  );
  // Like Playwright: starts a server in a process group of its own, stops it on SIGINT, and on
  // SIGTERM dies at once, leaving the server behind.
  writeFileSync(
    join(dir, 'serve.mjs'),
    `import { spawn } from 'node:child_process';
    import { writeFileSync } from 'node:fs';
    const server = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { detached: true, stdio: 'ignore' });
    writeFileSync('server.pid', String(server.pid));
    process.on('SIGINT', () => { process.kill(-server.pid, 'SIGTERM'); process.exit(130); });
    setInterval(() => {}, 1000);`,
  );
  writeFileSync(
    join(dir, 'broken-once-served.mjs'),
    `import { existsSync } from 'node:fs';
    const check = () => (existsSync('server.pid') ? process.exit(1) : setTimeout(check, 50));
    check();`,
  );
  return spawnSync(process.execPath, [runner, ...args], { cwd: dir, encoding: 'utf8' });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
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

  it('overlaps stages that fit beside each other, and prints the output of each whole', () => {
    const run = project(
      { 'test:integration': 'node meet.mjs integration build 20000', build: 'node meet.mjs build integration 20000' },
      ['--only', 'integration,build', '--cores', '2'],
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    // The first stage streams; the other's output comes whole when it ends, possibly amid the first's.
    expect(run.stdout).toMatch(/▶ build: [^]*build started\n[^]*build met integration/);
    expect(run.stdout).toMatch(/▶ integration: [^▶]*integration started\n[^▶]*integration met build/);
  });

  it('runs them one at a time with --cores 1', () => {
    const run = project(
      // Had integration started beside it, build (first in order) would have met it within 3 s.
      { 'test:integration': 'node meet.mjs integration build 3000', build: 'node meet.mjs build integration 3000' },
      ['--only', 'integration,build', '--cores', '1'],
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('build ran alone');
  });

  it('ends the stages still running when one fails, and names the one that failed', () => {
    const run = project({ 'test:integration': 'node broken.mjs', build: 'node -e "setTimeout(() => {}, 60000)"' }, [
      '--only',
      'integration,build',
      '--cores',
      '2',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run check failed at stage "integration"');
    expect(run.stdout).toMatch(/build\s+[\d.]+ s {2}stopped/);
  });

  it('lets a stopped stage shut down the server it started, so the next run finds the port free', async () => {
    const run = project({ 'test:integration': 'node broken-once-served.mjs', 'test:e2e': 'node serve.mjs' }, [
      '--only',
      'integration,e2e',
      '--cores',
      '2',
    ]);
    expect(run.stdout).toMatch(/e2e\s+[\d.]+ s {2}stopped/);
    const server = Number(readFileSync(join(dir, 'server.pid'), 'utf8'));
    await expect.poll(() => alive(server), { timeout: 5000 }).toBe(false);
  });
});
