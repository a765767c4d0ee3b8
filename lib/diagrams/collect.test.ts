import { describe, expect, it } from 'vitest';
import { diagramsInFile } from './collect.ts';

const page = [
  '---',
  'title: X',
  'content_type: flowchart',
  'product: api',
  '---',
  '',
  '# Heading',
  '',
  '```mermaid',
  'flowchart TD',
  '  A["{{policy.accessTokenTtl}}"] --> B',
  '```',
  '',
  '```ts',
  'const x = 1;',
  '```',
  '',
  '```mermaid',
  'sequenceDiagram',
  '  A->>B: hi',
  '```',
  '',
].join('\n');

describe('diagramsInFile', () => {
  it('finds every mermaid fence with its line counted from the top of the file', () => {
    const found = diagramsInFile('page.md', page);
    expect(found.map((d) => d.line)).toEqual([9, 18]);
  });

  it('fills policy placeholders exactly as the page will', () => {
    const [first] = diagramsInFile('page.md', page);
    expect(first!.source).toContain('3600 s (1 hour)');
  });

  it('reads MDX too', () => {
    const mdx = `${page}\nimport { Aside } from '@astrojs/starlight/components';\n\n<Aside>hi</Aside>\n`;
    expect(diagramsInFile('page.mdx', mdx)).toHaveLength(2);
  });
});
