import { globSync, readFileSync } from 'node:fs';
import type { Code, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { fillPolicy } from '../lib/remark-policy.ts';

export interface DiagramSource {
  file: string;
  /** Line of the opening fence, counted from the top of the file. */
  line: number;
  source: string;
}

/** Blank out frontmatter but keep its lines, so positions stay file-relative. */
function withoutFrontmatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n)/.exec(text);
  return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
}

/** Every ```mermaid block of a Markdown or MDX file, as the site will render it. */
export function diagramsInFile(file: string, text = readFileSync(file, 'utf8')): DiagramSource[] {
  const processor = file.endsWith('.mdx') ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse);
  const tree: Root = processor.parse(withoutFrontmatter(text));
  const found: DiagramSource[] = [];
  visit(tree, 'code', (node: Code) => {
    if (node.lang !== 'mermaid') return;
    found.push({ file, line: node.position?.start.line ?? 1, source: fillPolicy(node.value, []) });
  });
  return found;
}

export function diagramsInContent(pattern = 'src/content/docs/**/*.{md,mdx}'): DiagramSource[] {
  return globSync(pattern)
    .sort()
    .flatMap((file) => diagramsInFile(file));
}
