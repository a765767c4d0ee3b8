/**
 * `npm run check` (and `npm test`): every stage CI runs, each one `npm run …`
 * command. Stops at the first failing stage, names it, and prints every
 * stage's seconds at the end either way.
 *
 *   npm run check                      all stages
 *   npm run check -- --only bench      one stage, or a comma-separated list
 *   npm run check -- --skip lint,e2e   everything but these
 *   npm run check -- --cores 1         one stage at a time (default: the machine's cores)
 *
 * Every `bench:*` script in package.json is a stage of its own, run with
 * `--smoke` (tiny sizes), so a benchmark that breaks fails the gate; a new
 * benchmark joins without editing this file.
 *
 * Stages start in the order below, which puts the longest chain first (the
 * build, then the browser tests that read it), and overlap as far as the
 * machine allows: a stage states how many cores it keeps busy, and one starts
 * while the running ones leave it room within one and a half times the
 * machine's cores. No stage keeps its cores busy all the time (the browser
 * tests wait on pages and timers, the integration tests on child processes),
 * so on two cores a third stage soaks up what the other two leave idle: the
 * integration and unit tests beside the build, then the integration tests
 * beside the browser tests (on a fresh clone on two cores, `npm test` went
 * from 347 s, with the browser tests waiting for the integration tests, to
 * 248-278 s). The first stage started streams its output; the others' is
 * printed when they end.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export interface Stage {
  /** What `--only`/`--skip` and the summary call it. */
  name: string;
  /** Group name, so `--only bench` selects every benchmark. */
  group: string;
  command: string;
  /**
   * Stages that must end first: those whose output it reads, and for a benchmark the browser
   * tests, the heaviest load it could be timed against. A need left out by `--only`/`--skip` is
   * taken as met.
   */
  needs: string[];
  /** Cores it keeps busy on an idle machine (user+sys time over wall time, measured and rounded). */
  cores: number;
  /** Stages holding the same lock never overlap (shared caches, ports or timings). */
  lock?: string;
}

export interface StageResult {
  name: string;
  seconds: number;
  ok: boolean;
  /** Ended by the runner because another stage failed. */
  stopped?: boolean;
}

type StageSpec = Omit<Stage, 'name' | 'group' | 'command'> & { group: string; script: string };

/**
 * The fixed stages, longest chain first. Cores, measured alone on a fresh
 * clone: lint 1.7 (two linters at a time), unit 1.3, integration 1.0 (one
 * sub-path build, one fuzzing file), build 1.2, e2e 1.5 (two Playwright
 * workers). `astro check` (lint) and the build both write Astro's caches in
 * .astro/ and node_modules/.astro.
 */
const fixedStages: StageSpec[] = [
  { group: 'build', script: 'build', needs: [], cores: 1, lock: 'astro' },
  { group: 'integration', script: 'test:integration', needs: [], cores: 1 },
  { group: 'unit', script: 'test:unit', needs: [], cores: 1 },
  { group: 'e2e', script: 'test:e2e', needs: ['build'], cores: 2 },
  { group: 'links', script: 'check:links', needs: ['build'], cores: 1 },
  { group: 'budgets', script: 'check:budgets', needs: ['build'], cores: 1 },
  { group: 'lint', script: 'lint', needs: [], cores: 2, lock: 'astro' },
];

/** How many cores' worth of stages run at once: see the top of this file. */
export function coreBudget(cores: number): number {
  return Math.max(1, Math.floor(cores * 1.5));
}

export function stagesFor(scripts: Record<string, string>): Stage[] {
  const stages: Stage[] = fixedStages.map(({ group, script, ...rest }) => ({
    name: group,
    group,
    command: `npm run ${script}`,
    ...rest,
  }));
  for (const script of Object.keys(scripts).filter((name) => name.startsWith('bench:'))) {
    // One benchmark at a time: each measures its own timings.
    stages.push({
      name: script,
      group: 'bench',
      command: `npm run ${script} -- --smoke`,
      needs: ['e2e'],
      cores: 1,
      lock: 'bench',
    });
  }
  return stages;
}

export function selectStages(stages: Stage[], only: string[], skip: string[]): Stage[] {
  const known = new Set(stages.flatMap((stage) => [stage.name, stage.group]));
  for (const name of [...only, ...skip]) {
    if (!known.has(name)) throw new Error(`Unknown stage "${name}". Stages: ${[...known].join(', ')}`);
  }
  const matches = (stage: Stage, names: string[]) => names.includes(stage.name) || names.includes(stage.group);
  return stages.filter((stage) => (only.length === 0 || matches(stage, only)) && !matches(stage, skip));
}

/**
 * Which waiting stages may start now, in order: none of their needs is still
 * waiting or running, their lock is free, and the cores claimed leave room for
 * them within the machine's `coreBudget` (a stage always starts on an idle
 * machine, however many cores it wants).
 */
export function readyToStart(waiting: Stage[], running: Stage[], cores: number): Stage[] {
  const budget = coreBudget(cores);
  const unfinished = new Set([...waiting, ...running].map((stage) => stage.name));
  const locks = new Set(running.map((stage) => stage.lock));
  let busy = running.reduce((sum, stage) => sum + stage.cores, 0);
  const chosen: Stage[] = [];
  for (const stage of waiting) {
    if (stage.needs.some((need) => unfinished.has(need))) continue;
    if (stage.lock && locks.has(stage.lock)) continue;
    const idle = running.length === 0 && chosen.length === 0;
    if (!idle && busy + stage.cores > budget) continue;
    chosen.push(stage);
    busy += stage.cores;
    locks.add(stage.lock);
  }
  return chosen;
}

