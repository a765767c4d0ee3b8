/**
 * Below Scalar's wide layout the client stacks the response under the
 * request, so on a phone the answer to "Send" arrives out of sight. After each
 * response this scrolls the client's pane so the response's top shows, unless
 * it already does (side by side on a desktop nothing moves).
 */

/** Scalar 1.72 labels the client's response pane so. */
const responseSelector = '.scalar-client section[aria-label="Response"]';

function scrollParent(element: Element): HTMLElement | undefined {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if ((overflowY === 'auto' || overflowY === 'scroll') && parent.scrollHeight > parent.clientHeight) return parent;
  }
  return undefined;
}

/** The pane scrolled so that `target`'s top sits at the pane's top, or undefined when it is already in view. */
export function scrollTopToReveal(
  target: { top: number },
  pane: { top: number; bottom: number },
  scrollTop: number,
  /** Part of the target that must show for it to count as seen: its heading and status line. */
  visiblePx = 48,
): number | undefined {
  const seen = target.top >= pane.top && target.top + visiblePx <= pane.bottom;
  return seen ? undefined : scrollTop + (target.top - pane.top);
}

export function revealResponse(root: ParentNode = document): void {
  // Scalar renders the response on the next update; measure after it.
  requestAnimationFrame(() => {
    const section = root.querySelector(responseSelector);
    const pane = section && scrollParent(section);
    if (!section || !pane) return;
    const top = scrollTopToReveal(section.getBoundingClientRect(), pane.getBoundingClientRect(), pane.scrollTop);
    if (top === undefined) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    pane.scrollTo({ top, behavior: reduce ? 'auto' : 'smooth' });
  });
}
