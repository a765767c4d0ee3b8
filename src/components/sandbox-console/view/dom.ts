/**
 * Builds elements for the console. Text always goes in as text nodes: values
 * typed by the reader or returned by the API (a user named `<script>`) are
 * shown, never parsed as HTML.
 */

export type Child = Node | string | number | null | undefined | false;

export interface ElementOptions {
  className?: string;
  attributes?: Readonly<Record<string, string>>;
  dataset?: Readonly<Record<string, string>>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  for (const [name, value] of Object.entries(options.dataset ?? {})) element.dataset[name] = value;
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** The element matching `selector` inside `root`; a missing one is a build mistake, so it throws. */
export function required<E extends Element = HTMLElement>(root: ParentNode, selector: string): E {
  const element = root.querySelector<E>(selector);
  if (!element) throw new Error(`Sandbox console: no element matches ${selector}`);
  return element;
}

export const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