export function formatSummary(results: StageResult[], wallSeconds?: number): string {
  const width = Math.max(...results.map((result) => result.name.length), 5);
  const lines = results.map(
    (result) =>
      `  ${result.name.padEnd(width)}  ${result.seconds.toFixed(1).padStart(6)} s  ${result.ok ? 'ok' : result.stopped ? 'stopped' : 'FAILED'}`,
  );
  const total = results.reduce((sum, result) => sum + result.seconds, 0);
  lines.push(`  ${'total'.padEnd(width)}  ${total.toFixed(1).padStart(6)} s`);
  if (wallSeconds !== undefined) {
    lines.push(`  ${'wall'.padEnd(width)}  ${wallSeconds.toFixed(1).padStart(6)} s  (stages overlap)`);
  }
  return `Stage times:\n${lines.join('\n')}`;
}

/** How long an ended stage gets to stop its servers and browsers before its process group is killed. */
const stopGraceMs = 10_000;

function signalGroup(pid: number | undefined, signal: NodeJS.Signals) {
  try {
    if (pid) process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

interface Running {
  stage: Stage;
  /** Output held back while another stage streams. */
  held: Buffer[];
  kill: () => void;
  done: Promise<StageResult>;
}

/**
 * Runs the stages, overlapping them as `readyToStart` allows, and stops at the
 * first failure: nothing new starts and the stages still running are ended.
 */
export async function runStages(stages: Stage[], cwd: string, cores = availableParallelism()): Promise<StageResult[]> {
  const results: StageResult[] = [];
  const waiting = [...stages];
  const running: Running[] = [];
  let failed = false;

  // Exactly one stage writes to the terminal at a time: the earliest started.
  const streaming = () => running[0];
  const write = (entry: Running, chunk: Buffer) => {
    if (streaming() === entry) process.stdout.write(chunk);
    else entry.held.push(chunk);
  };
  const handOver = () => {
    const next = streaming();
    if (!next) return;
    for (const chunk of next.held) process.stdout.write(chunk);
    next.held = [];
  };

  const start = (stage: Stage): Running => {
    const started = performance.now();
    // Own process group, so ending a stage ends its whole tree (servers, browsers).
    const child = spawn(stage.command, {
      cwd,
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      // Output goes through a pipe; keep the colours a terminal would get.
      env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
    });
    const done = new Promise<StageResult>((resolve) => {
      const finish = (code: number | null) =>
        resolve({ name: stage.name, seconds: (performance.now() - started) / 1000, ok: code === 0 });
      child.on('close', finish);
      // A process the stage left behind may hold the pipes open: the stage's own exit decides.
      child.on('exit', (code) => setTimeout(() => finish(code), 2000).unref());
    });
    const entry: Running = {
      stage,
      held: [],
      done,
      kill: () => {
        // SIGINT, as Ctrl-C would send: Playwright then stops its preview server, which runs in a
        // process group of its own; on SIGTERM it dies at once and leaves the server holding the
        // port, failing the next run. Whatever is left of the stage's own group is killed later.
        signalGroup(child.pid, 'SIGINT');
        setTimeout(() => signalGroup(child.pid, 'SIGKILL'), stopGraceMs).unref();
      },
    };
    child.stdout.on('data', (chunk: Buffer) => write(entry, chunk));
    child.stderr.on('data', (chunk: Buffer) => write(entry, chunk));
    entry.held.push(Buffer.from(`\n▶ ${stage.name}: ${stage.command}\n`));
    return entry;
  };

  const endAll = () => {
    for (const entry of running) entry.kill();
  };
  process.once('SIGINT', endAll);
  process.once('SIGTERM', endAll);

  while (waiting.length > 0 || running.length > 0) {
    if (!failed) {
      const ready = readyToStart(
        waiting,
        running.map((entry) => entry.stage),
        cores,
      );
      for (const stage of ready) {
        waiting.splice(waiting.indexOf(stage), 1);
        running.push(start(stage));
        if (running.length === 1) handOver();
      }
    }
    if (running.length === 0) break;
    const finished = await Promise.race(running.map((entry) => entry.done.then((result) => ({ entry, result }))));
    const wasStreaming = streaming() === finished.entry;
    if (!wasStreaming) for (const chunk of finished.entry.held) process.stdout.write(chunk);
    running.splice(running.indexOf(finished.entry), 1);
    if (wasStreaming) handOver();
    if (finished.result.ok || !failed) results.push(finished.result);
    else results.push({ ...finished.result, stopped: true });
    if (!finished.result.ok && !failed) {
      failed = true;
      endAll();
    }
  }
  process.off('SIGINT', endAll);
  process.off('SIGTERM', endAll);
  // The summary follows the stage order, not the order they happened to end in.
  const order = stages.map((stage) => stage.name);
  return results.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').filter(Boolean);
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, skip: { type: 'string' }, cores: { type: 'string' } },
  });
  const cores = values.cores === undefined ? availableParallelism() : Number(values.cores);
  if (!Number.isInteger(cores) || cores < 1) throw new Error(`--cores ${values.cores}: a whole number of at least 1.`);
  const cwd = process.cwd();
  const { scripts } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const stages = selectStages(stagesFor(scripts), list(values.only), list(values.skip));
  const started = performance.now();
  const results = await runStages(stages, cwd, cores);
  console.log(`\n${formatSummary(results, (performance.now() - started) / 1000)}`);
  const failed = results.find((result) => !result.ok && !result.stopped);
  if (failed) {
    console.error(
      `\n✖ npm run check failed at stage "${failed.name}" (${stages.find((s) => s.name === failed.name)?.command}).`,
    );
    process.exit(1);
  }
  console.log(`\n✔ ${results.length} stages passed.`);
}
