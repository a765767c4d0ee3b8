import { afterAll, describe, expect, it } from 'vitest';
import { DiagramCache } from './cache.ts';
import { DiagramService } from './render-diagram.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const service = new DiagramService(new DiagramCache(mkdtempSync(join(tmpdir(), 'edge-labels-'))));
afterAll(() => service.close());

/** Width of the edge label box holding `text`. */
function labelWidth(svg: string, text: string): number {
  const match = new RegExp(`<foreignObject width="([\\d.]+)"[^>]*>(?:(?!</foreignObject>)[\\s\\S])*${text}`).exec(svg);
  if (!match) throw new Error(`no label ${text}`);
  return Number(match[1]);
}

describe('edge labels (real Chromium)', () => {
  it('fit their wrapped lines, so a neighbour’s background cannot hide a label’s end', async () => {
    const outcome = await service.render(
      [
        'stateDiagram-v2',
        '  [*] --> Active',
        '  Active --> Expired: TTL elapsed<br>(3600 s)',
        '  Expired --> Active: Refreshed with the refresh_token',
      ].join('\n'),
    );
    if (!outcome.ok) throw new Error(outcome.error);
    const svg = 'both' in outcome.diagram.svg ? outcome.diagram.svg.both : outcome.diagram.svg.light;
    // Mermaid wraps this label at 200 px and kept the box at 200 px; its widest line is ~135 px.
    expect(labelWidth(svg, 'Refreshed with the')).toBeLessThan(170);
    expect(labelWidth(svg, 'TTL elapsed')).toBeGreaterThan(70);
  }, 60_000);
});
