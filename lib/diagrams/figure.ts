import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import type { RenderedDiagram } from './cache.ts';
import { diagramFontSizePx } from './themes.ts';

/**
 * Smallest label size a diagram is shown at in the page and when the viewer
 * opens: a wider diagram scrolls sideways rather than shrink below it.
 */
export const minimumLabelPx = 13;
/** Scale at which labels are `minimumLabelPx` tall: below it, text is too small to read. */
export const readableScale = minimumLabelPx / diagramFontSizePx;

const friendlyTypes: Record<string, string> = {
  'flowchart-v2': 'flowchart',
  flowchart: 'flowchart',
  sequence: 'sequence diagram',
  stateDiagram: 'state diagram',
  'state-v2': 'state diagram',
  classDiagram: 'class diagram',
  er: 'entity relationship diagram',
};

export function friendlyDiagramType(diagramType: string): string {
  return friendlyTypes[diagramType] ?? 'diagram';
}

function parseSvg(svg: string, name: string, roleDescription: string, extraClass?: string): Element {
  const root = fromHtml(svg, { fragment: true, space: 'svg' });
  const element = root.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
  if (!element) throw new Error('Mermaid returned no <svg> element');
  // Readers meet one image with a name; its parts are read in the text version below it.
  element.properties.role = 'img';
  element.properties.ariaLabel = name;
  element.properties.ariaRoleDescription = [roleDescription];
  delete element.properties.ariaLabelledBy;
  delete element.properties.ariaDescribedBy;
  if (extraClass) element.properties.className = [...((element.properties.className as string[]) ?? []), extraClass];
  return element;
}

/** Title and description the writer gave with accTitle/accDescr, if any. */
export function accessibleText(svg: string): { title: string | null; description: string | null } {
  const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1]?.trim() || null;
  const description = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1]?.trim() || null;
  return { title, description };
}

/**
 * The HTML that replaces a ```mermaid block: the inline SVG (no runtime), an
 * "Expand" button the viewer script enables, and a text version that screen
 * readers and the site search read.
 */
export function diagramFigure(
  diagram: RenderedDiagram,
  options: { fallbackName: string; sourceCode: string },
): Element {
  const firstSvg = 'both' in diagram.svg ? diagram.svg.both : diagram.svg.light;
  const { title, description } = accessibleText(firstSvg);
  const name = title ?? options.fallbackName;
  const kind = friendlyDiagramType(diagram.diagramType);
  const svgs =
    'both' in diagram.svg
      ? [parseSvg(diagram.svg.both, name, kind)]
      : [
          parseSvg(diagram.svg.light, name, kind, 'diagram-only-light'),
          parseSvg(diagram.svg.dark, name, kind, 'diagram-only-dark'),
        ];

  const textItems: ElementContent[] = diagram.outline?.items.length
    ? [
        h(
          'ol',
          diagram.outline.items.map((item) => h('li', item)),
        ),
      ]
    : [h('pre', [h('code', options.sourceCode)])];

  // Screen-reader and control text stays out of the search index (data-pagefind-ignore);
  // the text version is indexed once, below the page's prose (data-pagefind-weight).
  const toolbar = h('div', { className: ['diagram-toolbar'], dataPagefindIgnore: '' }, [
    h('p', { className: ['diagram-hint'], dataDiagramHint: '', hidden: true }, [
      'Wider than the page: scroll sideways, or Expand to see it all.',
    ]),
    h(
      'button',
      {
        type: 'button',
        className: ['diagram-expand'],
        dataDiagramExpand: '',
        hidden: true,
        ariaHasPopup: 'dialog',
      },
      ['Expand', h('span', { className: ['sr-only'] }, ` ${kind}: ${name}`)],
    ),
  ]);

  return h(
    'figure',
    {
      className: ['diagram'],
      dataDiagram: '',
      dataDiagramType: diagram.diagramType,
      dataReadableScale: readableScale.toFixed(4),
      style: `--diagram-natural-width:${diagram.width}px;--diagram-min-width:${Math.ceil(diagram.width * readableScale)}px`,
    },
    [
      // Above the diagram, where a reader sees it before scrolling through a tall one.
      toolbar,
      // Wide diagrams scroll sideways: the region must be reachable by keyboard.
      h(
        'div',
        {
          className: ['diagram-canvas'],
          dataPagefindIgnore: '',
          tabIndex: 0,
          role: 'region',
          ariaLabel: `${kind} (scrollable)`,
        },
        svgs,
      ),
      h('details', { className: ['diagram-text'], dataPagefindWeight: '0.3' }, [
        h('summary', { dataPagefindIgnore: '' }, [
          'Text version',
          h('span', { className: ['sr-only'] }, ` of the ${kind}: ${name}`),
        ]),
        ...(description ? [h('p', description)] : []),
        ...textItems,
      ]),
    ],
  );
}
