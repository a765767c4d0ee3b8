/**
 * A docs page's source as plain Markdown, for its Markdown twin and
 * /llms-full.txt: policy placeholders filled, MDX imports and layout
 * components (tabs, cards) turned into plain Markdown, and each Mermaid
 * diagram kept as its source followed by its text alternative.
 */
import { fillPolicy } from '../../../lib/markdown/remark-policy.ts';

/** `accTitle`/`accDescr` of a Mermaid source: the diagram's text alternative. */
export function diagramTextAlternative(source: string): string | undefined {
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
  const description =
    /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1]?.trim() ??
    /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1]?.replace(/\s+/g, ' ').trim();
  const parts = [title, description].filter(Boolean);
  return parts.length > 0 ? parts.join(': ') : undefined;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`${name}=(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined);
}

/** One line of MDX prose outside code: its Markdown, or `null` to drop it. */
function proseLine(line: string): string | null {
  const trimmed = line.trim();
  if (/^import\s.+\sfrom\s+['"].+['"];?$/.test(trimmed)) return null;
  if (/^<\/?(Tabs|CardGrid)\b[^>]*>$/.test(trimmed) || trimmed === '</TabItem>') return null;
  if (trimmed.startsWith('<TabItem')) return `**${attribute(trimmed, 'label') ?? 'Tab'}**`;
  if (trimmed.startsWith('<LinkCard')) {
    const description = attribute(trimmed, 'description');
    return `- [${attribute(trimmed, 'title') ?? ''}](${attribute(trimmed, 'href') ?? ''})${description ? `: ${description}` : ''}`;
  }
  // MDX escapes literal braces; Markdown does not need to.
  return line.replaceAll('\\{', '{').replaceAll('\\}', '}');
}

export interface PageSource {
  title: string;
  description?: string | undefined;
  /** The page's Markdown or MDX body, without frontmatter. */
  body: string;
}

export function pageMarkdown({ title, description, body }: PageSource): string {
  const out: string[] = [`# ${title}`, ''];
  if (description) out.push(`> ${description}`, '');
  let fence: { marker: string; lang: string; lines: string[] } | undefined;
  for (const line of body.split('\n')) {
    if (fence) {
      fence.lines.push(line);
      if (line.trim().startsWith(fence.marker) && line.trim().replace(/`|~/g, '') === '') {
        out.push(...fence.lines);
        const alternative = fence.lang === 'mermaid' ? diagramTextAlternative(fence.lines.join('\n')) : undefined;
        if (alternative) out.push('', `Diagram (text alternative): ${alternative}`);
        fence = undefined;
      }
      continue;
    }
    const opening = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (opening) {
      fence = { marker: opening[1]!, lang: opening[2] ?? '', lines: [line.trimStart()] };
      continue;
    }
    const markdown = proseLine(line);
    if (markdown !== null) out.push(markdown);
  }
  const unknown: string[] = [];
  const text = fillPolicy(out.join('\n'), unknown);
  if (unknown.length > 0) throw new Error(`${title}: unknown policy placeholders ${unknown.join(', ')}`);
  return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
