/**
 * The state panel: the token's place in its lifecycle (lit on the state
 * diagram), the rate-limit window from the last response, and the sandbox's
 * virtual clock. The last rate-limit reading is kept for the tab's session,
 * so a reload still shows it.
 */
import type { RateLimitInfo } from '../../../client/index.ts';
import type { TokenReport } from './console-types.ts';
import { required } from './dom.ts';
import { tokenLifecycleNodes, type TokenLifecycleState } from './flow-map.ts';
import { formatDuration } from './format.ts';
import { lifecycleState } from './token-state.ts';

const storageKey = 'blueround-sandbox-console:rate-limit';
const issuedDisplayMs = 900;

function readStoredRateLimit(): RateLimitInfo | null {
  try {
    const stored = sessionStorage.getItem(storageKey);
    return stored ? (JSON.parse(stored) as RateLimitInfo) : null;
  } catch {
    return null;
  }
}

export class StateView {
  readonly #root: HTMLElement;
  readonly #now: () => number;
  #token: TokenReport | null = null;
  #rateLimit: RateLimitInfo | null = readStoredRateLimit();
  #offsetMs = 0;
  #issuedUntil = 0;
  #history: TokenLifecycleState[] = [];

  constructor(root: HTMLElement, virtualNow: () => number) {
    this.#root = root;
    this.#now = virtualNow;
    this.render();
    window.setInterval(() => this.render(), 1000);
  }

  token(report: TokenReport): void {
    this.#token = report;
    // "Issued" shows for a moment after a grant, unless something happens to the pair first (a revocation).
    this.#issuedUntil = report.issued ? performance.now() + issuedDisplayMs : 0;
    if (report.issued) window.setTimeout(() => this.render(), issuedDisplayMs);
    this.render();
  }

  rateLimit(info: RateLimitInfo | null): void {
    this.#rateLimit = info;
    try {
      if (info) sessionStorage.setItem(storageKey, JSON.stringify(info));
      else sessionStorage.removeItem(storageKey);
    } catch {
      // Storage may be unavailable (private mode); the panel still shows the value.
    }
    this.render();
  }

  clock(offsetMs: number): void {
    this.#offsetMs = offsetMs;
    this.render();
  }

  /** The token state as the panel shows it, for announcements. */
  describe(): string {
    return this.#lifecycle(this.#now()) ?? 'no token yet';
  }

  #lifecycle(now: number): TokenLifecycleState | null {
    if (!this.#token) return null;
    if (performance.now() < this.#issuedUntil) return 'Issued';
    return lifecycleState(this.#token.facts, now);
  }

  render(): void {
    const now = this.#now();
    const state = this.#lifecycle(now);
    this.#root.dataset['tokenState'] = state ?? 'none';
    if (state !== null && this.#history.at(-1) !== state) {
      this.#history = [...this.#history, state].slice(-12);
      // The states this tab's token went through, newest last: tests and curious readers can follow the lifecycle.
      this.#root.dataset['tokenHistory'] = this.#history.join(' ');
    }
    for (const element of this.#root.querySelectorAll('[data-flow-node]')) {
      const lit = state !== null && element.getAttribute('data-flow-node') === tokenLifecycleNodes[state];
      element.classList.toggle('is-lit', lit);
      element.classList.toggle('is-current', lit);
    }
    required(this.#root, '[data-token-state]').textContent = state ?? 'No token yet';
    required(this.#root, '[data-token-detail]').textContent = this.#tokenDetail(state, now);
    const limit = this.#rateLimit;
    required(this.#root, '[data-rate-limit]').textContent =
      limit?.remaining == null ? 'No /v1 response yet' : `${limit.remaining} of ${limit.limit ?? '?'} requests left`;
    required(this.#root, '[data-rate-limit-detail]').textContent =
      limit?.reset == null ? '' : this.#resetText(limit.reset * 1000 - now);
    required(this.#root, '[data-clock]').textContent = new Date(now)
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' UTC');
    required(this.#root, '[data-clock-detail]').textContent =
      this.#offsetMs < 1000 ? 'Same as real time' : `${formatDuration(this.#offsetMs)} ahead of real time`;
  }

  #tokenDetail(state: TokenLifecycleState | null, now: number): string {
    const token = this.#token;
    if (!token || token.facts.accessExpiresAt === null) return 'The first call requests one.';
    const owner = token.clientId;
    const accessLeft = token.facts.accessExpiresAt - now;
    switch (state) {
      case 'Issued':
        return `${owner}: new pair from POST /oauth/token.`;
      case 'Active':
        return `${owner}: access token expires in ${formatDuration(accessLeft)}.`;
      case 'Expired':
        return `${owner}: access token expired ${formatDuration(-accessLeft)} ago; the next call refreshes it.`;
      case 'Revoked':
        return `${owner}: revoked with POST /oauth/revoke; the next call needs a new token.`;
      case 'Invalid':
        return `${owner}: the refresh token no longer works; re-authentication required.`;
      default:
        return '';
    }
  }

  #resetText(leftMs: number): string {
    return leftMs > 0
      ? `window resets in ${formatDuration(Math.ceil(leftMs / 1000) * 1000)}`
      : 'window has reset since';
  }
}
