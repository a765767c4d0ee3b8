/** Pure zoom/pan arithmetic for the diagram viewer, kept apart so it is unit-tested. */
export interface View {
  scale: number;
  x: number;
  y: number;
}

export const minScale = 0.25;
export const maxScale = 6;
export const zoomStep = 1.25;

export function clampScale(scale: number): number {
  return Math.min(maxScale, Math.max(minScale, scale));
}

/** Scale that fits content of the given size inside the viewport, never enlarging past 100 %... unless tiny. */
export function fitScale(
  content: { width: number; height: number },
  viewport: { width: number; height: number },
): number {
  if (content.width <= 0 || content.height <= 0) return 1;
  return clampScale(Math.min(viewport.width / content.width, viewport.height / content.height, 2));
}

/** Zoom by `factor` keeping the point (px, py) of the viewport fixed on screen. */
export function zoomAt(view: View, factor: number, px: number, py: number): View {
  const scale = clampScale(view.scale * factor);
  const ratio = scale / view.scale;
  return { scale, x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio };
}

/** View that centres content at `scale` in the viewport. */
export function centred(
  scale: number,
  content: { width: number; height: number },
  viewport: { width: number; height: number },
): View {
  return { scale, x: (viewport.width - content.width * scale) / 2, y: (viewport.height - content.height * scale) / 2 };
}
