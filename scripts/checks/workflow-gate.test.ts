import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The promises ci.yml makes, checked on its text: the site is built once, every
 * check runs on that artifact, and only a push to main whose every job passed
 * deploys it. Every action is pinned to a full commit SHA with its version.
 */
interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  steps?: Step[];
}

const ci = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as { jobs: Record<string, Job> };
const jobs = Object.entries(ci.jobs);
const runs = (job: Job) => (job.steps ?? []).map((step) => step.run ?? '').join('\n');
const needs = (job: Job) => [job.needs ?? []].flat();

describe('ci.yml', () => {
  it('builds the site in exactly one job, which uploads the Pages artifact', () => {
    const builders = jobs.filter(([, job]) => /npm run build\b/.test(runs(job))).map(([name]) => name);
    expect(builders).toEqual(['build']);
    expect(ci.jobs['build']!.steps!.some((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))).toBe(true);
  });

  it('checks the built artifact, not a build of its own', () => {
    for (const name of ['site-checks', 'e2e']) {
      const job = ci.jobs[name]!;
      expect(needs(job)).toContain('build');
      const download = job.steps!.find((step) => step.uses?.startsWith('actions/download-artifact@'));
      expect(download?.with?.['name'], name).toBe('github-pages');
    }
  });

  it('deploys only on a push to main, after every other job', () => {
    const deploy = ci.jobs['deploy']!;
    expect(deploy.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    const checks = jobs.map(([name]) => name).filter((name) => name !== 'deploy' && name !== 'diagram-diff');
    expect([...needs(deploy)].sort()).toEqual(checks.sort());
    expect(deploy.steps!.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });
});

describe('every action in the workflows and local actions', () => {
  const files = [...globSync('.github/workflows/*.yml'), ...globSync('.github/actions/*/action.yml')];
  const uses = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /^\s*-?\s*uses:/.test(line))
      .map((line) => ({ file, line: line.trim() })),
  );

  it('is pinned to a full commit SHA with its version in a comment, or is local', () => {
    expect(uses.length).toBeGreaterThan(5);
    for (const { file, line } of uses) {
      if (line.includes('uses: ./')) continue;
      expect(line, file).toMatch(/uses: [\w-]+\/[\w/-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it('uses one SHA per action everywhere', () => {
    const shas = new Map<string, Set<string>>();
    for (const { line } of uses) {
      const match = /uses: ([\w-]+\/[\w-]+)[\w/-]*@([0-9a-f]{40})/.exec(line);
      if (match) shas.set(match[1]!, (shas.get(match[1]!) ?? new Set()).add(match[2]!));
    }
    for (const [action, pins] of shas) expect(pins.size, action).toBe(1);
  });
});
