import { describe, expect, it } from 'vitest';
import { centred, clampScale, fitScale, maxScale, minScale, zoomAt } from './zoom.ts';

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
    expect(centred(1, { width: 100, height: 50 }, { width: 300, height: 150 })).toEqual({ scale: 1, x: 100, y: 50 });
  });
});
