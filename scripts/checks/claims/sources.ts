import { globSync, readFileSync } from 'node:fs';
import type { Code, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { MermaidGraphReader } from '../../../lib/diagrams/graph.ts';
import { scenarios } from '../../../src/components/sandbox-console/scenario-list.ts';
import type { ClaimText } from './rules.ts';

/** Blank out frontmatter but keep its lines, so positions stay file-relative. */
function withoutFrontmatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n)/.exec(text);
  return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
}

/** Text of a block as a reader sees it: text and inline code, links' text, nothing else. */
function plain(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return '';
}

/** Every block of prose (paragraph, heading, table row) and every code block of a page. */
export function pageTexts(file: string, text = readFileSync(file, 'utf8')): { texts: ClaimText[]; diagrams: Code[] } {
  const base = unified().use(remarkParse).use(remarkGfm);
  const processor = file.endsWith('.mdx') ? base.use(remarkMdx) : base;
  const tree: Root = processor.parse(withoutFrontmatter(text));
  const texts: ClaimText[] = [];
  const diagrams: Code[] = [];
  visit(tree, (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'paragraph' || node.type === 'heading') {
      texts.push({ file, line, text: plain(node), kind: 'prose' });
      return 'skip';
    }
    if (node.type === 'tableRow') {
      // Cells joined with spaces, so "| 409 | `DUPLICATE_RESOURCE` |" reads as "409 DUPLICATE_RESOURCE".
      texts.push({ file, line, text: node.children.map(plain).join(' '), kind: 'prose' });
      return 'skip';
    }
    if (node.type === 'code') {
      if (node.lang === 'mermaid') diagrams.push(node);
      else texts.push({ file, line: line + 1, text: node.value, kind: 'code' });
      return 'skip';
    }
    return undefined;
  });
  return { texts, diagrams };
}

/**
 * A diagram's claims are its labels as Mermaid parses them (node and edge
 * labels, participants, messages), each placed on the first source line that
 * holds it.
 */
export async function diagramTexts(file: string, diagram: Code, reader: MermaidGraphReader): Promise<ClaimText[]> {
  const fenceLine = diagram.position?.start.line ?? 1;
  const result = await reader.read(diagram.value);
  if (!result.ok) return [{ file, line: fenceLine, text: '', kind: 'diagram' }];
  const lines = diagram.value.split('\n');
  const placed = (label: string): number => {
    const probe = label.split(' ').slice(0, 3).join(' ');
    const index = lines.findIndex((l) => l.replace(/<br\s*\/?>/g, ' ').includes(probe));
    return fenceLine + 1 + Math.max(index, 0);
  };
  const labels = [...result.graph.nodes.map((n) => n.label), ...result.graph.edges.map((e) => e.label)].filter(Boolean);
  return labels.map((label) => ({ file, line: placed(label), text: label, kind: 'diagram' as const }));
}

/** The console's scenarios: what each says it does is a claim too. */
export function scenarioTexts(): ClaimText[] {
  const file = 'src/components/sandbox-console/scenario-list.ts';
  const source = readFileSync(file, 'utf8').split('\n');
  return scenarios.flatMap((scenario) => {
    const line = source.findIndex((l) => l.includes(`'${scenario.id}'`) && l.includes('id:')) + 1;
    return [scenario.title, scenario.summary].map((text) => ({ file, line, text, kind: 'scenario' as const }));
  });
}

export const contentFiles = (pattern = 'src/content/docs/**/*.{md,mdx}') => globSync(pattern).sort();
