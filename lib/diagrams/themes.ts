import { colord, extend } from 'colord';
import mixPlugin from 'colord/plugins/mix';
import { diagramFontFamily } from './font.ts';

extend([mixPlugin]);

export type ThemeName = 'light' | 'dark';
export type MermaidConfig = Record<string, unknown>;

/** Text is measured at build time in the font the site serves (font.ts), so labels fit on every screen. */
const fontFamily = diagramFontFamily;

/** Size of every label, in CSS pixels at the diagram's natural size. */
export const diagramFontSizePx = 15;

/** Colours follow Starlight's palette (accent blue, neutral grays) in each theme. */
const palettes: Record<ThemeName, Record<string, string | boolean>> = {
  light: {
    darkMode: false,
    background: '#ffffff',
    primaryColor: '#e8f0fd',
    primaryBorderColor: '#1a5fc2',
    primaryTextColor: '#17181c',
    secondaryColor: '#f2f3f5',
    tertiaryColor: '#fafafb',
    lineColor: '#545861',
    textColor: '#17181c',
    clusterBkg: '#f5f6f8',
    clusterBorder: '#b7bac1',
    edgeLabelBackground: '#ffffff',
    noteBkgColor: '#fff6d6',
    noteBorderColor: '#c9a227',
    noteTextColor: '#17181c',
  },
  dark: {
    darkMode: true,
    background: '#17181c',
    primaryColor: '#1d2b43',
    primaryBorderColor: '#6ea6f5',
    primaryTextColor: '#e9ebef',
    secondaryColor: '#262930',
    tertiaryColor: '#1f2126',
    lineColor: '#aeb3bd',
    textColor: '#e9ebef',
    clusterBkg: '#1f2227',
    clusterBorder: '#50545e',
    edgeLabelBackground: '#17181c',
    noteBkgColor: '#3d3519',
    noteBorderColor: '#b49422',
    noteTextColor: '#f3ecd2',
  },
};

export function mermaidConfig(theme: ThemeName): MermaidConfig {
  return {
    theme: 'base',
    themeVariables: { ...palettes[theme], fontFamily, fontSize: `${diagramFontSizePx}px` },
    securityLevel: 'strict',
    // Shapes drawn through rough.js get random control points unless seeded; a fixed
    // seed makes both theme renders (and every rebuild) identical in geometry.
    handDrawnSeed: 1,
    htmlLabels: true,
    flowchart: { useMaxWidth: true, curve: 'basis' },
    // Sequence diagrams measure actors, messages and notes with their own font
    // settings (Mermaid defaults to Trebuchet at other sizes): pin them to the
    // font the SVG is drawn in, or note text spills out of its box.
    sequence: {
      useMaxWidth: true,
      mirrorActors: false,
      actorFontFamily: fontFamily,
      messageFontFamily: fontFamily,
      noteFontFamily: fontFamily,
      actorFontSize: diagramFontSizePx,
      messageFontSize: diagramFontSizePx,
      noteFontSize: diagramFontSizePx,
      noteMargin: 12,
    },
    state: { useMaxWidth: true },
  };
}

const textColour: Record<ThemeName, string> = { light: '#17181c', dark: '#e9ebef' };

/**
 * Writers pick classDef colours for a light page (pale fills, dark text). On the
 * dark theme the same pale fill under light text is unreadable, so the dark
 * render gets each fill deepened in its own hue, strokes brightened, and text
 * made light — the diagram keeps its colour coding in both themes.
 */
export function darkenStyleColour(property: string, value: string): string {
  const colour = colord(value);
  if (!colour.isValid()) return value;
  const { h, s } = colour.toHsl();
  if (property === 'fill' || property === 'background' || property === 'background-color') {
    return colord({ h, s: Math.min(s, 45), l: 22 }).toHex();
  }
  if (property === 'stroke' || property === 'border-color') {
    return colord({ h, s: Math.min(s, 60), l: 62 }).toHex();
  }
  if (property === 'color') return colour.isDark() ? textColour.dark : value;
  return value;
}

const styleLine = /^(\s*(?:classDef\s+\S+|style\s+\S+)\s+)(.+)$/;

/**
 * Adapts `classDef` and `style` lines to a theme. Both themes get an explicit
 * text colour wherever a fill is set, so the two renders have the same shape
 * and can be merged into one SVG (theme-merge.ts).
 */
export function themedDiagramSource(source: string, theme: ThemeName): string {
  return source
    .split('\n')
    .map((line) => {
      const match = styleLine.exec(line);
      if (!match) return line;
      const declarations = match[2]!.split(',').map((declaration) => {
        const [property, ...rest] = declaration.split(':');
        if (theme === 'light' || !property || rest.length === 0) return declaration;
        return `${property}:${darkenStyleColour(property.trim().toLowerCase(), rest.join(':').trim())}`;
      });
      const hasFill = declarations.some((d) => /^\s*fill\s*:/i.test(d));
      const hasColour = declarations.some((d) => /^\s*color\s*:/i.test(d));
      if (hasFill && !hasColour) declarations.push(`color:${textColour[theme]}`);
      return match[1] + declarations.join(',');
    })
    .join('\n');
}
