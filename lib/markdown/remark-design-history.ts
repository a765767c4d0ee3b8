import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { pageNotes, sourceDesigns, type Deviation } from '../../src/data/design-deviations.ts';
import { seedGraphs } from '../../scripts/fidelity/seed-graphs.ts';
import { relativeToCwd } from '../source-position.ts';

const marker = '{{design-history}}';

/** Docs slug of a content file, e.g. `architecture/system`. */
export function slugOf(path: string | undefined): string | undefined {
  const match = path?.replace(/\\/g, '/').match(/src\/content\/docs\/(.+)\.mdx?$/);
  return match?.[1];
}

/** Every deviation a page must show, each with the title of the source diagram it concerns. */
export function deviationsOf(page: string): { source: string | undefined; deviation: Deviation }[] {
  const fromDiagrams = sourceDesigns
    .filter((design) => design.page === page)
    .flatMap((design) =>
      (design.deviations ?? []).map((deviation) => ({
        source: seedGraphs.find((g) => g.key === design.seed)?.title,
        deviation,
      })),
    );
  return [
    ...fromDiagrams,
    ...pageNotes.filter((n) => n.page === page).map((n) => ({ source: undefined, deviation: n.deviation })),
  ];
}

const inline = (markdown: string): PhrasingContent[] => {
  const tree = unified().use(remarkParse).parse(markdown);
  const first = tree.children[0];
  return first?.type === 'paragraph' ? first.children : [];
};

function listOf(entries: ReturnType<typeof deviationsOf>): List {
  const items: ListItem[] = entries.map(({ source, deviation }) => {
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [
        { type: 'strong', children: [{ type: 'text', value: `${deviation.title}.` }] },
        { type: 'text', value: source ? ` Original design (“${source}”): ` : ' Original design: ' },
        ...inline(deviation.original),
        { type: 'text', value: ' On the platform: ' },
        ...inline(deviation.reason),
      ],
    };
    return { type: 'listItem', spread: false, children: [paragraph] };
  });
  return { type: 'list', ordered: false, spread: false, children: items };
}

/**
 * Replaces a paragraph holding only `{{design-history}}` with the page's
 * deviations from its source designs, from src/data/design-deviations.ts: the
 * same list the fidelity test enforces. A page with deviations but no marker
 * fails the build, so a change to a design can never go unexplained on its page.
 * Runs before remark-policy, which fills the placeholders the notes contain.
 */
// Astro passes the pipeline's `fingerprint` option here; it is unused: it only makes Astro drop
// cached renders when the data changes.
export default function remarkDesignHistory() {
  return (tree: Root, file: VFile) => {
    const page = slugOf(file.path);
    if (!page) return;
    const entries = deviationsOf(page);
    let found = false;
    tree.children = tree.children.flatMap((node): RootContent[] => {
      const isMarker =
        node.type === 'paragraph' &&
        node.children.length === 1 &&
        node.children[0]?.type === 'text' &&
        node.children[0].value.trim() === marker;
      if (!isMarker) return [node];
      found = true;
      if (entries.length === 0)
        return [
          {
            type: 'paragraph',
            children: [{ type: 'text', value: 'This page draws its source designs without changes.' }],
          },
        ];
      const intro: Paragraph = {
        type: 'paragraph',
        children: [{ type: 'text', value: 'Where this page differs from the original design, and why:' }],
      };
      return [intro, listOf(entries)];
    });
    if (entries.length > 0 && !found) {
      throw new Error(
        `${relativeToCwd(file.path)}:1: this page differs from its source design in ${entries.length} way(s) ` +
          `(src/data/design-deviations.ts) but has no "${marker}" paragraph to show them; add a "## Design history" section with it.`,
      );
    }
  };
}
