import { describe, expect, it } from 'vitest';
import { classDefColors, DarkColors } from './dark-colors.ts';
import { mergeThemes } from './theme-merge.ts';
import { mapThemes } from './theme-map.ts';

/** A small stand-in for a Mermaid SVG: one stylesheet, a node with a color attribute and a label. */
const render = (text: string, arrow: string, fill: string, label = 'white paper') =>
  `<svg id="d1" viewBox="0 0 10 10"><style>#d1{fill:${text}}#d1 .arrow{fill:${arrow}}#d1 .start{fill:#000000}</style>` +
  `<g class="node"><rect width="8" height="8" fill="${fill}" style="stroke:#333333"></rect>` +
  `<foreignObject width="8" height="8"><div xmlns="http://www.w3.org/1999/xhtml">${label}</div></foreignObject></g></svg>`;
const light = render('#17181c', '#000000', '#ffffff');
const dark = render('#e9ebef', '#e8e7e3', '#17181c');

function learned(): DarkColors {
  const colors = new DarkColors();
  mergeThemes(light, dark, 'd1', (from, to, rule) => colors.learn('flowchart', from, to, rule));
  return colors;
}

describe('one SVG for both themes from the light render', () => {
  it('is the same SVG as merging a light and a dark render', () => {
    const colors = learned();
    expect(mapThemes(light, 'd1', colors.darkOf('flowchart', new Map()))).toBe(mergeThemes(light, dark, 'd1'));
  });

  it('tells the same light color apart by the stylesheet rule it is in', () => {
    // #000000 is #e8e7e3 in .arrow and stays #000000 in .start.
    const mapped = mapThemes(light, 'd1', learned().darkOf('flowchart', new Map()))!;
    expect(mapped).toContain('.arrow{fill:var(--d');
    expect(mapped).toContain('.start{fill:#000000}');
  });

  it('gives up on a color it has not seen, so the caller renders the dark theme', () => {
    const other = render('#17181c', '#000000', '#123456');
    expect(mapThemes(other, 'd1', learned().darkOf('flowchart', new Map()))).toBeNull();
    // Nor does one diagram type teach another.
    expect(mapThemes(light, 'd1', learned().darkOf('sequence', new Map()))).toBeNull();
  });

  it('leaves color words in label text alone', () => {
    const mapped = mapThemes(light, 'd1', learned().darkOf('flowchart', new Map()))!;
    expect(mapped).toContain('white paper');
  });

  it('marks a color seen with two dark values as unknown', () => {
    const colors = learned();
    colors.learn('flowchart', '#333333', '#333333');
    colors.learn('flowchart', '#333333', '#cccccc');
    expect(colors.darkOf('flowchart', new Map())('#333333')).toBeNull();
  });
});

describe("a diagram's own classDef colors", () => {
  const lightSource = 'flowchart TD\n  A --> B\n  classDef pale fill:#e1f5fe,stroke:#e1f5fe,color:#17181c';
  const darkSource = 'flowchart TD\n  A --> B\n  classDef pale fill:#1f4151,stroke:#8ab9cf,color:#e9ebef';

  it('maps as written and as Chromium writes an inline style', () => {
    const own = classDefColors(lightSource.replace(',stroke:#e1f5fe', ''), darkSource.replace(',stroke:#8ab9cf', ''));
    expect(own.get('#e1f5fe')).toBe('#1f4151');
    expect(own.get('rgb(225, 245, 254)')).toBe('rgb(31, 65, 81)');
  });

  it('are unknown when one light color has two dark ones (a fill and a stroke)', () => {
    const darkOf = new DarkColors().darkOf('flowchart', classDefColors(lightSource, darkSource));
    expect(darkOf('#e1f5fe')).toBeNull();
    expect(darkOf('#17181c')).toBe('#e9ebef');
  });
});
