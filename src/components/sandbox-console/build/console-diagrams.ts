/**
 * Build time only: renders the console's diagrams with the docs' own pipeline
 * (Mermaid → inline SVG for both themes, with the text version), from the
 * fences of the docs pages, and marks their nodes and edges for lighting.
 */
import { toHtml } from 'hast-util-to-html';
import { diagramFigure } from '../../../../lib/diagrams/figure.ts';
import { sharedDiagramService } from '../../../../lib/diagrams/render-diagram.ts';
import { annotateDiagram } from './annotate-diagram.ts';
import { diagramSource } from './diagram-source.ts';
import { diagramSources, flowMap, tokenLifecycleNodes, type DiagramKey } from '../model/flow-map.ts';
import { diagramGraphs, type FlowGraph } from './diagram-graph.ts';

export interface ConsoleDiagram {
  key: DiagramKey;
  title: string;
  /** Root-relative page the diagram comes from. */
  href: string;
  html: string;
}

/** Every console diagram by key; each one's flow-map nodes must be drawn. */
export async function renderConsoleDiagrams(): Promise<Record<DiagramKey, ConsoleDiagram>> {
  const keys = Object.keys(diagramSources) as DiagramKey[];
  const sources = keys.map((key) => diagramSource(key));
  // Nodes and edges as Mermaid parses them (cached beside the SVGs), then the SVGs themselves.
  const graphs = await diagramGraphs(sources);
  const rendered = await Promise.all(keys.map((key, index) => renderOne(key, sources[index]!, graphs[index]!)));
  // Safe: `keys` is every DiagramKey, and each one was rendered or threw.
  return Object.fromEntries(rendered.map((diagram) => [diagram.key, diagram])) as Record<DiagramKey, ConsoleDiagram>;
}

async function renderOne(key: DiagramKey, source: string, graph: FlowGraph): Promise<ConsoleDiagram> {
  const { file, title, href } = diagramSources[key];
  const outcome = await sharedDiagramService().render(source);
  if (!outcome.ok)
    throw new Error(`${file}: the ${key} diagram does not render for the sandbox console: ${outcome.error}`);
  const figure = diagramFigure(outcome.diagram, { fallbackName: title, sourceCode: source });
  const annotated = annotateDiagram(figure, graph);
  // A flow-map node the diagram lost, or that Mermaid drew under another id, fails the build here.
  const wanted =
    key === 'token-lifecycle' ? Object.values(tokenLifecycleNodes) : flowMap[key].flatMap((rule) => rule.light);
  const missing = [...new Set(wanted)].filter((node) => !annotated.nodes.has(node));
  if (missing.length > 0) {
    throw new Error(`${file}: the rendered ${key} diagram has no element for node(s) ${missing.join(', ')}`);
  }
  return { key, title, href, html: toHtml(figure) };
}
