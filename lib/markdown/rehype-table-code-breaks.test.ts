import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import rehypeTableCodeBreaks from './rehype-table-code-breaks.ts';

function run(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  rehypeTableCodeBreaks()(tree);
  return toHtml(tree);
}

describe('line-break opportunities in table code', () => {
  it('breaks a code name in a cell after its underscores and slashes', () => {
    expect(run('<table><tr><td><code>REDCORE_CLIENT_SECRET</code></td></tr></table>')).toBe(
      '<table><tbody><tr><td><code>REDCORE_<wbr>CLIENT_<wbr>SECRET</code></td></tr></tbody></table>',
    );
    expect(run('<table><tr><th><code>openapi/…/Example.yaml</code></th></tr></table>')).toContain(
      '<code>openapi/<wbr>…/<wbr>Example.yaml</code>',
    );
  });

  it('leaves code outside tables, names without a break point and a trailing underscore alone', () => {
    expect(run('<p><code>version_history</code></p>')).toBe('<p><code>version_history</code></p>');
    expect(run('<table><tr><td><code>RateLimitError</code> <code>evt_</code></td></tr></table>')).toContain(
      '<code>RateLimitError</code> <code>evt_</code>',
    );
  });
});
