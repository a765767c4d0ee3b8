/** /llms.txt (an index of every page's Markdown twin, llmstxt.org format) and /llms-full.txt (all of them). */
import type { MarkdownPage } from './pages.ts';

export interface SiteInfo {
  title: string;
  description: string;
  /** Absolute URL of a site path, base included. */
  url: (path: string) => string;
}

export function llmsIndex(
  pages: MarkdownPage[],
  site: SiteInfo,
  extras: { title: string; path: string; note: string }[],
): string {
  const lines = [`# ${site.title}`, '', `> ${site.description}`, ''];
  lines.push('Every page below links to its Markdown twin. All of them in one file: ' + site.url('/llms-full.txt'), '');
  const sections = [...new Set(pages.map((page) => page.section))];
  for (const section of sections) {
    lines.push(`## ${section}`, '');
    for (const page of pages.filter((candidate) => candidate.section === section)) {
      lines.push(`- [${page.title}](${site.url(page.twin)})${page.description ? `: ${page.description}` : ''}`);
    }
    lines.push('');
  }
  lines.push('## Optional', '');
  for (const extra of extras) lines.push(`- [${extra.title}](${site.url(extra.path)}): ${extra.note}`);
  return `${lines.join('\n').trim()}\n`;
}

export function llmsFull(pages: MarkdownPage[], site: SiteInfo): string {
  return `${pages.map((page) => `<!-- ${site.url(page.path)} -->\n\n${page.markdown.trim()}\n`).join('\n---\n\n')}`;
}
