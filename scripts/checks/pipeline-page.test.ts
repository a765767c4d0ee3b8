import { globSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The docs-pipeline page documents the workflows that really run. Renaming,
 * adding or removing a job, or changing the npm scripts a job runs, without
 * updating the page's "Jobs" table fails here.
 */
interface Workflow {
  jobs: Record<string, { steps?: { run?: string; uses?: string }[] }>;
}

const page = readFileSync('src/content/docs/flowcharts/docs-pipeline.md', 'utf8');
const jobsSection = page.slice(page.indexOf('## Jobs'), page.indexOf('\n## ', page.indexOf('## Jobs') + 1));
const documented = jobsSection
  .split('\n')
  .map((line) => /^\|\s*`([\w.-]+\.ya?ml)`\s*\|\s*`([\w-]+)`\s*\|(.*)\|\s*$/.exec(line))
  .filter((match) => match !== null)
  .map((match) => ({ workflow: match[1]!, job: match[2]!, runs: match[3]! }));

const workflows = new Map(
  globSync('.github/workflows/*.yml').map((file) => [basename(file), parse(readFileSync(file, 'utf8')) as Workflow]),
);

describe('the docs-pipeline page', () => {
  it('lists exactly the jobs of the workflows', () => {
    const actual = [...workflows].flatMap(([file, workflow]) =>
      Object.keys(workflow.jobs).map((job) => `${file} ${job}`),
    );
    expect(documented.map((row) => `${row.workflow} ${row.job}`).sort()).toEqual(actual.sort());
  });

  it('names only npm scripts and actions that the job really runs', () => {
    for (const row of documented) {
      const steps = workflows.get(row.workflow)!.jobs[row.job]!.steps ?? [];
      const commands = steps.map((step) => step.run ?? step.uses ?? '').join('\n');
      for (const [, script] of row.runs.matchAll(/npm run ([\w:-]+)/g)) {
        expect(commands, `${row.workflow} ${row.job} should run "npm run ${script}"`).toContain(`npm run ${script}`);
      }
      for (const [, action] of row.runs.matchAll(/(actions\/[\w-]+)/g)) {
        expect(commands, `${row.workflow} ${row.job} should use ${action}`).toContain(`${action}@`);
      }
    }
  });

  it('documents every npm script the workflows run', () => {
    const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: object }).scripts);
    for (const [, workflow] of workflows) {
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps ?? []) {
          for (const [, script] of (step.run ?? '').matchAll(/npm run ([\w:-]+)/g)) expect(scripts).toContain(script);
        }
      }
    }
  });
});
