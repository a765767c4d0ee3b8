import { describe, expect, it } from 'vitest';
import { centered, clampScale, fitScale, maxScale, minScale, openingView, zoomAt } from './zoom.ts';

describe('diagram viewer zoom', () => {
  it('clamps the scale to its bounds', () => {
    expect(clampScale(100)).toBe(maxScale);
    expect(clampScale(0.001)).toBe(minScale);
    expect(clampScale(1.5)).toBe(1.5);
  });

  it('fits a wide diagram into the viewport with a margin', () => {
    expect(fitScale({ width: 2000, height: 500 }, { width: 1032, height: 800 })).toBe(0.5);
  });

  it('fits a very wide diagram on a phone, below the manual zoom floor', () => {
    const scale = fitScale({ width: 2200, height: 1200 }, { width: 390, height: 700 });
    expect(scale).toBeLessThan(minScale);
    expect(2200 * scale).toBeLessThanOrEqual(390 - 32);
  });

  it('keeps the point under the cursor fixed while zooming', () => {
    const view = { scale: 1, x: 10, y: 20 };
    const zoomed = zoomAt(view, 2, 110, 220);
    // Content point under (110, 220) before: ((110-10)/1, (220-20)/1) = (100, 200).
    expect((110 - zoomed.x) / zoomed.scale).toBeCloseTo(100);
    expect((220 - zoomed.y) / zoomed.scale).toBeCloseTo(200);
  });

  it('centres content', () => {
    expect(centered(1, { width: 100, height: 50 }, { width: 300, height: 150 })).toEqual({ scale: 1, x: 100, y: 50 });
  });
});

describe('the view the viewer opens at', () => {
  const phone = { width: 390, height: 700 };
  const wide = { width: 1700, height: 1200 };
  const labels = [
    { x: 800, y: 10, width: 120, height: 30 },
    { x: 100, y: 600, width: 120, height: 30 },
  ];

  it('opens a wide diagram on a phone at the readable scale, not a tiny fit', () => {
    const view = openingView(wide, phone, 0.85, labels);
    expect(fitScale(wide, phone)).toBeLessThan(0.25);
    expect(view.scale).toBe(0.85);
  });

  it('shows the diagram’s first label on opening', () => {
    const view = openingView(wide, phone, 0.85, labels);
    const first = labels[0]!;
    const left = first.x * view.scale + view.x;
    const top = first.y * view.scale + view.y;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + first.width * view.scale).toBeLessThanOrEqual(phone.width);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(phone.height / 2);
  });

  it('fits and centres a diagram that is readable whole', () => {
    const view = openingView({ width: 600, height: 400 }, { width: 1280, height: 700 }, 0.85, labels);
    expect(view).toEqual(
      centered(
        fitScale({ width: 600, height: 400 }, { width: 1280, height: 700 }),
        { width: 600, height: 400 },
        { width: 1280, height: 700 },
      ),
    );
  });
});
