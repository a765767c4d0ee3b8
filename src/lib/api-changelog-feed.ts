/**
 * The Atom feed of the API changelog (RFC 4287), built with `feed`. Entry IDs
 * are the entries' permanent URLs on the changelog page, so a reader sees an
 * entry once however often the site is rebuilt.
 */
import { Feed } from 'feed';
import { renderInlineMarkdown, renderMarkdown } from './reference/markdown.ts';
import { kindLabels, plainTitle, type ChangelogItem } from './api-changelog-view.ts';

export interface FeedContext {
  /** Absolute URL of the changelog page, base included. */
  pageUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** Turns a root-relative site path into an absolute URL. */
  absolute: (path: string) => string;
  apiTitle: string;
}

async function contentOf(item: ChangelogItem, context: FeedContext): Promise<string> {
  const parts = [`<p><strong>${kindLabels[item.kind]}</strong> in version <code>${item.version}</code>.</p>`];
  if (item.description) parts.push((await renderMarkdown(item.description)).html);
  if (item.migration) parts.push(`<p><strong>Migration:</strong> ${await renderInlineMarkdown(item.migration)}</p>`);
  if (item.links.length > 0) {
    const links = item.links.map(
      (link) =>
        `<li><a href="${context.absolute(link.href)}"><code>${link.method.toUpperCase()} ${link.path}</code></a> ${link.summary}</li>`,
    );
    parts.push(`<ul>${links.join('')}</ul>`);
  }
  return parts.join('\n');
}

export async function changelogAtom(items: readonly ChangelogItem[], context: FeedContext): Promise<string> {
  const newest = items[0];
  const feed = new Feed({
    title: `${context.apiTitle} changelog`,
    description: `Every change to the ${context.apiTitle}, newest first.`,
    id: context.pageUrl,
    link: context.pageUrl,
    language: 'en',
    copyright: 'BlueRound',
    updated: newest ? new Date(`${newest.date}T00:00:00Z`) : new Date(0),
    generator: 'BlueRound Docs',
    feedLinks: { atom: context.feedUrl },
  });
  for (const item of items) {
    const url = `${context.pageUrl}#${item.anchor}`;
    feed.addItem({
      title: `${kindLabels[item.kind]}: ${plainTitle(item)}`,
      id: url,
      link: url,
      date: new Date(`${item.date}T00:00:00Z`),
      content: await contentOf(item, context),
    });
  }
  return feed.atom1();
}
