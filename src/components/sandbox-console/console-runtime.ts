/**
 * Everything that needs the sandbox, loaded on demand by the console page
 * only: starts the in-page sandbox (MSW service worker), creates clients whose
 * events feed the timeline, the flowcharts and the state panel, and runs
 * scenarios and console requests one at a time.
 */
import { startBrowserSandbox } from '../../../sandbox/browser.ts';
import { ApiError, createClient, type ClientEvent, type RedcoreClient } from '../../../client/index.ts';
import type { ConsoleRuntime, ConsoleView, RunInfo, RunResult, SendResult } from './console-types.ts';
import { credentials, type CredentialKey } from './credentials.ts';
import { formatDuration, statusText } from './format.ts';
import { FlowTracer } from './flow-trace.ts';
import { recordingFetch, type Exchange } from './recording-fetch.ts';
import { AxisClock, compressedSleep, realSleep, VirtualClock } from './sandbox-clock.ts';
import { sandboxControls } from './sandbox-controls.ts';
import { scenarios, type ScenarioId } from './scenario-list.ts';
import { scenarioRun, type ScenarioContext, type ScenarioOutcome } from './scenarios.ts';
import { TimelineModel } from './timeline-model.ts';
import { noToken, tokenFactsAfter, type TokenFacts } from './token-state.ts';

export interface RuntimeOptions {
  /** The site's base path, where mockServiceWorker.js is served. */
  base: string;
  view: ConsoleView;
  /** Read when a run starts: 1 plays waits in real time. */
  compression: () => number;
}

interface ActiveRun {
  timeline: TimelineModel;
  tracer: FlowTracer;
  compression: number;
  exchanges: Exchange[];
  /** Index in `exchanges` where the watched part of a scenario starts. */
  watchedFrom: number;
}

interface TrackedClient {
  clientId: string;
  facts: TokenFacts;
}

