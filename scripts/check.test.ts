import { describe, expect, it } from 'vitest';
import { formatSummary, selectStages, stagesFor } from './check.ts';

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

  it('prints each stage with its seconds and a total', () => {
    const summary = formatSummary([
      { name: 'lint', seconds: 61.24, ok: true },
      { name: 'bench:sandbox', seconds: 2, ok: false },
    ]);
    expect(summary).toMatch(/lint\s+61\.2 s {2}ok/);
    expect(summary).toMatch(/bench:sandbox\s+2\.0 s {2}FAILED/);
    expect(summary).toMatch(/total\s+63\.2 s/);
  });
});
