import { describe, expect, it } from 'vitest';
import { formatSummary, selectStages, stagesFor, readyToStart, type Stage } from './check.ts';

const scripts = { lint: 'x', 'bench:sandbox': 'x', 'bench:diagrams': 'x', build: 'x', 'check:bench': 'x' };

describe('the check runner', () => {
  it('runs the fixed stages in CI order, then every bench:* script in smoke mode', () => {
    const stages = stagesFor(scripts);
    expect(stages.map((stage) => stage.name)).toEqual([
      'lint',
      'unit',
      'integration',
      'build',
      'links',
      'budgets',
      'e2e',
      'bench:sandbox',
      'bench:diagrams',
    ]);
    expect(stages.at(-1)!.command).toBe('npm run bench:diagrams -- --smoke');
  });

  it('selects by stage or group name and rejects unknown names', () => {
    const stages = stagesFor(scripts);
    expect(selectStages(stages, ['bench'], []).map((stage) => stage.name)).toEqual(['bench:sandbox', 'bench:diagrams']);
    expect(selectStages(stages, [], ['lint', 'bench', 'e2e']).map((stage) => stage.name)).toEqual([
      'unit',
      'integration',
      'build',
      'links',
      'budgets',
    ]);
    expect(() => selectStages(stages, ['lnit'], [])).toThrow(/Unknown stage "lnit"/);
  });

  it('prints each stage with its seconds, their sum and the wall time', () => {
    const summary = formatSummary(
      [
        { name: 'lint', seconds: 61.24, ok: true },
        { name: 'bench:sandbox', seconds: 2, ok: false },
        { name: 'e2e', seconds: 3, ok: false, stopped: true },
      ],
      50,
    );
    expect(summary).toMatch(/lint\s+61\.2 s {2}ok/);
    expect(summary).toMatch(/bench:sandbox\s+2\.0 s {2}FAILED/);
    expect(summary).toMatch(/e2e\s+3\.0 s {2}stopped/);
    expect(summary).toMatch(/total\s+66\.2 s/);
    expect(summary).toMatch(/wall\s+50\.0 s/);
  });
});

describe('which stages overlap', () => {
  const all = stagesFor(scripts);
  const named = (...names: string[]) => names.map((name) => all.find((stage) => stage.name === name)!);
  const names = (stages: Stage[]) => stages.map((stage) => stage.name);
  /** The stages still waiting once `done` have finished and `running` run. */
  const waitingAfter = (done: string[], running: string[]) =>
    all.filter((stage) => !done.includes(stage.name) && !running.includes(stage.name));

  it('on two cores, starts lint alone: it keeps both busy', () => {
    expect(names(readyToStart(all, [], 2))).toEqual(['lint']);
  });

  it('runs the build and the benchmarks beside the integration tests, one benchmark at a time', () => {
    const done = ['lint', 'unit'];
    expect(names(readyToStart(waitingAfter(done, []), [], 2))).toEqual(['integration', 'build']);
    const afterBuild = [...done, 'build'];
    expect(names(readyToStart(waitingAfter(afterBuild, ['integration']), named('integration'), 2))).toEqual(['links']);
    const afterChecks = [...afterBuild, 'links', 'budgets'];
    // e2e wants both cores, so a benchmark takes the free one; the second benchmark waits for the first.
    expect(names(readyToStart(waitingAfter(afterChecks, ['integration']), named('integration'), 2))).toEqual([
      'bench:sandbox',
    ]);
    expect(names(readyToStart(waitingAfter(afterChecks, ['integration']), named('integration'), 4))).toEqual([
      'e2e',
      'bench:sandbox',
    ]);
  });

  it('holds back what reads the build until the build has passed', () => {
    const waiting = waitingAfter(['lint', 'unit', 'integration'], ['build']);
    expect(names(readyToStart(waiting, named('build'), 8))).toEqual(['bench:sandbox']);
  });

  it('never runs lint beside the build: both write Astro caches', () => {
    expect(names(readyToStart(named('build'), named('lint'), 8))).toEqual([]);
  });

  it('starts a stage whose need was not selected, and a stage wanting more cores than an idle machine has', () => {
    expect(names(readyToStart(named('e2e'), [], 1))).toEqual(['e2e']);
  });
});
