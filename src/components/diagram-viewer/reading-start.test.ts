import { describe, expect, it } from 'vitest';
import { readingStartX, readingStartY, type Box } from './reading-start.ts';

const box = (x: number, y: number, width = 100, height = 40): Box => ({ x, y, width, height });

describe('where a reader lands in a wide diagram', () => {
  it('starts at the left edge when the diagram fits', () => {
    expect(readingStartX([box(500, 0)], 300, 400, 800)).toBe(0);
  });

  it('brings a top-down flowchart’s first node into view instead of an empty left edge', () => {
    // Start node in the middle of a 1700-unit-wide chart, branches below to both sides.
    const labels = [box(800, 0), box(800, 100), box(100, 600), box(1500, 600)];
    const x = readingStartX(labels, 1700, 380, 900);
    expect(x).toBeLessThanOrEqual(800);
    expect(x + 380).toBeGreaterThanOrEqual(900);
  });

  it('keeps the topmost label and shows as many early labels as fit beside it', () => {
    // Client tier top right, edge tier below it on the right, application tier far left.
    const labels = [box(700, 0, 500), box(800, 150), box(1000, 150), box(50, 300)];
    const x = readingStartX(labels, 1300, 700, 600);
    expect(x).toBeLessThanOrEqual(700);
    expect(x + 700).toBeGreaterThanOrEqual(1200);
    const shown = labels.filter((label) => label.x >= x && label.x + label.width <= x + 700);
    expect(shown).toHaveLength(3);
  });

  it('starts left-to-right diagrams (a row of actors) at their left edge', () => {
    const actors = [box(0, 0), box(300, 0), box(600, 0), box(900, 0)];
    expect(readingStartX(actors, 1000, 450, 800)).toBe(0);
  });

  it('starts a sequence diagram at its first participant, though Mermaid draws the participants right to left', () => {
    // Participant labels in DOM order (last participant first), then the first message below them.
    const labels = [box(760, 29, 113, 20), box(580, 29), box(400, 29), box(250, 29, 64, 20), box(97, 29, 23, 20)];
    expect(readingStartX([...labels, box(150, 83)], 961, 630, 600)).toBe(0);
  });

  it('stays at the left edge when it already shows the topmost label, even if more labels fit further right', () => {
    // A left-to-right flow: its start node at the far left, a group title above the middle, two nodes far right.
    // Moving right by 200 would show one more label but hide the start node.
    const labels = [box(200, 0), box(0, 60), box(700, 60), box(750, 120)];
    expect(readingStartX(labels, 900, 650, 600)).toBe(0);
  });

  it('centres on a first label wider than the window', () => {
    expect(readingStartX([box(400, 0, 600)], 2000, 300, 800)).toBe(550);
  });

  it('never leaves the content', () => {
    expect(readingStartX([box(1950, 0, 50)], 2000, 300, 800)).toBe(1700);
  });

  it('starts just above the topmost label', () => {
    expect(readingStartY([box(0, 300), box(0, 120)], 16)).toBe(104);
    expect(readingStartY([], 16)).toBe(0);
  });
});
