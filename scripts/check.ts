/**
 * `npm run check` (and `npm test`): every stage CI runs, in CI's order, each
 * one `npm run …` command. Stops at the first failing stage, names it, and
 * prints every stage's seconds at the end either way.
 *
 *   npm run check                      all stages
 *   npm run check -- --only bench      one stage, or a comma-separated list
 *   npm run check -- --skip lint,e2e   everything but these
 *
 * Every `bench:*` script in package.json is a stage of its own, run with
 * `--smoke` (tiny sizes), so a benchmark that breaks fails the gate; a new
 * benchmark joins without editing this file.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export interface Stage {
  /** What `--only`/`--skip` and the summary call it. */
  name: string;
  /** Group name, so `--only bench` selects every benchmark. */
  group: string;
  command: string;
}

export interface StageResult {
  name: string;
  seconds: number;
  ok: boolean;
}

/** The fixed stages, in the order CI's jobs depend on each other. */
const fixedStages: [group: string, script: string][] = [
  ['lint', 'lint'],
  ['unit', 'test:unit'],
  ['integration', 'test:integration'],
  ['build', 'build'],
  ['links', 'check:links'],
  ['budgets', 'check:budgets'],
  ['e2e', 'test:e2e'],
];

export function stagesFor(scripts: Record<string, string>): Stage[] {
  const stages: Stage[] = fixedStages.map(([group, script]) => ({
    name: group,
    group,
    command: `npm run ${script}`,
  }));
  for (const script of Object.keys(scripts).filter((name) => name.startsWith('bench:'))) {
    stages.push({ name: script, group: 'bench', command: `npm run ${script} -- --smoke` });
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

export function formatSummary(results: StageResult[]): string {
  const width = Math.max(...results.map((result) => result.name.length), 5);
  const lines = results.map(
    (result) =>
      `  ${result.name.padEnd(width)}  ${result.seconds.toFixed(1).padStart(6)} s  ${result.ok ? 'ok' : 'FAILED'}`,
  );
  const total = results.reduce((sum, result) => sum + result.seconds, 0);
  lines.push(`  ${'total'.padEnd(width)}  ${total.toFixed(1).padStart(6)} s`);
  return `Stage times:\n${lines.join('\n')}`;
}

/** Runs stages in order and stops at the first failure. */
export function runStages(stages: Stage[], cwd: string): StageResult[] {
  const results: StageResult[] = [];
  for (const stage of stages) {
    console.log(`\n▶ ${stage.name}: ${stage.command}`);
    const started = performance.now();
    const child = spawnSync(stage.command, { cwd, shell: true, stdio: 'inherit' });
    const ok = child.status === 0;
    results.push({ name: stage.name, seconds: (performance.now() - started) / 1000, ok });
    if (!ok) break;
  }
  return results;
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').filter(Boolean);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { only: { type: 'string' }, skip: { type: 'string' } } });
  const cwd = process.cwd();
  const { scripts } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const stages = selectStages(stagesFor(scripts), list(values.only), list(values.skip));
  const results = runStages(stages, cwd);
  console.log(`\n${formatSummary(results)}`);
  const failed = results.find((result) => !result.ok);
  if (failed) {
    console.error(
      `\n✖ npm run check failed at stage "${failed.name}" (${stages.find((s) => s.name === failed.name)?.command}).`,
    );
    process.exit(1);
  }
  console.log(`\n✔ ${results.length} stages passed.`);
}
