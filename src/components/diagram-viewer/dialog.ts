/** The viewer's <dialog>: title, zoom toolbar, the viewport the diagram is panned in, and a live status. */
function button(label: string, text: string, action: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'diagram-dialog-button';
  element.textContent = text;
  element.setAttribute('aria-label', label);
  element.dataset.action = action;
  return element;
}

export interface DialogParts {
  dialog: HTMLDialogElement;
  heading: HTMLHeadingElement;
  toolbar: HTMLDivElement;
  viewport: HTMLDivElement;
  stage: HTMLDivElement;
  status: HTMLParagraphElement;
}

export function createDialog(): DialogParts {
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
  viewport.setAttribute('aria-label', 'Diagram. Drag or use the arrow keys to pan, plus and minus zoom, 0 fits.');
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
  trapFocus(dialog, [...toolbar.querySelectorAll('button'), viewport]);
  return { dialog, heading, toolbar, viewport, stage, status };
}

/**
 * Tab and Shift+Tab cycle through the dialog's controls. A modal <dialog>
 * keeps the page inert, but Chromium still tabs out to the browser's own
 * toolbar after the last control before coming back.
 */
function trapFocus(dialog: HTMLDialogElement, order: HTMLElement[]) {
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const first = order[0]!;
    const last = order.at(-1)!;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !dialog.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  });
}
