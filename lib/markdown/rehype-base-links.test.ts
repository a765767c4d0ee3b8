import { describe, expect, it } from 'vitest';
import { withBase } from './rehype-base-links.ts';

describe('withBase', () => {
  it('prefixes root-relative links with a sub-path base', () => {
    expect(withBase('/guides/quickstart/', '/blueround-docs/')).toBe('/blueround-docs/guides/quickstart/');
    expect(withBase('/', '/blueround-docs/')).toBe('/blueround-docs/');
  });

  it('leaves external, protocol-relative, relative and already-based links alone', () => {
    expect(withBase('https://example.com/x', '/b/')).toBe('https://example.com/x');
    expect(withBase('//cdn.example/x', '/b/')).toBe('//cdn.example/x');
    expect(withBase('../x/', '/b/')).toBe('../x/');
    expect(withBase('#anchor', '/b/')).toBe('#anchor');
    expect(withBase('/b/guides/', '/b/')).toBe('/b/guides/');
  });

  it('changes nothing when the site is served from the root', () => {
    expect(withBase('/guides/', '/')).toBe('/guides/');
  });
});
