import { globSync } from 'node:fs';
import { codeBlocks } from '../markdown/code-blocks.ts';

export interface DiagramSource {
  file: string;
  /** Line of the opening fence, counted from the top of the file. */
  line: number;
  source: string;
}

/** Every ```mermaid block of a Markdown or MDX file, as the site will render it. */
export function diagramsInFile(file: string, text?: string): DiagramSource[] {
  return codeBlocks(file, text)
    .filter((block) => block.lang === 'mermaid')
    .map((block) => ({ file, line: block.line, source: block.code }));
}

export function diagramsInContent(pattern = 'src/content/docs/**/*.{md,mdx}'): DiagramSource[] {
  return globSync(pattern)
    .sort()
    .flatMap((file) => diagramsInFile(file));
}
