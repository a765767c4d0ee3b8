import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Prefixes a root-relative URL with the site's base path; leaves others alone. */
export function withBase(url: string, base: string): string {
  if (base === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === base.slice(0, -1) || url.startsWith(base)) return url;
  return base + url.slice(1);
}

/**
 * Writers link pages as `/guides/quickstart/`; on a fork's GitHub Pages the site
 * lives under a sub-path, so every root-relative link in content gets the base.
 */
export default function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      for (const attribute of ['href', 'src'] as const) {
        const value = node.properties[attribute];
        if (typeof value === 'string') node.properties[attribute] = withBase(value, options.base);
      }
    });
  };
}
