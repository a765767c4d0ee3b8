import { labelBoxes, visibleSvg } from './label-boxes.ts';
import { readingStartX } from './reading-start.ts';

/**
 * Diagrams in the page: a diagram wider than the column keeps its labels
 * readable and scrolls sideways, so say so above it ("scroll sideways, or
 * Expand") and start the scroll where the diagram starts, not at an empty
 * left edge.
 */
function arrange(figure: HTMLElement, canvas: HTMLElement, started: WeakSet<HTMLElement>) {
  const hint = figure.querySelector<HTMLElement>('[data-diagram-hint]');
  const overflowing = canvas.scrollWidth > canvas.clientWidth + 1;
  if (hint) hint.hidden = !overflowing;
  if (!overflowing || started.has(canvas)) return;
  const svg = visibleSvg(figure);
  if (!svg) return;
  started.add(canvas);
  // Leave a reader's own scrolling alone (a reload keeps it).
  if (canvas.scrollLeft !== 0) return;
  const view = canvas.getBoundingClientRect();
  const boxes = labelBoxes(svg, { left: view.left - canvas.scrollLeft, top: svg.getBoundingClientRect().top });
  // The part of the diagram a reader sees first: about one screen below its top.
  canvas.scrollLeft = readingStartX(boxes, canvas.scrollWidth, canvas.clientWidth, window.innerHeight * 0.75);
}

export function arrangeDiagramsInPlace(): void {
  const started = new WeakSet<HTMLElement>();
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const canvas = entry.target as HTMLElement;
      const figure = canvas.closest<HTMLElement>('[data-diagram]');
      if (figure) arrange(figure, canvas, started);
    }
  });
  for (const canvas of document.querySelectorAll<HTMLElement>('[data-diagram] .diagram-canvas')) {
    observer.observe(canvas);
  }
}
