import type { Root } from 'hast';
import { unified, type MarkdownHeading, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { visit } from 'unist-util-visit';
import rehypeBaseLinks from '../../../lib/markdown/rehype-base-links.ts';
import { readSiteEnv } from '../../../lib/site-env.ts';

/**
 * The spec links guides by their canonical address (it is also published on
 * its own). On this site those links become root-relative, so previews and
 * forks under a base path keep readers on the same build.
 */
const canonicalDocsOrigin = readSiteEnv({}).siteUrl;

export function rehypeCanonicalLinksRelative(options: { origin: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const href = node.properties['href'];
      if (typeof href === 'string' && href.startsWith(`${options.origin}/`)) {
        node.properties['href'] = href.slice(options.origin.length);
      }
    });
  };
}

let renderer: Promise<MarkdownRenderer> | undefined;

function markdownRenderer(): Promise<MarkdownRenderer> {
  renderer ??= unified({
    rehypePlugins: [
      [rehypeCanonicalLinksRelative, { origin: canonicalDocsOrigin }],
      [rehypeBaseLinks, { base: readSiteEnv().base }],
    ],
  }).createRenderer({ syntaxHighlight: false });
  return renderer;
}

export interface RenderedMarkdown {
  html: string;
  headings: MarkdownHeading[];
}

/** CommonMark + GFM from the spec's `description` fields, as HTML. */
export async function renderMarkdown(source: string): Promise<RenderedMarkdown> {
  const { code, metadata } = await (await markdownRenderer()).render(source);
  return { html: code, headings: metadata.headings };
}

/** For table cells: a lone paragraph loses its `<p>` so cells stay one line high. */
export async function renderInlineMarkdown(source: string): Promise<string> {
  const { html } = await renderMarkdown(source);
  const trimmed = html.trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(trimmed);
  return single && !single[1]!.includes('<p>') ? single[1]! : trimmed;
}

/** The first sentence of a description as plain text, for `<meta name="description">` and search results. */
export function firstSentence(source: string): string {
  const plain = source
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const end = plain.search(/[.!?](\s|$)/);
  return end === -1 ? plain : plain.slice(0, end + 1);
}
