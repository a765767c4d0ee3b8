import { describe, expect, it } from 'vitest';
import { policyText } from '../../../policy/policy.ts';
import { diagramTextAlternative, pageMarkdown } from './page-markdown.ts';

const body = `import { Tabs, TabItem } from '@astrojs/starlight/components';

Tokens live \\{\\{policy.accessTokenTtl}}.

<Tabs syncKey="lang">
<TabItem label="curl">

\`\`\`bash
curl https://sandbox.blueround.test/v1/me
\`\`\`

</TabItem>
</Tabs>

\`\`\`mermaid
flowchart TD
  accTitle: Token refresh
  accDescr: The client refreshes an expired token.
  A --> B
\`\`\`
`;

describe('pageMarkdown', () => {
  const markdown = pageMarkdown({ title: 'Auth', description: 'How to authenticate.', body });

  it('drops MDX imports and tab wrappers, labelling each tab', () => {
    expect(markdown).not.toContain('import {');
    expect(markdown).not.toMatch(/<\/?Tabs|<\/?TabItem/);
    expect(markdown).toContain('**curl**\n\n```bash\ncurl https://sandbox.blueround.test/v1/me\n```');
  });

  it('fills policy placeholders', () => {
    expect(markdown).toContain(`Tokens live ${policyText.accessTokenTtl}.`);
    expect(markdown).not.toContain('policy.');
  });

  it('keeps a diagram as Mermaid source followed by its text alternative', () => {
    expect(markdown).toContain('```mermaid\nflowchart TD');
    expect(markdown).toContain('Diagram (text alternative): Token refresh: The client refreshes an expired token.');
  });

  it('starts with the title and description', () => {
    expect(markdown.startsWith('# Auth\n\n> How to authenticate.\n')).toBe(true);
  });

  it('names an unknown placeholder', () => {
    expect(() => pageMarkdown({ title: 'Bad', body: '{{policy.nope}}' })).toThrow(
      /Bad: unknown policy placeholders nope/,
    );
  });
});

describe('diagramTextAlternative', () => {
  it('reads the block form of accDescr', () => {
    expect(diagramTextAlternative('flowchart TD\n  accTitle: T\n  accDescr {\n    one\n    two\n  }\n')).toBe(
      'T: one two',
    );
  });
});
