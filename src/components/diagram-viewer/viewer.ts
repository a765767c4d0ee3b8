import { centred, fitScale, zoomAt, zoomStep, type View } from './zoom.ts';

/**
 * Full-screen view for build-time diagrams: a native <dialog> (Escape closes,
 * focus returns to the button), zoom with buttons, wheel, pinch or + / - / 0,
 * pan by dragging or with the arrow keys. The page's own inline SVG moves into
 * the dialog and back, so nothing is fetched and no diagram library is involved.
 */
const panStep = 60;

function button(label: string, text: string, action: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'diagram-dialog-button';
  element.textContent = text;
  element.setAttribute('aria-label', label);
  element.dataset.action = action;
  return element;
}

function createDialog() {
  const dialog = document.createElement('dialog');
  dialog.className = 'diagram-dialog';
  const heading = document.createElement('h2');
  heading.className = 'diagram-dialog-title';
  heading.id = 'diagram-dialog-title';
  dialog.setAttribute('aria-labelledby', heading.id);
  const toolbar = document.createElement('div');
  toolbar.className = 'diagram-dialog-toolbar';
  toolbar.append(
    button('Zoom out', '−', 'out'),
    button('Zoom in', '+', 'in'),
    button('Fit to screen', 'Fit', 'fit'),
    button('Close', 'Close', 'close'),
  );
  const viewport = document.createElement('div');
  viewport.className = 'diagram-dialog-viewport';
  viewport.tabIndex = 0;
  viewport.setAttribute('role', 'group');
  viewport.setAttribute('aria-label', 'Diagram. Arrow keys pan, plus and minus zoom, 0 fits.');
  const stage = document.createElement('div');
  stage.className = 'diagram-dialog-stage';
  viewport.append(stage);
  const status = document.createElement('p');
  status.className = 'sr-only';
  status.setAttribute('aria-live', 'polite');
  const header = document.createElement('div');
  header.className = 'diagram-dialog-header';
  header.append(heading, toolbar);
  dialog.append(header, viewport, status);
  document.body.append(dialog);
  return { dialog, heading, toolbar, viewport, stage, status };
}

let parts: ReturnType<typeof createDialog> | undefined;
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
  view = centred(fitScale(content, size), content, size);
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

function wire(p: ReturnType<typeof createDialog>) {
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

/** Where the diagram came from, so it goes back on close: moved, not cloned, to keep its ids unique. */
let borrowed: { svg: SVGSVGElement; home: Element; next: Node | null } | null = null;

function giveBack() {
  if (!borrowed) return;
  borrowed.svg.removeAttribute('width');
  borrowed.svg.removeAttribute('height');
  borrowed.svg.style.maxWidth = '';
  borrowed.home.insertBefore(borrowed.svg, borrowed.next);
  borrowed = null;
}

function open(figure: HTMLElement) {
  const svg = [...figure.querySelectorAll<SVGSVGElement>('.diagram-canvas svg')].find(
    (candidate) => candidate.getClientRects().length > 0,
  );
  if (!svg?.parentElement) return;
  if (!parts) {
    parts = createDialog();
    wire(parts);
  }
  const box = svg.viewBox.baseVal;
  content = { width: box.width || svg.clientWidth, height: box.height || svg.clientHeight };
  borrowed = { svg, home: svg.parentElement, next: svg.nextSibling };
  svg.setAttribute('width', String(content.width));
  svg.setAttribute('height', String(content.height));
  svg.style.maxWidth = 'none';
  parts.stage.replaceChildren(svg);
  parts.heading.textContent = svg.getAttribute('aria-label') ?? 'Diagram';
  parts.dialog.showModal();
  parts.viewport.focus();
  fit();
}

for (const expand of document.querySelectorAll<HTMLButtonElement>('[data-diagram-expand]')) {
  expand.hidden = false;
  expand.addEventListener('click', () => {
    const figure = expand.closest<HTMLElement>('[data-diagram]');
    if (figure) open(figure);
  });
}
