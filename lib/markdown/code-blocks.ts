import { readFileSync } from 'node:fs';
import type { Code, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { fillPolicy } from './remark-policy.ts';

export interface CodeBlock {
  file: string;
  /** Line of the opening fence, counted from the top of the file. */
  line: number;
  lang: string;
  /** What follows the language on the fence line, e.g. `title="200 OK"`. */
  meta: string;
  code: string;
}

/** Blank out frontmatter but keep its lines, so positions stay file-relative. */
function withoutFrontmatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n)/.exec(text);
  return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
}

/** Fenced code blocks of a Markdown or MDX page, with policy placeholders filled as the page shows them. */
export function codeBlocks(file: string, text = readFileSync(file, 'utf8')): CodeBlock[] {
  const processor = file.endsWith('.mdx') ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse);
  const tree: Root = processor.parse(withoutFrontmatter(text));
  const found: CodeBlock[] = [];
  visit(tree, 'code', (node: Code) => {
    found.push({
      file,
      line: node.position?.start.line ?? 1,
      lang: node.lang ?? '',
      meta: node.meta ?? '',
      code: fillPolicy(node.value, []),
    });
  });
  return found;
}
