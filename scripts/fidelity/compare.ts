import type { DiagramGraph } from '../../lib/diagrams/graph.ts';
import type { SourceDesign } from '../../src/data/design-deviations.ts';
import type { SeedGraph } from './seed-blocks.ts';

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/*{}]+/gu, ' ')
    .trim();

/** How a seed edge is written in the deviations file: `FROM --> TO`. */
export const edgeName = (edge: { from: string; to: string }) => `${edge.from} --> ${edge.to}`;

/** The page node standing for a seed node: renamed in the data file, same id, or same label. */
function pageNodeFor(seedNode: { id: string; label: string }, page: DiagramGraph, design: SourceDesign) {
  const renamed = design.renamed?.[seedNode.id];
  if (renamed) return page.nodes.find((n) => n.id === renamed)?.id;
  const byId =
    page.nodes.find((n) => n.id === seedNode.id) ??
    page.nodes.find((n) => n.id.toLowerCase() === seedNode.id.toLowerCase());
  if (byId) return byId.id;
  const label = normalize(seedNode.label);
  return page.nodes.find((n) => normalize(n.label) === label)?.id;
}

/**
 * What the page lost from the source design without saying so: every seed node
 * and edge must be on the page (renamed ids allowed) unless a listed deviation
 * names it. Flowchart edge labels must still start with the seed's label (a
 * "Yes" branch stays "Yes"); sequence messages are compared by their two ends.
 */
export function unlistedChanges(seed: SeedGraph, page: DiagramGraph, design: SourceDesign): string[] {
  const listedNodes = new Set(design.deviations?.flatMap((d) => d.nodes ?? []));
  const listedEdges = new Set(design.deviations?.flatMap((d) => d.edges ?? []));
  const problems: string[] = [];
  const map = new Map<string, string | undefined>();
  for (const node of seed.nodes) {
    const found = pageNodeFor(node, page, design);
    map.set(node.id, found);
    if (!found && !listedNodes.has(node.id)) problems.push(`node ${node.id} ("${node.label}") is missing`);
  }
  for (const edge of seed.edges) {
    if (listedEdges.has(edgeName(edge))) continue;
    const from = map.get(edge.from);
    const to = map.get(edge.to);
    if (!from || !to) {
      if (!listedNodes.has(edge.from) && !listedNodes.has(edge.to)) problems.push(`edge ${edgeName(edge)} is missing`);
      continue;
    }
    const candidates = page.edges.filter((e) => e.from === from && e.to === to);
    const labelKept = (label: string) =>
      seed.kind !== 'flowchart' || !edge.label || normalize(label).startsWith(normalize(edge.label));
    if (!candidates.some((e) => labelKept(e.label))) {
      problems.push(
        candidates.length
          ? `edge ${edgeName(edge)} lost its label "${edge.label}"`
          : `edge ${edgeName(edge)} is missing (page: ${from} --> ${to})`,
      );
    }
  }
  // A listed change the page does not make would show readers a history that did not happen.
  for (const id of listedNodes)
    if (map.get(id)) problems.push(`node ${id} is listed as a deviation but the page still draws it`);
  for (const name of listedEdges) {
    const edge = seed.edges.find((e) => edgeName(e) === name);
    if (!edge) problems.push(`edge ${name} is listed as a deviation but the seed has no such edge`);
    else if (
      page.edges.some(
        (e) =>
          e.from === map.get(edge.from) &&
          e.to === map.get(edge.to) &&
          (seed.kind !== 'flowchart' || !edge.label || normalize(e.label).startsWith(normalize(edge.label))),
      )
    )
      problems.push(`edge ${name} is listed as a deviation but the page still draws it`);
  }
  return problems;
}

/** The union of several page diagrams, for a seed diagram the page splits into parts. */
export function mergeGraphs(graphs: DiagramGraph[]): DiagramGraph {
  const nodes = new Map<string, { id: string; label: string }>();
  for (const g of graphs) for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  return { kind: graphs[0]?.kind ?? 'other', nodes: [...nodes.values()], edges: graphs.flatMap((g) => g.edges) };
}
