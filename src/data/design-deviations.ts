/**
 * The source designs (../shared/seeds/, extracted to seed-graphs.json) and every
 * place where a page's diagram or facts differ from them, with the reason. One
 * list, two uses: the fidelity test (scripts/fidelity/) fails when a page drops
 * a seed node or edge that is not listed here, and each page's "Design history"
 * section (`{{design-history}}`, lib/markdown/remark-design-history.ts) prints the
 * deviations of that page, so what readers see and what the test enforces agree.
 */

import { pageNotes } from './design-deviations/page-notes.ts';
import { seed000 } from './design-deviations/seed-000.ts';
import { seed001 } from './design-deviations/seed-001.ts';
import { seed002 } from './design-deviations/seed-002.ts';
import { seed003 } from './design-deviations/seed-003.ts';
import type { SourceDesign } from './design-deviations/types.ts';

export type { Deviation, SourceDesign } from './design-deviations/types.ts';
export { pageNotes };

/** Every source design diagram, seed by seed; each seed's list is in design-deviations/seed-NNN.ts. */
export const sourceDesigns: SourceDesign[] = [...seed000, ...seed001, ...seed002, ...seed003];
