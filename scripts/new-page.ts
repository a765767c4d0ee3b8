/**
 * npm run new -- <kind> <slug> [--title "Title"]
 * Creates src/content/docs/<dir>/<slug>.md with valid frontmatter for its kind.
 *   kind: concept | guide | reference | flowchart | tutorial
 *   slug: lowercase-words, optionally with a folder (e.g. guides/webhook-signing)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentTypes } from '../src/page-frontmatter.ts';

type Kind = (typeof contentTypes)[number];

const defaultFolder: Record<Kind, string> = {
  concept: 'architecture',
  guide: 'guides',
  reference: 'reference',
  flowchart: 'flowcharts',
  tutorial: 'tutorials',
};
const defaultProduct: Record<Kind, string> = {
  concept: 'platform',
  guide: 'api',
  reference: 'api',
  flowchart: 'platform',
  tutorial: 'api',
};

function titleFrom(slug: string): string {
  const words = slug.split('/').at(-1)!.split('-');
  return words.map((word, index) => (index === 0 ? word[0]!.toUpperCase() + word.slice(1) : word)).join(' ');
}

function body(kind: Kind, title: string): string {
  const intro = `Who needs this page and when, in one or two sentences.`;
  if (kind === 'flowchart') {
    return `${intro}\n\n\`\`\`mermaid\nflowchart TD\n  accTitle: ${title}\n  accDescr: One sentence saying what the flow decides.\n  start(["Start"]) --> check{"A decision?"}\n  check -- Yes --> done(["Done"])\n  check -- No --> start\n\`\`\`\n\n## Decision points\n\n| Decision | Yes | No |\n| --- | --- | --- |\n| A decision? | Done | Start again |\n`;
  }
  if (kind === 'guide' || kind === 'tutorial') {
    return `${intro}\n\n## Before you start\n\n- A sandbox token: see the [quickstart](/guides/quickstart/).\n\n## Steps\n\n1. First step.\n\n## Next steps\n\n- [Errors and retries](/guides/errors-and-retries/)\n`;
  }
  return `${intro}\n\n## Overview\n\nWrite the page here.\n`;
}

export function newPage(kind: string, slug: string, options: { title?: string; root?: string } = {}): string {
  if (!(contentTypes as readonly string[]).includes(kind)) {
    throw new Error(`Unknown kind "${kind}". Use one of: ${contentTypes.join(', ')}.`);
  }
  const typedKind = kind as Kind;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(slug)) {
    throw new Error(`Slug "${slug}" must be lowercase words joined by hyphens, e.g. webhook-signing.`);
  }
  const path = slug.includes('/') ? slug : `${defaultFolder[typedKind]}/${slug}`;
  const file = join(options.root ?? '.', 'src/content/docs', `${path}.md`);
  if (existsSync(file) || existsSync(`${file}x`)) throw new Error(`${file} already exists.`);
  const title = options.title ?? titleFrom(slug);
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(`${title}: one sentence for search results.`)}`,
    `content_type: ${typedKind}`,
    `product: ${defaultProduct[typedKind]}`,
    'tags: []',
    'status: draft',
    'version_history:',
    `  - date: ${new Date().toISOString().slice(0, 10)}`,
    '    version: "0.1"',
    `    author: ${JSON.stringify(process.env.GIT_AUTHOR_NAME ?? process.env.USER ?? 'BlueRound Docs')}`,
    '    description: First draft',
    '---',
    '',
  ].join('\n');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, frontmatter + body(typedKind, title));
  return file;
}

if (import.meta.main) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { title: { type: 'string' } } });
  const [kind, slug] = positionals;
  if (!kind || !slug) {
    console.error('Usage: npm run new -- <concept|guide|reference|flowchart|tutorial> <slug> [--title "Title"]');
    process.exit(2);
  }
  try {
    const file = newPage(kind, slug, values.title ? { title: values.title } : {});
    console.log(`Created ${file}. Edit it, then run npm start to see it.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
