/**
 * The one font diagrams are measured and drawn in, shipped from npm: the
 * renderer page loads this stylesheet's @font-face and the site serves the same
 * one (astro.config.mjs customCss), so labels fit their boxes on every machine.
 */
export const diagramFont = {
  family: 'Inter',
  package: '@fontsource/inter',
  /** Latin, regular weight: Mermaid draws labels at 400; bold is synthesised alike in both places. */
  stylesheet: 'latin-400.css',
} as const;

/** Font stack for Mermaid: the shipped font first; the rest only covers characters outside its subset. */
export const diagramFontFamily = `${diagramFont.family}, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif`;
