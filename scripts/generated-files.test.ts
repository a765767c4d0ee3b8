import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generate, generatedFiles, type GeneratedFile } from './generated-files.ts';

const roots: string[] = [];
function scratch(): string {
  const root = mkdtempSync(join(tmpdir(), 'generated-files-'));
  roots.push(root);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const file = (path: string, content: string): GeneratedFile => ({
  path,
  from: 'the test',
  generate: () => Promise.resolve(content),
});

describe('generate --check', () => {
  it('fails on a stale file, naming it and where it differs, and leaves it alone', async () => {
    const root = scratch();
    writeFileSync(join(root, 'fresh.txt'), 'a\nb\n');
    writeFileSync(join(root, 'stale.txt'), 'a\nold\n');
    const outcome = await generate([file('fresh.txt', 'a\nb\n'), file('stale.txt', 'a\nnew\n')], root, true);
    expect(outcome.changed).toEqual(['stale.txt']);
    expect(outcome.report).toContain(
      'stale.txt is stale: it differs from the test from line 2. Run `npm run generate` and commit the result.',
    );
    expect(readFileSync(join(root, 'stale.txt'), 'utf8')).toBe('a\nold\n');
  });

  it('fails on a missing file', async () => {
    const outcome = await generate([file('gone/file.ts', 'x')], scratch(), true);
    expect(outcome.changed).toEqual(['gone/file.ts']);
    expect(outcome.report[0]).toMatch(/^gone\/file\.ts is stale: it is missing\./);
  });
});

describe('generate', () => {
  it('writes stale and missing files, and only those', async () => {
    const root = scratch();
    writeFileSync(join(root, 'same.txt'), 'same');
    const outcome = await generate([file('same.txt', 'same'), file('new/made.txt', 'made')], root, false);
    expect(outcome.changed).toEqual(['new/made.txt']);
    expect(readFileSync(join(root, 'new/made.txt'), 'utf8')).toBe('made');
  });
});

describe('the committed generated files', () => {
  it('match what their sources generate now (`npm run generate` rewrites them)', async () => {
    const outcome = await generate(generatedFiles, process.cwd(), true);
    expect(outcome.report.filter((line) => !line.endsWith('is up to date.'))).toEqual([]);
  }, 60_000);
});
