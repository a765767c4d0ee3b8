import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagramOutline } from './renderer.ts';

export interface RenderedDiagram {
  /** One SVG for both themes, or two when the renders could not be merged. */
  svg: { both: string } | { light: string; dark: string };
  diagramType: string;
  outline: DiagramOutline | null;
  width: number;
}

/**
 * On-disk cache of rendered diagrams, one JSON file per key. Lives in
 * node_modules/.cache (ignored by git, kept by CI caches of node_modules).
 */
export class DiagramCache {
  readonly directory: string;

  constructor(
    directory = process.env.DIAGRAM_CACHE_DIR || join(process.cwd(), 'node_modules/.cache/blueround-diagrams'),
  ) {
    this.directory = directory;
  }

  get(key: string): RenderedDiagram | null {
    try {
      return JSON.parse(readFileSync(join(this.directory, `${key}.json`), 'utf8')) as RenderedDiagram;
    } catch {
      return null;
    }
  }

  set(key: string, value: RenderedDiagram): void {
    mkdirSync(this.directory, { recursive: true });
    // Write then rename, so an interrupted build never leaves a half-written entry.
    const target = join(this.directory, `${key}.json`);
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, target);
  }
}
