import type { Element, Root, Parents } from 'hast';
import { toText } from 'hast-util-to-text';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { relativeToCwd } from '../source-position.ts';
import { diagramsInFile } from './collect.ts';
import { diagramFigure } from './figure.ts';
import { sharedDiagramService, type DiagramService } from './render-diagram.ts';

export interface DiagramError {
  file: string;
  line: number;
  message: string;
}

export class DiagramBuildError extends Error {
  readonly errors: DiagramError[];
  /** Where the first broken diagram is, and what to do: shown in the page by the dev server. */
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly hint =
    'Correct the Mermaid source in the fence at that line (the message names the token Mermaid did not expect) and save.';
  constructor(errors: DiagramError[]) {
    super(
      errors
        .map((e) => `${e.file}:${e.line}: Mermaid diagram does not render (fence at line ${e.line}):\n${e.message}`)
        .join('\n\n'),
    );
    this.name = 'DiagramBuildError';
    this.errors = errors;
    this.file = errors[0]?.file;
    this.line = errors[0]?.line;
  }
}

/** GitHub Actions turns these lines into annotations on the pull request. */
export function annotateDiagramErrors(errors: DiagramError[]) {
  if (!process.env.GITHUB_ACTIONS) return;
  for (const e of errors) {
    const message = e.message.replace(/%/g, '%25').replace(/\r?\n/g, '%0A');
    console.log(`::error file=${e.file},line=${e.line},title=Mermaid diagram does not render::${message}`);
  }
}

function isMermaidBlock(node: Element): boolean {
  if (node.tagName !== 'pre') return false;
  const code = node.children[0];
  if (!code || code.type !== 'element' || code.tagName !== 'code') return false;
  const classes = code.properties.className;
  return Array.isArray(classes) && classes.includes('language-mermaid');
}

/**
 * Astro hands plugins the body without frontmatter, and how many lines it drops
 * is its business: find the fence in the file itself, as the pre-build check does.
 */
function fenceLine(file: VFile, source: string): number {
  if (!file.path) return 1;
  try {
    return diagramsInFile(file.path).find((diagram) => diagram.source === source)?.line ?? 1;
  } catch {
    return 1;
  }
}

/** The nearest heading before the block: the diagram's name when it has no accTitle. */
function nearestHeading(ancestors: Parents[], node: Element): string | null {
  const parent = ancestors.at(-1);
  if (!parent) return null;
  const index = parent.children.indexOf(node);
  for (let i = index - 1; i >= 0; i--) {
    const sibling = parent.children[i];
    if (sibling?.type === 'element' && /^h[1-6]$/.test(sibling.tagName)) return toText(sibling).trim();
  }
  return null;
}

/**
 * Replaces every ```mermaid block with a build-time SVG that follows the site's
 * theme. Any diagram that does not render fails the build, naming the file and
 * the line of its fence, in `.md` and `.mdx` alike.
 */
export default function rehypeDiagrams(options: { service?: DiagramService; fingerprint?: string } = {}) {
  return async (tree: Root, file: VFile) => {
    const service = options.service ?? sharedDiagramService();
    const blocks: { node: Element; parent: Parents; name: string; source: string }[] = [];
    visitParents(tree, 'element', (node, ancestors) => {
      if (!isMermaidBlock(node)) return;
      const parent = ancestors.at(-1);
      if (!parent) return;
      blocks.push({
        node,
        parent,
        name: nearestHeading(ancestors, node) ?? 'Diagram',
        source: toText(node, { whitespace: 'pre' }).replace(/\n$/, ''),
      });
    });
    if (blocks.length === 0) return;

    const outcomes = await Promise.all(blocks.map((block) => service.render(block.source)));
    const errors: DiagramError[] = [];
    outcomes.forEach((outcome, index) => {
      const block = blocks[index]!;
      if (!outcome.ok) {
        errors.push({ file: relativeToCwd(file.path), line: fenceLine(file, block.source), message: outcome.error });
        return;
      }
      const figure = diagramFigure(outcome.diagram, { fallbackName: block.name, sourceCode: block.source });
      const position = block.parent.children.indexOf(block.node);
      block.parent.children.splice(position, 1, figure);
    });
    if (errors.length > 0) {
      annotateDiagramErrors(errors);
      throw new DiagramBuildError(errors);
    }
  };
}
