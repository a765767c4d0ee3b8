/**
 * The console page's script. Draws the views at once and loads the sandbox
 * (MSW worker, sandbox engine, client: the heavy part) with a dynamic import,
 * so only this page ever downloads it. Nothing is sent before the sandbox
 * confirms it intercepts requests: no request leaves the page.
 */
import type { ConsoleRuntime, ConsoleView, RunInfo, RunResult } from '../model/console-types.ts';
import { h, prefersReducedMotion, required } from './dom.ts';
import type { FlowDiagramKey } from '../model/flow-map.ts';
import { FlowView } from './flow-view.ts';
import { keptStateNote, recallRun, rememberRun } from '../model/kept-state.ts';
import type { ConsoleOperation } from '../model/operations.ts';
import { RequestView } from './request-view.ts';
import { compressionFactor, type ScenarioId } from '../model/scenario-list.ts';
import { StateView } from './state-view.ts';
import { TimelineView } from './timeline-view.ts';

function readJson<T>(id: string): T {
  return JSON.parse(required(document, `#${id}`).textContent ?? 'null') as T;
}

function mount(root: HTMLElement) {
  const announcer = required(root, '[data-console-announcer]');
  const announce = (message: string) => {
    // Clear first, so the same message twice is announced twice.
    announcer.textContent = '';
    window.setTimeout(() => {
      announcer.textContent = message;
    }, 50);
  };
  const status = required(root, '[data-console-status]');
  const statusText = required(status, '[data-console-status-text]');
  const retryButton = required<HTMLButtonElement>(status, '[data-console-retry]');
  const compress = required<HTMLInputElement>(root, '[data-compress]');
  const actionButtons = () =>
    root.querySelectorAll<HTMLButtonElement>('[data-scenario], [data-clock-step], [data-reset], [data-send]');

  let runtime: ConsoleRuntime | null = null;
  let busy = false;
  const setBusy = (value: boolean) => {
    busy = value;
    root.dataset['busy'] = String(value);
    // aria-disabled rather than disabled: the focused button keeps focus while a run plays.
    for (const button of actionButtons()) button.setAttribute('aria-disabled', String(value || runtime === null));
  };
  const blocked = () =>
    runtime === null ? 'The sandbox is still starting.' : busy ? 'Wait for the current run to finish.' : null;

  const timelineRoot = required(root, '[data-timeline]');
  const timeline = new TimelineView(timelineRoot);
  const responseNote = required(root, '[data-response-note]');
  const flows = new FlowView(required(root, '[data-flows]'));
  const state = new StateView(required(root, '[data-state-panel]'), () => runtime?.virtualNow() ?? Date.now());

  let clockOffsetMs = 0;
  let current: RunInfo | null = null;
  const view: ConsoleView = {
    runStarted(info) {
      current = info;
      responseNote.hidden = true;
      timeline.start(info);
      flows.reset();
      if (info.diagram) flows.show(info.diagram);
    },
    entry: (entry) => timeline.add(entry),
    flowStep: (step) => flows.queue(step),
    token: (report) => state.token(report),
    rateLimit: (info) => state.rateLimit(info),
    clock: (offsetMs) => {
      clockOffsetMs = offsetMs;
      state.clock(offsetMs);
    },
    runFinished: (result: RunResult) => {
      timeline.finish(result);
      if (current) rememberRun({ kind: current.kind, title: current.title, ok: result.ok, message: result.message });
    },
  };

  /**
   * The timeline sits far below the scenario buttons (1,200 px on a laptop,
   * more on a phone): bring its heading into view when a run starts there.
   */
  function showTimeline() {
    const section = timelineRoot.closest('section') ?? timelineRoot;
    const top = section.getBoundingClientRect().top;
    if (top >= 0 && top < window.innerHeight * 0.6) return;
    section.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }

  async function guarded<T>(work: (ready: ConsoleRuntime) => Promise<T>): Promise<T | null> {
    const reason = blocked();
    if (reason || runtime === null) {
      announce(reason ?? 'The sandbox is still starting.');
      return null;
    }
    setBusy(true);
    try {
      return await work(runtime);
    } catch (error) {
      announce(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    } finally {
      setBusy(false);
    }
  }

  new RequestView(
    required(root, '[data-request-console]'),
    readJson<ConsoleOperation[]>('sandbox-console-operations'),
    {
      canSend: blocked,
      announce,
      send: async (request) => {
        setBusy(true);
        try {
          const result = await runtime!.send(request);
          announce(
            `${request.method} ${request.path}: ${result.exchange ? result.exchange.status : 'no response'}` +
              `${result.error ? `, ${result.error.name}` : ''}, ${result.attempts} attempt${result.attempts === 1 ? '' : 's'}.`,
          );
          return result;
        } finally {
          setBusy(false);
        }
      },
    },
  );

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-scenario]')) {
    button.addEventListener('click', () => {
      const title = button.dataset['title'] ?? '';
      void guarded(async (ready) => {
        showTimeline();
        announce(`Running ${title}. Its steps appear in the timeline.`);
        const result = await ready.runScenario(button.dataset['scenario'] as ScenarioId);
        announce(`${title}: ${result.ok ? 'finished' : 'did not go as documented'}. ${result.message}`);
      });
    });
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-clock-step]')) {
    button.addEventListener('click', () => {
      void guarded(async (ready) => {
        await ready.advanceClock(Number(button.dataset['clockStep']));
        announce(`Virtual clock moved ${button.textContent?.trim() ?? ''}. Token state: ${state.describe()}.`);
      });
    });
  }
  required(root, '[data-reset]').addEventListener('click', () => {
    void guarded(async (ready) => {
      await ready.reset();
      announce('Sandbox reset: seeded users, default rate limit, no queued faults. The clock and issued tokens stay.');
    });
  });
  for (const input of root.querySelectorAll<HTMLInputElement>('input[name="flow-diagram"]')) {
    if (input.checked) flows.show(input.value as FlowDiagramKey);
  }

  async function start() {
    status.dataset['state'] = 'starting';
    statusText.textContent = 'Starting the sandbox in your browser…';
    retryButton.hidden = true;
    try {
      const { startConsoleRuntime } = await import('../model/console-runtime.ts');
      runtime = await startConsoleRuntime({
        base: import.meta.env.BASE_URL,
        view,
        compression: () => (compress.checked ? compressionFactor : 1),
      });
      status.dataset['state'] = 'ready';
      statusText.textContent = 'Sandbox running in your browser — no request leaves this page.';
      const kept = keptStateNote(recallRun(), clockOffsetMs);
      if (kept) {
        statusText.append(' ', h('span', { dataset: { keptState: '' } }, kept.status));
        timeline.explain(kept.timeline);
        if (kept.response) {
          responseNote.textContent = kept.response;
          responseNote.hidden = false;
        }
      }
      setBusy(false);
    } catch (error) {
      status.dataset['state'] = 'failed';
      // MSW's messages run to several lines of developer advice; the first says what failed.
      const reason = (error instanceof Error ? error.message : String(error))
        .split('\n')[0]!
        .replace(/^\[MSW\]\s*/, '');
      statusText.replaceChildren(
        h('strong', {}, 'The sandbox could not start. '),
        'It runs in a service worker, which some private windows and browser settings turn off. ',
        h('span', { className: 'console-status-detail' }, `Details: ${reason}`),
      );
      retryButton.hidden = false;
    }
  }
  // A fresh page, not a second start(): MSW patches page globals once and refuses to do it twice.
  retryButton.addEventListener('click', () => window.location.reload());
  setBusy(false);
  void start();
}

mount(required(document, '[data-sandbox-console]'));
