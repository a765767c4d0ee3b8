import { createDialog, type DialogParts } from './dialog.ts';
import { arrangeDiagramsInPlace } from './in-place.ts';
import { labelBoxes, visibleSvg } from './label-boxes.ts';
import type { Box } from './reading-start.ts';
import { fitScale, centered, openingView, zoomAt, zoomStep, type View } from './zoom.ts';

/**
 * Full-screen view for build-time diagrams: a native <dialog> (Escape closes,
 * focus returns to the button), zoom with buttons, wheel, pinch or + / - / 0,
 * pan by dragging or with the arrow keys. The page's own inline SVG moves into
 * the dialog and back, so nothing is fetched and no diagram library is involved.
 */
const panStep = 60;

let parts: DialogParts | undefined;
let view: View = { scale: 1, x: 0, y: 0 };
let content = { width: 1, height: 1 };

function apply() {
  if (!parts) return;
  parts.stage.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
  parts.status.textContent = `Zoom ${Math.round(view.scale * 100)} %`;
}

function viewportSize() {
  const rect = parts!.viewport.getBoundingClientRect();
  return { width: rect.width, height: rect.height };
}

function fit() {
  const size = viewportSize();
  view = centered(fitScale(content, size), content, size);
  apply();
}

function zoom(factor: number, point?: { x: number; y: number }) {
  const size = viewportSize();
  view = zoomAt(view, factor, point?.x ?? size.width / 2, point?.y ?? size.height / 2);
  apply();
}

function pan(dx: number, dy: number) {
  view = { ...view, x: view.x + dx, y: view.y + dy };
  apply();
}

function wire(p: DialogParts) {
  p.toolbar.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button')?.dataset.action;
    if (action === 'in') zoom(zoomStep);
    else if (action === 'out') zoom(1 / zoomStep);
    else if (action === 'fit') fit();
    else if (action === 'close') p.dialog.close();
  });
  p.viewport.addEventListener('keydown', (event) => {
    const keys: Record<string, () => void> = {
      '+': () => zoom(zoomStep),
      '=': () => zoom(zoomStep),
      '-': () => zoom(1 / zoomStep),
      '0': fit,
      ArrowLeft: () => pan(panStep, 0),
      ArrowRight: () => pan(-panStep, 0),
      ArrowUp: () => pan(0, panStep),
      ArrowDown: () => pan(0, -panStep),
    };
    const handler = keys[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  });
  p.viewport.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const rect = p.viewport.getBoundingClientRect();
      zoom(event.deltaY < 0 ? zoomStep : 1 / zoomStep, { x: event.clientX - rect.left, y: event.clientY - rect.top });
    },
    { passive: false },
  );
  // One pointer pans; two pointers pinch-zoom around their midpoint.
  const pointers = new Map<number, { x: number; y: number }>();
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  p.viewport.addEventListener('pointerdown', (event) => {
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    p.viewport.setPointerCapture(event.pointerId);
  });
  p.viewport.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    const before = spread();
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 1) {
      pan(event.clientX - last.x, event.clientY - last.y);
    } else if (before > 0) {
      const [a, b] = [...pointers.values()];
      const rect = p.viewport.getBoundingClientRect();
      zoom(spread() / before, { x: (a!.x + b!.x) / 2 - rect.left, y: (a!.y + b!.y) / 2 - rect.top });
    }
  });
  const release = (event: PointerEvent) => pointers.delete(event.pointerId);
  p.viewport.addEventListener('pointerup', release);
  p.viewport.addEventListener('pointercancel', release);
  p.dialog.addEventListener('close', giveBack);
}

/**
 * Where the diagram came from, so it goes back on close: moved, not cloned, to
 * keep its ids unique. A placeholder of the same size holds its place, so the
 * page under the dialog keeps its layout and scroll position (without it, the
 * page shrinks by the diagram's height and, on a phone, jumps on close).
 */
let borrowed: {
  svg: SVGSVGElement;
  placeholder: HTMLElement;
  expand: HTMLButtonElement;
  scroll: { x: number; y: number };
} | null = null;

function giveBack() {
  if (!borrowed) return;
  const { svg, placeholder, expand, scroll } = borrowed;
  borrowed = null;
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.style.maxWidth = '';
  placeholder.replaceWith(svg);
  window.scrollTo(scroll.x, scroll.y);
  // The dialog returns focus to Expand; it must be on screen, not above it.
  const box = expand.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) expand.scrollIntoView({ block: 'nearest' });
}

function open(figure: HTMLElement, expand: HTMLButtonElement) {
  const svg = visibleSvg(figure);
  if (!svg?.parentElement) return;
  if (!parts) {
    parts = createDialog();
    wire(parts);
  }
  const box = svg.viewBox.baseVal;
  const drawn = svg.getBoundingClientRect();
  content = { width: box.width || drawn.width, height: box.height || drawn.height };
  // Measured while still in the page: where the labels are, in the diagram's own units.
  const labels: Box[] = labelBoxes(svg, drawn, drawn.width / content.width || 1);
  const placeholder = document.createElement('div');
  placeholder.className = 'diagram-placeholder';
  placeholder.style.width = `${drawn.width}px`;
  placeholder.style.height = `${drawn.height}px`;
  borrowed = { svg, placeholder, expand, scroll: { x: window.scrollX, y: window.scrollY } };
  svg.replaceWith(placeholder);
  svg.setAttribute('width', String(content.width));
  svg.setAttribute('height', String(content.height));
  svg.style.maxWidth = 'none';
  parts.stage.replaceChildren(svg);
  parts.heading.textContent = svg.getAttribute('aria-label') ?? 'Diagram';
  parts.dialog.showModal();
  parts.viewport.focus();
  view = openingView(content, viewportSize(), Number(figure.dataset.readableScale) || 1, labels);
  apply();
}

for (const expand of document.querySelectorAll<HTMLButtonElement>('[data-diagram-expand]')) {
  expand.hidden = false;
  expand.addEventListener('click', () => {
    const figure = expand.closest<HTMLElement>('[data-diagram]');
    if (figure) open(figure, expand);
  });
}
arrangeDiagramsInPlace();
