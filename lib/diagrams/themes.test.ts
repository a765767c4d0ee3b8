import { colord } from 'colord';
import { describe, expect, it } from 'vitest';
import { darkenStyleColour, mermaidConfig, themedDiagramSource } from './themes.ts';

describe('diagram themes', () => {
  it('uses the same fonts and sizes in both themes, so layouts match', () => {
    const light = mermaidConfig('light').themeVariables as Record<string, unknown>;
    const dark = mermaidConfig('dark').themeVariables as Record<string, unknown>;
    expect(light.fontFamily).toBe(dark.fontFamily);
    expect(light.fontSize).toBe(dark.fontSize);
    expect(dark.darkMode).toBe(true);
  });

  it('deepens pale classDef fills for the dark theme and keeps their hue', () => {
    const pale = '#e1f5fe';
    const dark = darkenStyleColour('fill', pale);
    expect(colord(dark).toHsl().l).toBeLessThan(30);
    expect(Math.abs(colord(dark).toHsl().h - colord(pale).toHsl().h)).toBeLessThan(3);
  });

  it('adds a text colour wherever a fill is set, in both themes', () => {
    const source = 'flowchart TD\n  A --> B\n  classDef pale fill:#e1f5fe\n  style A fill:#fff3e0,stroke:#333';
    const light = themedDiagramSource(source, 'light');
    const dark = themedDiagramSource(source, 'dark');
    expect(light).toContain('classDef pale fill:#e1f5fe,color:#17181c');
    expect(dark).toMatch(/classDef pale fill:#[0-9a-f]{6},color:#e9ebef/);
    expect(dark).not.toContain('#e1f5fe');
    expect(dark.split('\n')).toHaveLength(source.split('\n').length);
  });

  it('leaves a writer-chosen text colour alone in light and lightens a dark one in dark', () => {
    expect(themedDiagramSource('  classDef x fill:#fff,color:#000', 'light')).toBe('  classDef x fill:#fff,color:#000');
    expect(themedDiagramSource('  classDef x fill:#fff,color:#000', 'dark')).toContain('color:#e9ebef');
  });
});
