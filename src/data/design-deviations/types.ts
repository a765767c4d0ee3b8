/** The shape of the design-deviation lists (src/data/design-deviations.ts gathers them). */

export interface Deviation {
  /** Short name of the change, shown in bold. */
  title: string;
  /** Seed node ids the page no longer draws as they were. */
  nodes?: string[];
  /** Seed edges, as `FROM --> TO`, the page no longer draws. */
  edges?: string[];
  /** What the source design said. */
  original: string;
  /** What the platform does instead, and why. */
  reason: string;
}

export interface SourceDesign {
  /** Key in seed-graphs.json: `<seed>-<diagram number>`. */
  seed: string;
  /** Docs slug of the page, e.g. `architecture/system`. */
  page: string;
  /** Which ```mermaid blocks of the page (1-based) draw it; several when the page splits it. */
  diagrams: number[];
  /** Seed id → page id for nodes kept with the same meaning under a new id. */
  renamed?: Record<string, string>;
  deviations?: Deviation[];
}
