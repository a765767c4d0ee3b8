/** Shows a run's answers under its sample: a one-line summary for screen readers, then the details. */
import type { StepResult } from './runner.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function stepView(result: StepResult): HTMLElement {
  const section = element('section', undefined, 'run-step');
  const line = element('p', undefined, 'run-line');
  line.append(
    element('code', `${result.request.method} ${result.request.path}`),
    ' → ',
    element('strong', `${result.status} ${result.statusText}`.trim(), result.status < 400 ? 'run-ok' : 'run-error'),
  );
  section.append(line);
  for (const note of result.notes) section.append(element('p', note, 'run-note'));
  if (result.headers.length > 0) {
    const list = element('dl', undefined, 'run-headers');
    for (const [name, value] of result.headers) list.append(element('dt', name), element('dd', value));
    section.append(list);
  }
  if (result.body) section.append(element('pre', result.body, 'run-body'));
  return section;
}

export function showResults(container: HTMLElement, summary: HTMLElement, results: StepResult[]): void {
  container.replaceChildren(...results.map(stepView));
  summary.textContent = results
    .map((result) =>
      `${result.request.method} ${result.request.path} answered ${result.status} ${result.statusText}`.trim(),
    )
    .join('; ');
}

export function showError(container: HTMLElement, summary: HTMLElement, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  container.replaceChildren(element('p', message, 'run-error'));
  summary.textContent = `Not run: ${message}`;
}
