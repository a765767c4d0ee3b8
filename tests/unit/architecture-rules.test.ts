import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { execFileSync } from 'node:child_process';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { architectureMermaid, mayImport, partOf } from '../../architecture-rules.ts';

/** Relative imports in an `.astro` file's frontmatter that the table forbids, as `from -> to`. */
function astroViolations(file: string, text: string): string[] {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const from = partOf(file);
  const found: string[] = [];
  for (const [, specifier] of frontmatter.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = posix.normalize(posix.join(posix.dirname(file), specifier!));
    const to = partOf(target);
    if (from && to && !mayImport(from, to)) found.push(`${file} -> ${target}`);
  }
  return found;
}

describe('ARCHITECTURE.md', () => {
  it('draws exactly the allowed import directions of architecture-rules.ts', () => {
    const fences = [...readFileSync('ARCHITECTURE.md', 'utf8').matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)];
    expect(fences).toHaveLength(1);
    expect(fences[0]![1]).toBe(architectureMermaid());
  });
});

describe('.astro imports follow the table', () => {
  it('finds a planted violation', () => {
    const planted = "---\nimport { sidebar } from '../../src/sidebar.ts';\n---\n<p />\n";
    expect(astroViolations('lib/diagrams/Planted.astro', planted)).toEqual([
      'lib/diagrams/Planted.astro -> src/sidebar.ts',
    ]);
    expect(astroViolations('src/components/Fine.astro', planted.replace('../../src/', '../'))).toEqual([]);
  });

  it('holds for every .astro file in the repository', () => {
    const files = execFileSync('git', ['ls-files', '*.astro'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => astroViolations(file, readFileSync(file, 'utf8')))).toEqual([]);
  });
});

// ESLint with the repository's config, minus type information (planted text is no file of the project).
describe('the boundaries lint rule', { timeout: 60_000 }, () => {
  const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });
  const planted = "import { sidebar } from '../src/sidebar.ts';\nexport const items = sidebar;\n";
  const boundaryErrors = async (filePath: string) => {
    const [result] = await eslint.lintText(planted, { filePath });
    return (result?.messages ?? []).filter((message) => message.ruleId === 'boundaries/dependencies');
  };

  it('fails a planted lib/ → src/ import', async () => {
    const errors = await boundaryErrors('lib/planted.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('"lib" to elements of type "src"');
  });

  it('lets scripts/ and test files import the site', async () => {
    expect(await boundaryErrors('scripts/planted.ts')).toEqual([]);
    expect(await boundaryErrors('lib/planted.test.ts')).toEqual([]);
  });
});
