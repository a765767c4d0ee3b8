/**
 * Reads the Mermaid of the console's diagrams from the docs pages themselves
 * (build time and tests only: it reads files).
 */
import { diagramsInFile } from '../../../lib/diagrams/collect.ts';
import { diagramSources, type DiagramKey } from './flow-map.ts';

/** The one diagram of the configured kind in the configured page, placeholders filled as the site renders them. */
export function diagramSource(key: DiagramKey): string {
  const { file, kind } = diagramSources[key];
  const matching = diagramsInFile(file).filter((diagram) => diagram.source.trimStart().startsWith(kind));
  if (matching.length !== 1) {
    throw new Error(`${file}: expected exactly one ${kind} fence for the sandbox console, found ${matching.length}`);
  }
  return matching[0]!.source;
}
