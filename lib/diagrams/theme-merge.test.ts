import { describe, expect, it } from 'vitest';
import { mergeThemes } from './theme-merge.ts';

const render = (fill: string, text: string, stroke = '#333333') =>
  `<svg id="d1" viewBox="0 0 10 10"><style>#d1 .node rect{fill:${fill};stroke:${stroke}}#d1{color:${text}}</style>` +
  `<g class="node"><rect x="1" y="1" width="8" height="8" fill="${fill}" style="stroke:${stroke}"></rect>` +
  `<foreignObject width="8" height="8"><div xmlns="http://www.w3.org/1999/xhtml">Label<br>two</div></foreignObject></g></svg>`;

describe('mergeThemes', () => {
  it('turns colours that differ into variables switched by data-theme', () => {
    const merged = mergeThemes(render('#ffffff', '#111111'), render('#222222', '#eeeeee'), 'd1')!;
    expect(merged).toContain(`#d1{--d0:#ffffff`);
    expect(merged).toContain(`:root[data-theme='dark'] #d1{--d0:#222222`);
    // Printed in the light colours whatever the theme: the dark ones apply on screen only.
    expect(merged).toContain(`@media screen{:root[data-theme='dark'] #d1{`);
    expect(merged).toContain('fill:var(--d0)');
    // A presentation attribute cannot hold var(): the colour moved into style.
    expect(merged).not.toMatch(/<rect[^>]* fill="/);
    // Colours equal in both themes stay literal.
    expect(merged).toContain('stroke:#333333');
  });

  it('keeps the geometry and text once', () => {
    const merged = mergeThemes(render('#ffffff', '#111111'), render('#222222', '#eeeeee'), 'd1')!;
    expect(merged.match(/<rect/g)).toHaveLength(1);
    expect(merged).toContain('Label<br/>two');
  });

  it('refuses to merge renders whose shapes differ', () => {
    const other = render('#222222', '#eeeeee').replace('width="8"', 'width="9"');
    expect(mergeThemes(render('#ffffff', '#111111'), other, 'd1')).toBeNull();
  });
});
