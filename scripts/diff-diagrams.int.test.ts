import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run diff:diagrams` in a scratch git repository: one diagram edited, one
 * page added with a new diagram. The real renderer draws old and new.
 */
const script = resolve('scripts/diff-diagrams.ts');
const dir = mkdtempSync(join(tmpdir(), 'diff-diagrams-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (label: string) =>
  `---\ntitle: Flow\n---\n\nIntro.\n\n\`\`\`mermaid\nflowchart LR\n  A["${label}"] --> B["Done"]\n\`\`\`\n\n\`\`\`mermaid\nflowchart LR\n  X --> Y\n\`\`\`\n`;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });
const run = (...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, DIAGRAM_CACHE_DIR: join(dir, '.cache'), PREVIEW_URL: 'https://example.test/preview' },
  });

beforeAll(() => {
  mkdirSync(join(dir, 'src/content/docs/flowcharts'), { recursive: true });
  writeFileSync(join(dir, 'src/content/docs/flowcharts/flow.md'), page('Old label'));
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  writeFileSync(join(dir, 'src/content/docs/flowcharts/flow.md'), page('New label'));
  writeFileSync(
    join(dir, 'src/content/docs/fresh.md'),
    '---\ntitle: Fresh\n---\n\n```mermaid\nflowchart TD\n  Fresh --> Page\n```\n',
  );
});

describe('npm run diff:diagrams', () => {
  it('renders the changed diagram old and new, and the added one, in both themes', () => {
    const result = run('main', '--out', 'report');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('2 pages changed, 2 diagrams added, changed or removed since main.');
    const html = readFileSync(join(dir, 'report/index.html'), 'utf8');
    const frames = [...html.matchAll(/<iframe title="(light|dark)" srcdoc="([^"]*)"/g)];
    // Changed: before and after in two themes; added: after only in two themes.
    expect(frames.map((frame) => frame[1])).toEqual(['light', 'light', 'dark', 'dark', 'light', 'dark']);
    for (const [, , srcdoc] of frames) expect(srcdoc).toContain('&lt;svg');
    expect(frames[0]![2]).toContain('Old label');
    expect(frames[1]![2]).toContain('New label');
    expect(frames[3]![2]).toContain('data-theme=&quot;dark&quot;');
    // The unchanged second diagram is not reported.
    expect(html).not.toContain('X --&gt; Y');
  }, 120_000);

  it('writes the pull-request summary with the pages, preview links and fence changes', () => {
    const result = run('main', '--markdown');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      '| `/flowcharts/flow/` | `src/content/docs/flowcharts/flow.md` | modified | [site-preview](https://example.test/preview) → `flowcharts/flow/index.html` |',
    );
    expect(result.stdout).toContain('| `/fresh/` | `src/content/docs/fresh.md` | added |');
    expect(result.stdout).toContain('-   A["Old label"] --> B["Done"]\n+   A["New label"] --> B["Done"]');
    expect(result.stdout).toContain('## Diagrams added, changed or removed (2)');
  }, 60_000);

  it('names a base that git does not know', () => {
    const result = run('no-such-branch', '--markdown');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"no-such-branch" is not a commit git knows here');
  }, 60_000);
});
