/**
 * Where a reader should land in a diagram that is larger than the window it is
 * shown in (the page column, the viewer on a phone). Pure arithmetic on the
 * labels' boxes, in the diagram's own coordinates, so it is unit-tested.
 *
 * Starting at the left edge often shows nothing: a top-down flowchart puts its
 * first node in the middle, an ELK layout may leave the top-left corner empty.
 * The reader should see where the diagram starts (its topmost label) and as
 * much of its beginning as fits.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Labels whose tops differ by at most this many units are one row. */
const rowTolerance = 1;

/**
 * Left edge of the window (of `windowWidth` content units) to show first: the
 * left edge of the diagram when the topmost label is whole there (diagrams
 * that read left to right, sequence diagrams); otherwise a position that
 * keeps the topmost label in view and, among such positions, shows the most
 * labels whose top lies within the first `windowHeight` units below it (ties
 * to the leftmost). The result is clamped to [0, contentWidth - windowWidth].
 */

export function readingStartX(
  labels: readonly Box[],
  contentWidth: number,
  windowWidth: number,
  windowHeight: number,
): number {
  const maxX = Math.max(0, contentWidth - windowWidth);
  if (maxX === 0 || labels.length === 0) return 0;
  const clamp = (x: number) => Math.min(maxX, Math.max(0, x));
  // The topmost label; in a row of equally high ones (a sequence diagram's
  // participants, which Mermaid draws right to left), the leftmost.
  const first = labels.reduce((top, label) =>
    label.y < top.y - rowTolerance || (Math.abs(label.y - top.y) <= rowTolerance && label.x < top.x) ? label : top,
  );
  const early = labels.filter((label) => label.y < first.y + windowHeight);
  // Every position that keeps the first label whole, if it fits; else centre on it.
  const low = clamp(first.x + first.width - windowWidth);
  const high = clamp(first.x);
  if (low > high) return clamp(first.x + first.width / 2 - windowWidth / 2);
  // The left edge already shows where the diagram starts: stay there, so the
  // shapes drawn left of that label (a participant's box, a start node) stay whole.
  if (low === 0) return 0;
  // The count only changes where a label's edge meets a window edge: try those positions.
  const candidates = new Set([low, high]);
  for (const label of early) {
    for (const x of [label.x, label.x + label.width - windowWidth]) if (x >= low && x <= high) candidates.add(x);
  }
  let best = low;
  let bestCount = -1;
  for (const x of [...candidates].sort((a, b) => a - b)) {
    const count = early.filter((label) => label.x >= x && label.x + label.width <= x + windowWidth).length;
    if (count > bestCount) {
      best = x;
      bestCount = count;
    }
  }
  return best;
}

/** Top edge of the first window: just above the topmost label. */
export function readingStartY(labels: readonly Box[], margin: number): number {
  if (labels.length === 0) return 0;
  return Math.max(0, Math.min(...labels.map((label) => label.y)) - margin);
}
