/**
 * Lights the path a run takes on the build-time flowcharts, one step at a
 * time so the eye can follow it, and writes the same path as a list for
 * screen readers. Steps for every flowchart are applied, so switching
 * flowcharts after a run shows that flowchart's path too.
 */
import { h, prefersReducedMotion, required } from './dom.ts';
import type { FlowDiagramKey } from '../model/flow-map.ts';
import type { FlowStep } from '../model/flow-trace.ts';

/** Pause after each step on the flowchart on screen; the others are updated at once. */
const stepDelayMs = 120;

export class FlowView {
  readonly #root: HTMLElement;
  readonly #queue: FlowStep[] = [];
  #timer: number | undefined;
  #generation = 0;

  constructor(root: HTMLElement) {
    this.#root = root;
    for (const input of root.querySelectorAll<HTMLInputElement>('input[name="flow-diagram"]')) {
      input.addEventListener('change', () => {
        if (input.checked) this.show(input.value as FlowDiagramKey);
      });
    }
  }

  show(key: FlowDiagramKey): void {
    for (const panel of this.#root.querySelectorAll<HTMLElement>('[data-flow-panel]')) {
      panel.hidden = panel.dataset['flowPanel'] !== key;
      if (!panel.hidden) this.#follow(panel.querySelectorAll('[data-flow-node].is-current'));
    }
    const input = this.#root.querySelector<HTMLInputElement>(`input[name="flow-diagram"][value="${key}"]`);
    if (input) input.checked = true;
  }

  reset(): void {
    this.#generation += 1;
    this.#queue.length = 0;
    window.clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const element of this.#root.querySelectorAll('.is-lit, .is-current')) {
      element.classList.remove('is-lit', 'is-current');
    }
    for (const list of this.#root.querySelectorAll<HTMLElement>('[data-flow-path]')) {
      list.replaceChildren();
      required(list.parentElement!, '[data-flow-path-empty]').hidden = false;
    }
    this.#root.dataset['flowState'] = 'idle';
  }

  queue(step: FlowStep): void {
    this.#queue.push(step);
    this.#root.dataset['flowState'] = 'playing';
    if (this.#timer === undefined) this.#next(this.#generation);
  }

  #next(generation: number): void {
    const step = this.#queue.shift();
    if (!step || generation !== this.#generation) {
      this.#timer = undefined;
      if (generation === this.#generation) this.#root.dataset['flowState'] = 'done';
      return;
    }
    const visible = this.#apply(step);
    const delay = visible && !prefersReducedMotion() ? stepDelayMs : 0;
    this.#timer = window.setTimeout(() => this.#next(generation), delay);
  }

  /** Returns whether the step was on the flowchart on screen. */
  #apply(step: FlowStep): boolean {
    const panel = this.#root.querySelector<HTMLElement>(`[data-flow-panel="${step.diagram}"]`);
    if (!panel) return false;
    for (const edge of step.edges) {
      for (const element of panel.querySelectorAll(`[data-flow-edge="${CSS.escape(edge)}"]`)) {
        element.classList.add('is-lit');
      }
    }
    const list = this.#callList(panel, step.callId);
    for (const node of step.nodes) {
      const elements = panel.querySelectorAll(`[data-flow-node="${CSS.escape(node)}"]`);
      if (elements.length === 0) continue;
      for (const current of panel.querySelectorAll('.is-current')) current.classList.remove('is-current');
      for (const element of elements) element.classList.add('is-lit', 'is-current');
      if (!panel.hidden) this.#follow(elements);
      if (list.lastElementChild?.getAttribute('data-node') !== node) {
        list.append(
          h('li', { attributes: { 'data-node': node } }, elements[0]!.getAttribute('data-flow-label') ?? node),
        );
      }
    }
    required(panel, '[data-flow-path-empty]').hidden = true;
    return !panel.hidden;
  }

  /**
   * The flowcharts are wider (and taller) than the column: keep the node just
   * lit in view by scrolling the diagram's own canvas, never the page.
   */
  #follow(candidates: Iterable<Element>): void {
    // Light and dark may be two SVGs: follow the one on screen.
    const node = [...candidates].find((element) => element.getClientRects().length > 0);
    const canvas = node?.closest<HTMLElement>('.diagram-canvas');
    if (!node || !canvas) return;
    const box = node.getBoundingClientRect();
    const view = canvas.getBoundingClientRect();
    canvas.scrollTo({
      left: canvas.scrollLeft + box.left - view.left - (view.width - box.width) / 2,
      top: canvas.scrollTop + box.top - view.top - (view.height - box.height) / 2,
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
  }

  /** One list per call, so concurrent calls (a burst) read as separate paths. */
  #callList(panel: HTMLElement, callId: number): HTMLOListElement {
    const calls = required(panel, '[data-flow-path]');
    const existing = calls.querySelector<HTMLOListElement>(`[data-call="${callId}"] > ol`);
    if (existing) return existing;
    const list = h('ol');
    calls.append(
      h(
        'li',
        { dataset: { call: String(callId) } },
        h('span', { className: 'flow-path-call' }, `Call ${calls.childElementCount + 1}`),
        list,
      ),
    );
    return list;
  }
}
