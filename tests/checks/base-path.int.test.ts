import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagramCache } from '../../lib/diagrams/cache.ts';
import { childEnv, projectRoot, scratchProject } from '../support/scratch-project.ts';

/**
 * Forks publish to GitHub Pages under a sub-path. Build the whole site with
 * BASE=/blueround-docs/ and check that every internal link and asset resolves
 * under it.
 */
const { dir, remove } = scratchProject({ withContent: true });
afterAll(remove);
const env = childEnv({
  BASE: '/blueround-docs/',
  // The project's own diagram cache (DIAGRAM_CACHE_DIR in CI), so the scratch build reuses its renders.
  DIAGRAM_CACHE_DIR: new DiagramCache().directory,
});

describe('a build for a sub-path', () => {
  it('builds, and every link and asset honours the base', () => {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: dir, env, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const home = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    expect(home).toContain('href="/blueround-docs/');
    expect(home.match(/.{60}href="\/(architecture|guides|flowcharts|reference|sandbox)\/.{20}/g)).toBeNull();
    const links = spawnSync(process.execPath, [join(projectRoot, 'scripts/checks/check-links.ts')], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    expect(links.status, `${links.stdout}\n${links.stderr}`).toBe(0);
    expect(links.stdout).toMatch(/links: \d+ checked, 0 broken/);
  }, 240_000);
});
