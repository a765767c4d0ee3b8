import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDiagrams } from '../../scripts/bench/synthetic-diagrams.ts';
import { diagramsInContent } from './collect.ts';
import { classDefColors, DarkColors } from './dark-colors.ts';
import { optimizeSvg } from './optimize.ts';
import { MermaidRenderer } from './renderer.ts';
import { mergeThemes } from './theme-merge.ts';
import { mapThemes } from './theme-map.ts';
import { mermaidConfig, themedDiagramSource } from './themes.ts';

/**
 * The cheap paths must give the output of the expensive ones on the site's own
 * diagrams: one render with looked-up dark colors = a light and a dark render
 * merged; SVGO with the stylesheet stand-in = SVGO with Mermaid's stylesheet.
 */
const renderer = new MermaidRenderer();
afterAll(() => renderer.close());

async function bothThemes(source: string, id: string) {
  const lightSource = themedDiagramSource(source, 'light');
  const darkSource = themedDiagramSource(source, 'dark');
  const [light, dark] = await Promise.all([
    renderer.render({ id, source: lightSource, config: mermaidConfig('light') }),
    renderer.render({ id, source: darkSource, config: mermaidConfig('dark'), outline: false }),
  ]);
  if (!light.ok || !dark.ok) throw new Error(`${id} does not render`);
  return { light, dark, own: classDefColors(lightSource, darkSource) };
}

const site = diagramsInContent().map((diagram) => diagram.source);
const colors = new DarkColors();
let rendered: { id: string; type: string; merged: string | null; mapped: string | null }[] = [];

beforeAll(async () => {
  // Taught by one synthetic diagram of each kind, as a build's first diagrams teach the rest.
  for (const [index, source] of syntheticDiagrams(3, 9000).entries()) {
    const { light, dark, own } = await bothThemes(source, `teach-${index}`);
    mergeThemes(light.svg, dark.svg, `teach-${index}`, (from, to, rule) => {
      if (own.get(from) !== to) colors.learn(light.diagramType, from, to, rule);
    });
  }
  rendered = await Promise.all(
    site.map(async (source, index) => {
      const id = `site-${index}`;
      const { light, dark, own } = await bothThemes(source, id);
      return {
        id,
        type: light.diagramType,
        merged: mergeThemes(light.svg, dark.svg, id),
        mapped: mapThemes(light.svg, id, colors.darkOf(light.diagramType, own)),
      };
    }),
  );
}, 180_000);

describe("the site's diagrams rendered once", () => {
  it('are the SVG a light and a dark render merge into, byte for byte', () => {
    expect(site.length).toBeGreaterThan(10);
    for (const { id, merged, mapped } of rendered) {
      expect(merged, id).not.toBeNull();
      // Null would mean a second render; it may happen, but not to most of the site.
      if (mapped !== null) expect(mapped, id).toBe(merged);
    }
    const once = rendered.filter((r) => r.mapped !== null).length;
    expect(once / rendered.length).toBeGreaterThan(0.9);
  });

  it('lose nothing to SVGO running with the stylesheet stand-in', () => {
    const tags = (svg: string) => [...svg.matchAll(/<([a-zA-Z]+)[\s>/]/g)].map((m) => m[1]).join(' ');
    let real = 0;
    let standIn = 0;
    for (const { id, merged } of rendered) {
      const a = optimizeSvg(merged!, { alreadyXml: true, realStylesheet: true });
      const b = optimizeSvg(merged!, { alreadyXml: true });
      // Same elements in the same order, the same stylesheet text.
      expect(tags(b), id).toBe(tags(a));
      expect(/<style>([^<]*)<\/style>/.exec(b)?.[1], id).toBe(/<style>([^<]*)<\/style>/.exec(a)?.[1]);
      real += a.length;
      standIn += b.length;
    }
    // Where SVGO cannot rule out a stroke it keeps a little more (a stroke width, a closing segment).
    expect(standIn).toBeGreaterThanOrEqual(real);
    expect(standIn / real).toBeLessThan(1.01);
  }, 60_000);
});
