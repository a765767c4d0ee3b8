import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import type { RenderedDiagram } from './cache.ts';

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

  return h(
    'figure',
    {
      className: ['diagram'],
      dataDiagram: '',
      dataDiagramType: diagram.diagramType,
      style: `--diagram-natural-width:${diagram.width}px`,
    },
    [
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
      h('div', { className: ['diagram-toolbar'] }, [
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
      ]),
      h('details', { className: ['diagram-text'] }, [
        h('summary', ['Text version', h('span', { className: ['sr-only'] }, ` of the ${kind}: ${name}`)]),
        ...(description ? [h('p', description)] : []),
        ...textItems,
      ]),
    ],
  );
}
