import { describe, expect, it } from 'vitest';
import { coreBudget, formatSummary, selectStages, stagesFor, readyToStart, type Stage } from './check.ts';

const scripts = { lint: 'x', 'bench:sandbox': 'x', 'bench:diagrams': 'x', build: 'x', 'check:bench': 'x' };

describe('the check runner', () => {
  it('runs the fixed stages longest chain first, then every bench:* script in smoke mode', () => {
    const stages = stagesFor(scripts);
    expect(stages.map((stage) => stage.name)).toEqual([
      'build',
      'integration',
      'unit',
      'e2e',
      'links',
      'budgets',
      'lint',
      'bench:sandbox',
      'bench:diagrams',
    ]);
    expect(stages.at(-1)!.command).toBe('npm run bench:diagrams -- --smoke');
  });

  it('selects by stage or group name and rejects unknown names', () => {
    const stages = stagesFor(scripts);
    expect(selectStages(stages, ['bench'], []).map((stage) => stage.name)).toEqual(['bench:sandbox', 'bench:diagrams']);
    expect(selectStages(stages, [], ['lint', 'bench', 'e2e']).map((stage) => stage.name)).toEqual([
      'build',
      'integration',
      'unit',
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

  it("claims one and a half times the cores: one stage at a time on one core, three cores' worth on two", () => {
    expect([1, 2, 4].map(coreBudget)).toEqual([1, 3, 6]);
    expect(names(readyToStart(all, [], 1))).toEqual(['build']);
  });

  it('on two cores, starts the build with the integration and unit tests beside it', () => {
    expect(names(readyToStart(all, [], 2))).toEqual(['build', 'integration', 'unit']);
  });

  it('starts the browser tests the moment the build passes, beside the integration tests', () => {
    const running = named('integration');
    expect(names(readyToStart(waitingAfter(['build', 'unit'], ['integration']), running, 2))).toEqual(['e2e']);
    // Once the integration tests end, the checks of the build fit beside the browser tests; lint does not.
    const afterIntegration = waitingAfter(['build', 'unit', 'integration'], ['e2e']);
    expect(names(readyToStart(afterIntegration, named('e2e'), 2))).toEqual(['links']);
  });

  it('holds back what reads the build until the build has passed', () => {
    const waiting = waitingAfter(['integration', 'unit'], ['build']);
    expect(names(readyToStart(waiting, named('build'), 8))).toEqual([]);
  });

  it('times the benchmarks after the browser tests, one at a time', () => {
    const afterE2e = waitingAfter(['build', 'integration', 'unit', 'e2e', 'links', 'budgets'], []);
    expect(names(readyToStart(afterE2e, [], 2))).toEqual(['lint', 'bench:sandbox']);
    expect(names(readyToStart(waitingAfter(['build', 'e2e'], ['integration']), named('integration'), 8))).toEqual([
      'unit',
      'links',
      'budgets',
      'lint',
      'bench:sandbox',
    ]);
  });

  it('never runs lint beside the build: both write Astro caches', () => {
    expect(names(readyToStart(named('build'), named('lint'), 8))).toEqual([]);
  });

  it('starts a stage whose need was not selected, and a stage wanting more cores than an idle machine has', () => {
    expect(names(readyToStart(named('e2e'), [], 1))).toEqual(['e2e']);
  });
});
