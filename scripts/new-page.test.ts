import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFrontmatter } from './checks/check-frontmatter.ts';
import { diagramsInFile } from '../lib/diagrams/collect.ts';
import { newPage } from './new-page.ts';

const root = mkdtempSync(join(tmpdir(), 'new-page-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new', () => {
  for (const kind of ['concept', 'guide', 'reference', 'flowchart', 'tutorial']) {
    it(`creates a ${kind} page whose frontmatter passes the schema`, () => {
      const file = newPage(kind, `sample-${kind}`, { root });
      expect(checkFrontmatter(file)).toEqual([]);
    });
  }

  it('puts pages in the folder of their kind and gives flowcharts a diagram', () => {
    const file = newPage('flowchart', 'order-flow', { root });
    expect(file).toContain('src/content/docs/flowcharts/order-flow.md');
    expect(diagramsInFile(file)).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toContain('title: "Order flow"');
  });

  it('refuses unknown kinds, bad slugs and existing pages', () => {
    expect(() => newPage('blog', 'x', { root })).toThrow(/Unknown kind "blog"/);
    expect(() => newPage('guide', 'Bad Slug', { root })).toThrow(/lowercase/);
    newPage('guide', 'twice', { root });
    expect(() => newPage('guide', 'twice', { root })).toThrow(/already exists/);
  });
});
