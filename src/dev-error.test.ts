import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagramBuildError } from '../lib/diagrams/rehype-diagrams.ts';
import { PolicyError } from '../lib/markdown/remark-policy.ts';
import { frontmatterProblem, problemHtml, renderProblem } from './dev-error.ts';

describe('errors shown in the page by the dev server', () => {
  it('names the broken diagram, its fence line, Mermaid’s message and a hint', () => {
    const error = new DiagramBuildError([
      { file: 'src/content/docs/a.md', line: 12, message: 'Parse error on line 2' },
    ]);
    const problem = renderProblem('/abs/src/content/docs/a.md', error);
    expect(problem).toMatchObject({ file: 'src/content/docs/a.md', line: 12 });
    expect(problem.message).toContain('Parse error on line 2');
    expect(problem.hint).toMatch(/Mermaid source/);
  });

  it('drops the wrapper Astro puts around plugin errors, keeping the position', () => {
    const wrapped = new Error(
      'Failed to parse Markdown file "/abs/b.md":\nsrc/b.md:7: unknown policy value {{policy.x}}.',
    );
    expect(renderProblem('/abs/b.md', wrapped)).toMatchObject({ file: 'src/b.md', line: 7 });
    expect(renderProblem('/abs/b.md', wrapped).message).toMatch(/^src\/b\.md:7: unknown policy/);
    const policy = new PolicyError('src/c.md', 4, 'unknown policy value {{policy.x}}.');
    expect(renderProblem('/abs/c.md', policy)).toMatchObject({ file: 'src/c.md', line: 4, hint: policy.hint });
  });

  it('points a frontmatter error at the field the schema names', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dev-error-')), 'page.md');
    writeFileSync(file, '---\ntitle: T\ncontent_type: nonsense\nproduct: docs\n---\n\nBody.\n');
    const problem = frontmatterProblem(
      file,
      new Error('**docs → page** data does not match.\n  **content_type**: Invalid option'),
    );
    expect(problem.line).toBe(3);
    expect(problem.hint).toMatch(/frontmatter/);
  });

  it('escapes the message in the HTML box', () => {
    const html = problemHtml({ file: 'a.md', line: 1, message: '<script>x</script>', hint: 'fix' });
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('role="alert"');
  });
});
