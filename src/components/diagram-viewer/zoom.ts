/** Pure zoom/pan arithmetic for the diagram viewer, kept apart so it is unit-tested. */
import { readingStartX, readingStartY, type Box } from './reading-start.ts';

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

/** Room left around a fitted diagram, in CSS pixels. */
export const fitMargin = 16;

/**
 * Scale that fits content inside the viewport with a margin. It may go below
 * `minScale` (a 2000 px diagram on a phone) so the whole diagram is visible,
 * and enlarges small diagrams at most 2×.
 */
export function fitScale(
  content: { width: number; height: number },
  viewport: { width: number; height: number },
): number {
  if (content.width <= 0 || content.height <= 0) return 1;
  const room = {
    width: Math.max(1, viewport.width - 2 * fitMargin),
    height: Math.max(1, viewport.height - 2 * fitMargin),
  };
  return Math.min(room.width / content.width, room.height / content.height, 2);
}

/** Zoom by `factor` keeping the point (px, py) of the viewport fixed on screen. */
export function zoomAt(view: View, factor: number, px: number, py: number): View {
  // Zooming out never goes below the fitted scale the view may already be at.
  const scale = Math.min(maxScale, Math.max(Math.min(minScale, view.scale), view.scale * factor));
  const ratio = scale / view.scale;
  return { scale, x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio };
}

/** View that centres content at `scale` in the viewport. */
export function centered(
  scale: number,
  content: { width: number; height: number },
  viewport: { width: number; height: number },
): View {
  return { scale, x: (viewport.width - content.width * scale) / 2, y: (viewport.height - content.height * scale) / 2 };
}

/**
 * The view the viewer opens at: the whole diagram when it fits at a readable
 * scale; otherwise the readable scale (never a 20 % "fit" on a phone), placed
 * where the diagram starts (reading-start.ts). A dimension that fits is centered.
 */
export function openingView(
  content: { width: number; height: number },
  viewport: { width: number; height: number },
  readableScale: number,
  labels: readonly Box[],
): View {
  const fitted = fitScale(content, viewport);
  if (fitted >= readableScale) return centered(fitted, content, viewport);
  const scale = readableScale;
  const room = { width: viewport.width / scale, height: viewport.height / scale };
  const middle = centered(scale, content, viewport);
  const x =
    content.width * scale <= viewport.width
      ? middle.x
      : -readingStartX(labels, content.width, room.width, room.height) * scale;
  const y = content.height * scale <= viewport.height ? middle.y : fitMargin - readingStartY(labels, 0) * scale;
  return { scale, x, y };
}
