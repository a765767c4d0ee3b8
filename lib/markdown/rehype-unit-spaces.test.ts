import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { policyText } from '../../policy/policy.ts';
import rehypeUnitSpaces, { keepUnitsTogether } from './rehype-unit-spaces.ts';

function run(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  rehypeUnitSpaces()(tree);
  return toHtml(tree);
}

describe('numbers and their units on one line', () => {
  it('joins a number to its unit and an arrow to what precedes it', () => {
    expect(keepUnitsTogether('retries after 1 s → 2 s → 4 s, at most 48 h')).toBe(
      'retries after 1\u00a0s\u00a0→ 2\u00a0s\u00a0→ 4\u00a0s, at most 48\u00a0h',
    );
    expect(keepUnitsTogether('±10 % jitter, 8 vCPU / 32 GB RAM, 30 days, 1 hour')).toBe(
      '±10\u00a0% jitter, 8\u00a0vCPU / 32\u00a0GB RAM, 30\u00a0days, 1\u00a0hour',
    );
  });

  it('leaves words that only start like a unit, and numbers without a unit, alone', () => {
    expect(keepUnitsTogether('3 services in 2 zones, 4 steps, 2 hosts')).toBe(
      '3 services in 2 zones, 4 steps, 2 hosts',
    );
  });

  it('applies to the policy values as the pages print them', () => {
    expect(keepUnitsTogether(policyText.retrySchedule!)).not.toMatch(/\d s| →/);
  });

  it('changes prose and table cells, never code, preformatted text or a diagram', () => {
    expect(run('<p>wait 2 s</p><table><tr><td>60 s</td></tr></table>')).toBe(
      '<p>wait 2\u00a0s</p><table><tbody><tr><td>60\u00a0s</td></tr></tbody></table>',
    );
    const verbatim = '<p><code>sleep 2 s</code></p><pre>1 s → 2 s</pre><svg><text>4 s</text></svg>';
    expect(run(verbatim)).toBe(verbatim);
  });
});
