import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { childEnv, projectRoot, scratchProject } from '../support/scratch-project.ts';

/**
 * Each writer-facing check, fed a deliberately broken input, must fail and say
 * which file and which line to fix. These run the real commands.
 */
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'broken-input-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const bin = (name: string) => join(projectRoot, 'node_modules/.bin', name);
function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: childEnv() });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const page = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n\n${body}\n`;

describe('a broken input fails its check with file and line', () => {
  it('frontmatter: an unknown content_type', () => {
    const dir = tempDir({
      'src/content/docs/bad.md': page('title: Bad\ncontent_type: blog\nproduct: api', 'Hello.'),
    });
    const { status, output } = run(process.execPath, [join(projectRoot, 'scripts/checks/check-frontmatter.ts')], dir);
    expect(status).toBe(1);
    expect(output).toContain('src/content/docs/bad.md:3: frontmatter field "content_type"');
  }, 60_000);

  it('spelling: a misspelled word', () => {
    const dir = tempDir({ 'page.md': page('title: Fine', 'Tokens are\nrecieved from the auth service.') });
    const { status, output } = run(
      bin('cspell'),
      ['--no-progress', '--config', join(projectRoot, 'cspell.json'), join(dir, 'page.md')],
      dir,
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/page\.md:6:\d+ - Unknown word \(recieved\)/);
  }, 60_000);

  it('links: a link to a page that does not exist', () => {
    const dir = tempDir({
      'dist/index.html':
        '<!doctype html><html><body><a href="/guides/">ok</a><a href="/nowhere/">broken</a></body></html>',
      'dist/guides/index.html': '<!doctype html><html><body><a href="/">home</a></body></html>',
      'src/content/docs/index.md': page('title: Home', 'See [the guides](/guides/).\n\nAnd [this](/nowhere/).'),
    });
    const { status, output } = run(process.execPath, [join(projectRoot, 'scripts/checks/check-links.ts')], dir);
    expect(status).toBe(1);
    expect(output).toContain('src/content/docs/index.md:7: broken link /nowhere/');
  }, 60_000);

  it('OpenAPI: an example that contradicts its schema', () => {
    const dir = tempDir({});
    cpSync(join(projectRoot, 'openapi'), join(dir, 'openapi'), { recursive: true });
    cpSync(join(projectRoot, 'redocly.yaml'), join(dir, 'redocly.yaml'));
    const example = join(dir, 'openapi/components/examples/ActiveUser.yaml');
    const text = readFileSync(example, 'utf8');
    expect(text).toMatch(/role: \w+/);
    writeFileSync(example, text.replace(/role: \w+/, 'role: superuser'));
    const line = text.split('\n').findIndex((l) => /role: \w+/.test(l)) + 1;
    const { status, output } = run(process.execPath, [join(projectRoot, 'scripts/checks/lint-api.ts')], dir);
    expect(status).not.toBe(0);
    expect(output).toContain('ActiveUser.yaml');
    expect(output).toMatch(new RegExp(`ActiveUser\\.yaml:${line}:`));
  }, 60_000);

  it('diagrams: a diagram that does not parse stops the build, cold and warm', () => {
    const { dir, remove } = scratchProject();
    cleanups.push(remove);
    const body = ['Intro.', '', '## Broken', '', '```mermaid', 'flowchart TD', '  S1[[Resource] Service]', '```'].join(
      '\n',
    );
    mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
    writeFileSync(
      join(dir, 'src/content/docs/index.md'),
      page('title: Home\ncontent_type: concept\nproduct: docs', body),
    );
    for (const attempt of ['cold', 'warm']) {
      const { status, output } = run('npm', ['run', 'build', '--silent'], dir);
      expect(status, `${attempt} build`).not.toBe(0);
      expect(output, `${attempt} build`).toContain('src/content/docs/index.md:11: Mermaid diagram does not render');
      expect(output).toMatch(/Parse error on line 2/);
    }
  }, 120_000);
});
