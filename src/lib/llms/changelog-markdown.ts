/** The API changelog page as Markdown, for its twin and /llms-full.txt. */
import { changelogItems, kindLabels } from '../api-changelog-view.ts';
import type { ReferenceModel } from '../reference/model.ts';
import { twinPath } from './twin-path.ts';

/** `title`: the changelog page's own title, so the twin is headed like the page. */
export function changelogMarkdown(model: ReferenceModel, title: string): string {
  const lines = [
    `# ${title}`,
    '',
    `> Every change to the ${model.title}, newest first. The current version is \`${model.version}\`; breaking changes ship only in a new dated version (/guides/versioning.md). Atom feed: /reference/changelog.xml`,
  ];
  for (const item of changelogItems(model)) {
    lines.push('', `## ${item.title}`, '', `${kindLabels[item.kind]} · ${item.date} · version \`${item.version}\``);
    if (item.description) lines.push('', item.description.trim());
    if (item.migration) lines.push('', `**Migration:** ${item.migration.trim()}`);
    if (item.links.length > 0) {
      lines.push('', 'Affected operations:', '');
      for (const link of item.links) {
        const [page, anchor] = link.href.split('#');
        lines.push(`- \`${link.method.toUpperCase()} ${link.path}\` ${link.summary} (${twinPath(page!)}#${anchor})`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
