/**
 * Build time only: renders the console's diagrams with the docs' own pipeline
 * (Mermaid → inline SVG for both themes, with the text version), from the
 * fences of the docs pages, and marks their nodes and edges for lighting.
 */
import { toHtml } from 'hast-util-to-html';
import { diagramFigure } from '../../../lib/diagrams/figure.ts';
import { sharedDiagramService } from '../../../lib/diagrams/render-diagram.ts';
import { annotateDiagram } from './annotate-diagram.ts';
import { diagramSource } from './diagram-source.ts';
import { diagramSources, flowMap, tokenLifecycleNodes, type DiagramKey } from './flow-map.ts';
import { mermaidGraph } from './mermaid-graph.ts';

export interface ConsoleDiagram {
  key: DiagramKey;
  title: string;
  /** Root-relative page the diagram comes from. */
  href: string;
  html: string;
}

export async function renderConsoleDiagram(key: DiagramKey): Promise<ConsoleDiagram> {
  const { file, title, href } = diagramSources[key];
  const source = diagramSource(key);
  const outcome = await sharedDiagramService().render(source);
  if (!outcome.ok)
    throw new Error(`${file}: the ${key} diagram does not render for the sandbox console: ${outcome.error}`);
  const figure = diagramFigure(outcome.diagram, { fallbackName: title, sourceCode: source });
  const annotated = annotateDiagram(figure, mermaidGraph(source));
  // The flow map is tested against the source; this catches a node Mermaid drew under another id.
  const wanted =
    key === 'token-lifecycle' ? Object.values(tokenLifecycleNodes) : flowMap[key].flatMap((rule) => rule.light);
  const missing = [...new Set(wanted)].filter((node) => !annotated.nodes.has(node));
  if (missing.length > 0) {
    throw new Error(`${file}: the rendered ${key} diagram has no element for node(s) ${missing.join(', ')}`);
  }
  return { key, title, href, html: toHtml(figure) };
}
