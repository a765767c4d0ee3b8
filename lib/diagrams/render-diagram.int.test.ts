import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagramCache } from './cache.ts';
import { DiagramService } from './render-diagram.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
const service = new DiagramService(new DiagramCache(cacheDir));
afterAll(() => service.close());

const graph = 'flowchart TB\n  A --> B & C\n  B --> D\n  C --> D\n  A --> D';

describe('DiagramService (real Chromium)', () => {
  it('renders one SVG that carries both themes', async () => {
    const outcome = await service.render(`flowchart LR\n  accTitle: Tiny\n  A["One<br>two"] --> B{"Ok?"}`);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect('both' in outcome.diagram.svg).toBe(true);
    // The SVG is XML: quotes inside <style> may be written as entities.
    const svg = ('both' in outcome.diagram.svg ? outcome.diagram.svg.both : '').replaceAll('&apos;', "'");
    expect(svg).toContain(`:root[data-theme='dark'] #${outcome.id}`);
    expect(svg).toContain('<title');
    expect(outcome.diagram.outline?.items).toEqual(['One — two → Ok?']);
  }, 60_000);

  it("reads a state diagram's [*] as Start or End in the text version", async () => {
    const outcome = await service.render('stateDiagram-v2\n  [*] --> Issued\n  Issued --> [*]: revoked');
    expect(outcome.ok && outcome.diagram.outline?.items).toEqual(['Start → Issued', 'Issued → End: revoked']);
  }, 60_000);

  it("reports Mermaid's message for a diagram that does not parse", async () => {
    const outcome = await service.render('flowchart TD\n  S1[[Resource] Service]');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(/Parse error on line 2/);
  }, 60_000);

  it('lays out `layout: elk` with ELK, not dagre', async () => {
    const dagre = await service.render(graph);
    const elk = await service.render(`---\nconfig:\n  layout: elk\n---\n${graph}`);
    if (!dagre.ok || !elk.ok) throw new Error('render failed');
    const paths = (d: typeof dagre) =>
      ('both' in d.diagram.svg ? d.diagram.svg.both : '').match(
        /class="[^"]*flowchart-link[^"]*"[^>]*d="([^"]+)"|d="([^"]+)"[^>]*class="[^"]*flowchart-link/g,
      ) ?? [];
    expect(paths(elk).length).toBeGreaterThan(0);
    expect(paths(elk).join()).not.toEqual(paths(dagre).join());
  }, 60_000);

  it('renders entities, emoji, subgraphs and classDef like the seeds use them', async () => {
    const outcome = await service.render(
      [
        'flowchart LR',
        '  subgraph ci["CI &amp; CD"]',
        '    push(["git push → main"]) --> fail(["❌ Workflow fails"])',
        '    push --> live(["✅ Docs live #quot;now#quot;"])',
        '  end',
        '  classDef bad fill:#ffebee,stroke:#c62828',
        '  fail:::bad',
      ].join('\n'),
    );
    if (!outcome.ok) throw new Error(outcome.error);
    const svg = 'both' in outcome.diagram.svg ? outcome.diagram.svg.both : '';
    expect(svg).toContain('❌ Workflow fails');
    expect(svg).toContain('✅ Docs live');
    expect(svg).toMatch(/CI (&amp;|&) CD/);
    expect(svg).not.toContain('#quot;');
  }, 60_000);

  it('renders each diagram once; only the first of a type is also rendered dark, to learn its colors', async () => {
    const own = new DiagramService(new DiagramCache(mkdtempSync(join(tmpdir(), 'diagram-cache-'))));
    try {
      const sequences = [1, 2, 3, 4].map(
        (n) => `sequenceDiagram\n  A${n}->>B: call ${n}\n  Note over A${n},B: note ${n}`,
      );
      const outcomes = await Promise.all(sequences.map((source) => own.render(source)));
      for (const outcome of outcomes) {
        if (!outcome.ok) throw new Error(outcome.error);
        expect('both' in outcome.diagram.svg).toBe(true);
      }
      expect(own.rendered).toBe(4);
      expect(own.browserRenders).toBe(5);
    } finally {
      await own.close();
    }
  }, 60_000);

  it('serves a repeated diagram from the cache without starting a browser', async () => {
    const source = 'flowchart LR\n  cached --> diagram';
    await service.render(source);
    const fresh = new DiagramService(new DiagramCache(cacheDir));
    const again = await fresh.render(source);
    expect(again.ok).toBe(true);
    expect(fresh.browserLaunched).toBe(false);
    expect(fresh.browserRenders).toBe(0);
  }, 60_000);
});