function describeError(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

const isApiPath = (url: string) => new URL(url).pathname.startsWith('/v1/');

/** The response's Idempotent-Replayed header, which the client's event does not carry. */
function responseNote(event: ClientEvent, exchanges: readonly Exchange[]): string | null {
  if (event.type !== 'response') return null;
  // The recording fetch stores an exchange before the client sees its response, so it is the latest one.
  const exchange = exchanges.findLast(
    (item) => item.method === event.method && new URL(item.url).pathname === event.path,
  );
  const replayed = exchange?.responseHeaders.find(([name]) => name === 'idempotent-replayed')?.[1];
  return replayed ? `Idempotent-Replayed: ${replayed}` : null;
}

export async function startConsoleRuntime({ base, view, compression }: RuntimeOptions): Promise<ConsoleRuntime> {
  await startBrowserSandbox({ base });
  const controls = sandboxControls();
  const virtual = new VirtualClock();
  const axis = new AxisClock();
  const tracked = new Map<RedcoreClient, TrackedClient>();
  const consoleClients = new Map<CredentialKey, RedcoreClient>();
  let run: ActiveRun | null = null;

  async function syncClock() {
    for (let reading = 0; reading < 5; reading++) {
      const requestedAt = Date.now();
      const now = await controls.advanceClock(0);
      if (virtual.syncFrom(now, requestedAt, Date.now())) break;
    }
    view.clock(virtual.offsetMs);
  }

  async function advance(seconds: number) {
    const now = await controls.advanceClock(seconds);
    virtual.advanced(seconds);
    view.clock(virtual.offsetMs);
    return now;
  }

  const sleep = compressedSleep({
    factor: () => run?.compression ?? 1,
    realSleep,
    advanceSandbox: async (seconds) => {
      await advance(seconds);
    },
    axis,
  });

  const exchangeRecorder = recordingFetch(
    (input, init) => fetch(input, init),
    (exchange) => run?.exchanges.push(exchange),
  );

  function reportToken(client: TrackedClient, issued: boolean) {
    view.token({ clientId: client.clientId, facts: client.facts, issued });
  }

  function makeClient(key: CredentialKey): RedcoreClient {
    const { clientId, clientSecret } = credentials[key];
    const entry: TrackedClient = { clientId, facts: noToken };
    const client = createClient({
      clientId,
      clientSecret,
      // The console shows one flow at a time; the implicit GET /v1/me would add a call to every first request.
      healthCheck: false,
      fetch: exchangeRecorder,
      clock: virtual.now,
      sleep,
      onEvent: (event) => {
        const before = entry.facts;
        entry.facts = tokenFactsAfter(entry.facts, event);
        if (entry.facts !== before) reportToken(entry, event.type === 'token-response' && event.error === null);
        if (event.type === 'response' && event.rateLimit) view.rateLimit(event.rateLimit);
        if (!run) return;
        const item = run.timeline.addEvent(event, axis.now(), run.compression, responseNote(event, run.exchanges));
        if (item) view.entry(item);
        if (run.timeline.phase === 'main') for (const step of run.tracer.step(event)) view.flowStep(step);
      },
    });
    tracked.set(client, entry);
    return client;
  }

  function note(active: ActiveRun, title: string, detail: string | null = null) {
    view.entry(active.timeline.addControl(title, detail, axis.now()));
  }

  async function withRun<T>(
    info: Omit<RunInfo, 'compression'>,
    body: (active: ActiveRun) => Promise<ScenarioOutcome & { value: T }>,
  ): Promise<{ result: RunResult; value: T | null }> {
    if (run) throw new Error('Another run is still in progress.');
    const active: ActiveRun = {
      timeline: new TimelineModel(),
      tracer: new FlowTracer(),
      compression: Math.max(1, compression()),
      exchanges: [],
      watchedFrom: 0,
    };
    run = active;
    axis.restart();
    view.runStarted({ ...info, compression: active.compression });
    let result: RunResult;
    let value: T | null = null;
    try {
      await syncClock();
      const outcome = await body(active);
      value = outcome.value;
      result = { ok: outcome.ok, message: outcome.message, summary: active.timeline.summary() };
    } catch (error) {
      const { name, message } = describeError(error);
      result = { ok: false, message: `${name}: ${message}`, summary: active.timeline.summary() };
    } finally {
      run = null;
    }
    view.runFinished(result);
    return { result, value };
  }

  // The clock may have been moved before this page loaded (an earlier visit, another tab).
  await syncClock();

  return {
    virtualNow: virtual.now,

    async runScenario(id: ScenarioId) {
      const info = scenarios.find((scenario) => scenario.id === id);
      if (!info) throw new Error(`Unknown scenario ${id}`);
      const { result } = await withRun(
        { kind: 'scenario', title: info.title, diagram: info.diagram },
        async (active) => {
          active.timeline.phase = 'setup';
          await controls.reset();
          note(active, 'POST /_sandbox/reset', 'seeded users, default rate limit, no queued faults');
          const context: ScenarioContext = {
            client: makeClient,
            controls,
            advanceClock: async (seconds, why) => {
              await advance(seconds);
              note(
                active,
                `POST /_sandbox/clock {"advance_seconds": ${seconds}}`,
                `+${formatDuration(seconds * 1000)}: ${why}`,
              );
            },
            note: (title, detail) => note(active, title, detail),
            watch: () => {
              active.timeline.phase = 'main';
              active.watchedFrom = active.exchanges.length;
            },
            revoked: (client) => {
              const entry = tracked.get(client);
              if (!entry) return;
              entry.facts = { ...entry.facts, revoked: true };
              reportToken(entry, false);
            },
            exchanges: () => active.exchanges.slice(active.watchedFrom),
          };
          return { ...(await scenarioRun(id)(context)), value: null };
        },
      );
      return result;
    },

    async send(request) {
      const started = performance.now();
      const { result, value } = await withRun<Omit<SendResult, 'run'>>(
        { kind: 'request', title: `${request.method} ${request.path}`, diagram: null },
        async (active) => {
          let client = consoleClients.get(request.credentials);
          if (!client) {
            client = makeClient(request.credentials);
            consoleClients.set(request.credentials, client);
          }
          let error: SendResult['error'] = null;
          try {
            await client.request(request.method, request.path, {
              query: request.query,
              body: request.body,
              ...(request.method === 'POST' && request.idempotencyKey
                ? { idempotencyKey: request.idempotencyKey }
                : {}),
            });
          } catch (caught) {
            error = describeError(caught);
            if (!(caught instanceof ApiError)) throw caught;
          }
          const apiExchanges = active.exchanges.filter((exchange) => isApiPath(exchange.url));
          const exchange = apiExchanges.at(-1) ?? null;
          const status = exchange ? `${exchange.status} ${statusText(exchange.status)}` : 'no response';
          return {
            ok: error === null,
            message: `${request.method} ${request.path}: ${error === null ? status : error.message}.`,
            value: { exchange, attempts: apiExchanges.length, error, durationMs: performance.now() - started },
          };
        },
      );
      return {
        run: result,
        ...(value ?? { exchange: null, attempts: 0, error: { name: 'Error', message: result.message }, durationMs: 0 }),
      };
    },

    advanceClock: advance,

    async reset() {
      await controls.reset();
      view.rateLimit(null);
      await syncClock();
    },
  };
}
