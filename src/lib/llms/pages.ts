/**
 * Every page of the site with its Markdown twin, for /llms.txt,
 * /llms-full.txt and the `.md` twin URLs: the docs collection, the API
 * reference (from the spec) with its changelog, ARCHITECTURE.md's page, and the two in-browser tools.
 */
import { getCollection } from 'astro:content';
import { architectureMarkdown, architecturePage } from '../architecture-page.ts';
import { apiClientHead, changelogHead, referenceOverviewHead, sandboxConsoleHead, tagPageHead } from '../page-heads.ts';
import { loadReferenceModel } from '../reference/load.ts';
import { tagPagePath } from '../reference/slugs.ts';
import { changelogMarkdown } from './changelog-markdown.ts';
import { pageMarkdown } from './page-markdown.ts';
import { referenceOverviewMarkdown, tagMarkdown } from './reference-markdown.ts';
import { twinPath } from './twin-path.ts';

export interface MarkdownPage {
  /** Site path of the HTML page, e.g. `/guides/quickstart/`. */
  path: string;
  /** Site path of its Markdown twin, e.g. `/guides/quickstart.md`. */
  twin: string;
  section: string;
  title: string;
  description?: string | undefined;
  markdown: string;
}

const sectionNames: Record<string, string> = {
  guides: 'Guides',
  architecture: 'Architecture',
  flowcharts: 'Flowcharts',
  contributing: 'Contributing',
};

/** The interactive pages: their twin says what they do and where the same is available as text. */
const toolPages = [
  { path: '/sandbox/', ...sandboxConsoleHead },
  { path: '/reference/try/', ...apiClientHead },
];

let pages: Promise<MarkdownPage[]> | undefined;

async function collect(): Promise<MarkdownPage[]> {
  const docs = (await getCollection('docs')).sort((a, b) => a.id.localeCompare(b.id));
  const result: MarkdownPage[] = docs.map((entry) => {
    const path = entry.id === 'index' ? '/' : `/${entry.id}/`;
    const { title, description } = entry.data;
    return {
      path,
      twin: twinPath(path),
      section: sectionNames[entry.id.split('/')[0]!] ?? 'Overview',
      title,
      description,
      markdown: pageMarkdown({ title, description, body: entry.body ?? '' }),
    };
  });
  result.push({
    path: architecturePage.path,
    twin: twinPath(architecturePage.path),
    section: 'Contributing',
    title: architecturePage.title,
    description: architecturePage.description,
    markdown: pageMarkdown({ ...architecturePage, body: architectureMarkdown() }),
  });
  const model = await loadReferenceModel();
  const overview = referenceOverviewHead(model);
  result.push({
    path: '/reference/',
    twin: twinPath('/reference/'),
    section: 'API reference',
    ...overview,
    markdown: referenceOverviewMarkdown(model, overview.title, (tag) => twinPath(tagPagePath(tag.name))),
  });
  for (const tag of model.tags) {
    const path = tagPagePath(tag.name);
    const head = tagPageHead(model, tag);
    result.push({
      path,
      twin: twinPath(path),
      section: 'API reference',
      ...head,
      markdown: tagMarkdown(tag, head.title),
    });
  }
  const changelog = changelogHead(model);
  result.push({
    path: '/reference/changelog/',
    twin: twinPath('/reference/changelog/'),
    section: 'API reference',
    ...changelog,
    markdown: changelogMarkdown(model, changelog.title),
  });
  for (const tool of toolPages) {
    result.push({
      ...tool,
      twin: twinPath(tool.path),
      section: 'Tools',
      markdown: `# ${tool.title}\n\n> ${tool.description}\n\nAn interactive page: open ${tool.path} in a browser. Every request it sends is documented in the API reference (/reference.md).\n`,
    });
  }
  return result;
}

export function markdownPages(): Promise<MarkdownPage[]> {
  pages ??= collect();
  return pages;
}
