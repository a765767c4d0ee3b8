import { describe, expect, it } from 'vitest';
import { dropDanglingGradientRules, optimizeSvg, toXml } from './optimize.ts';

describe('diagram SVG optimisation', () => {
  it('turns Mermaid HTML labels into well-formed XML', () => {
    expect(toXml('<svg><foreignObject><div>a<br>b</div></foreignObject></svg>')).toContain('a<br/>b');
  });

  it('drops CSS rules that point at a gradient nothing defines', () => {
    const svg = '<svg><style>#d .a{fill:red}#d .b{stroke:url(#d-gradient)}</style></svg>';
    expect(dropDanglingGradientRules(svg)).toBe('<svg><style>#d .a{fill:red}</style></svg>');
    const defined = '<svg><style>#d .b{stroke:url(#d-gradient)}</style><linearGradient id="d-gradient"/></svg>';
    expect(dropDanglingGradientRules(defined)).toBe(defined);
  });

  it('keeps labels, ids and viewBox while shrinking numbers', () => {
    const svg =
      '<svg id="d" viewBox="0 0 100.123456 50.98765" xmlns="http://www.w3.org/2000/svg"><style>#d .x{fill:red}</style>' +
      '<path d="M 0.123456 0.987654 L 10.555555 20.444444" class="x"/><foreignObject width="10" height="10">' +
      '<div xmlns="http://www.w3.org/1999/xhtml"><span class="nodeLabel">Label</span></div></foreignObject></svg>';
    const out = optimizeSvg(svg);
    expect(out).toContain('id="d"');
    expect(out).toContain('viewBox');
    expect(out).toContain('class="nodeLabel"');
    expect(out).toContain('Label');
    expect(out.length).toBeLessThan(svg.length);
  });
});
