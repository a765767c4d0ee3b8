/** Draws the run's timeline: an ordered list of steps and, above it, a time axis of the same steps. */
import type { RunInfo, RunResult } from '../model/console-types.ts';
import { h, required } from './dom.ts';
import { formatOffset, formatSeconds } from '../model/format.ts';
import type { TimelineEntry } from '../model/timeline-model.ts';

export class TimelineView {
  readonly #list: HTMLOListElement;
  readonly #summary: HTMLElement;
  readonly #axis: HTMLElement;
  #entries: TimelineEntry[] = [];
  #phase: string | null = null;
  /** Calls of the watched flow, numbered 1, 2… in the order they started. */
  readonly #calls = new Map<number, number>();

  constructor(root: HTMLElement) {
    this.#list = required(root, '[data-timeline-list]');
    this.#summary = required(root, '[data-timeline-summary]');
    this.#axis = required(root, '[data-timeline-axis]');
  }

  /** Before any run on this page: say why the timeline is empty (a reload does not keep it). */
  explain(text: string): void {
    if (this.#entries.length > 0) return;
    this.#summary.textContent = text;
  }

  start(info: RunInfo): void {
    this.#entries = [];
    this.#phase = null;
    this.#calls.clear();
    this.#list.replaceChildren();
    this.#axis.replaceChildren();
    this.#axis.hidden = true;
    const waits = info.compression > 1 ? `waits played ×${info.compression} faster` : 'waits in real time';
    this.#summary.textContent = `Running: ${info.title} (${waits})…`;
    this.#list.closest('[data-timeline]')?.setAttribute('data-state', 'running');
  }

  add(entry: TimelineEntry): void {
    this.#entries.push(entry);
    if (entry.phase !== this.#phase) {
      this.#phase = entry.phase;
      const label = entry.phase === 'setup' ? 'Setup (sandbox controls, not part of the flow)' : 'The flow';
      this.#list.append(h('li', { className: 'tl-phase', dataset: { phase: entry.phase } }, label));
    }
    const known = this.#calls.size;
    this.#list.append(this.#item(entry));
    // Once a second call runs alongside the first, every step says which call it belongs to.
    if (this.#calls.size > 1) {
      for (const item of this.#list.querySelectorAll<HTMLElement>('.tl-entry[data-call]')) {
        if (known > 1 && item !== this.#list.lastElementChild) continue;
        if (item.querySelector('.tl-call')) continue;
        item.querySelector('.tl-title')?.prepend(h('span', { className: 'tl-call' }, `call ${item.dataset['call']}`));
      }
    }
    this.#drawAxis();
    this.#scaleWaitBars();
  }

  finish(result: RunResult): void {
    const { attempts, waits, refreshes, durationMs } = result.summary;
    const parts = [`${attempts} attempt${attempts === 1 ? '' : 's'}`];
    if (refreshes > 0) parts.push(`${refreshes} refresh${refreshes === 1 ? '' : 'es'}`);
    if (waits.length > 0) parts.push(`waits ${waits.map((wait) => formatSeconds(wait.ms)).join(' + ')}`);
    parts.push(`${formatSeconds(durationMs)} in all (real time)`);
    this.#summary.textContent = `${result.ok ? 'Done' : 'Stopped'}: ${result.message} ${parts.join(' · ')}.`;
    this.#list.closest('[data-timeline]')?.setAttribute('data-state', result.ok ? 'done' : 'failed');
  }

  #item(entry: TimelineEntry): HTMLLIElement {
    const dataset: Record<string, string> = { kind: entry.kind, tone: entry.tone, phase: entry.phase };
    if (entry.phase === 'main' && entry.callId !== null) dataset['call'] = String(this.#callNumber(entry.callId));
    if (entry.attempt !== null) dataset['attempt'] = String(entry.attempt);
    if (entry.status !== null) dataset['status'] = String(entry.status);
    if (entry.wait) {
      dataset['waitReason'] = entry.wait.reason;
      dataset['waitMs'] = String(entry.wait.ms);
      dataset['waitPlannedMs'] = String(entry.wait.plannedMs);
    }
    return h(
      'li',
      { className: 'tl-entry', dataset },
      h('span', { className: 'tl-time' }, formatOffset(entry.atMs)),
      h('span', { className: 'tl-marker', attributes: { 'aria-hidden': 'true' } }),
      h(
        'span',
        { className: 'tl-body' },
        h('span', { className: 'tl-title' }, entry.title),
        entry.detail ? h('span', { className: 'tl-detail' }, entry.detail) : null,
        entry.wait ? h('span', { className: 'tl-wait-bar', attributes: { 'aria-hidden': 'true' } }) : null,
      ),
    );
  }

  /** Wait bars share one scale, the run's longest wait, so their lengths compare. */
  #scaleWaitBars(): void {
    const longest = Math.max(1, ...this.#entries.map((entry) => entry.wait?.ms ?? 0));
    for (const bar of this.#list.querySelectorAll<HTMLElement>('.tl-entry[data-wait-ms] .tl-wait-bar')) {
      const ms = Number(bar.closest<HTMLElement>('.tl-entry')!.dataset['waitMs']);
      bar.style.setProperty('--tl-wait', Math.max(0.04, ms / longest).toFixed(3));
    }
  }

  #callNumber(callId: number): number {
    if (!this.#calls.has(callId)) this.#calls.set(callId, this.#calls.size + 1);
    return this.#calls.get(callId)!;
  }

  /** The same steps on one horizontal axis, for sighted readers; the list says it all in text. */
  #drawAxis(): void {
    const total = Math.max(1, ...this.#entries.map((entry) => entry.atMs + (entry.wait?.ms ?? 0)));
    const at = (ms: number) => `${((ms / total) * 100).toFixed(2)}%`;
    const marks = this.#entries.flatMap((entry) => {
      if (entry.wait) {
        return [
          h('span', {
            className: 'tl-axis-wait',
            attributes: { style: `left: ${at(entry.atMs)}; width: ${at(entry.wait.ms)}` },
          }),
        ];
      }
      if (entry.kind === 'response' || entry.kind === 'token') {
        return [
          h('span', {
            className: 'tl-axis-mark',
            dataset: { tone: entry.tone, kind: entry.kind },
            attributes: { style: `left: ${at(entry.atMs)}` },
          }),
        ];
      }
      return [];
    });
    this.#axis.replaceChildren(
      h('span', { className: 'tl-axis-track' }, ...marks),
      h('span', { className: 'tl-axis-start' }, '0 s'),
      h('span', { className: 'tl-axis-end' }, formatSeconds(total)),
    );
    this.#axis.hidden = false;
  }
}
