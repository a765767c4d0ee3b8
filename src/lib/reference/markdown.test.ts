import { describe, expect, it } from 'vitest';
import { firstSentence, renderInlineMarkdown, renderMarkdown } from './markdown.ts';

describe('spec markdown', () => {
  it('renders GFM tables and collects headings for the table of contents', async () => {
    const { html, headings } = await renderMarkdown('## Rate limits\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
    expect(html).toContain('<h2 id="rate-limits">Rate limits</h2>');
    expect(html).toContain('<table>');
    expect(headings).toEqual([{ depth: 2, slug: 'rate-limits', text: 'Rate limits' }]);
  });

  it('keeps readers on this build when the spec links the canonical docs site', async () => {
    const { html } = await renderMarkdown('See [retries](https://docs.blueround.com/guides/errors-and-retries/).');
    expect(html).toContain('href="/guides/errors-and-retries/"');
    const { html: external } = await renderMarkdown('See [RFC 6749](https://www.rfc-editor.org/rfc/rfc6749).');
    expect(external).toContain('href="https://www.rfc-editor.org/rfc/rfc6749"');
  });

  it('drops the paragraph around a one-paragraph cell', async () => {
    expect(await renderInlineMarkdown('Send `limit`.')).toBe('Send <code>limit</code>.');
    expect(await renderInlineMarkdown('One.\n\nTwo.')).toBe('<p>One.</p>\n<p>Two.</p>');
  });
});

describe('firstSentence', () => {
  it('keeps the first sentence as plain text', () => {
    expect(firstSentence('People in your `organisation`. A new user starts as `pending_invite`.')).toBe(
      'People in your organisation.',
    );
    expect(firstSentence('See [the guide](https://x.test/) for\ndetails')).toBe('See the guide for details');
  });
});
