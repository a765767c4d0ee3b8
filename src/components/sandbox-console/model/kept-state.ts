/**
 * What the console keeps across a reload and what it does not, said in words.
 * The sandbox's data and virtual clock live in IndexedDB and survive a
 * reload; the last run's timeline and response do not. Without a word the
 * reader would wonder where their run went, or why a user they created is
 * still there. The last run's title and outcome are remembered here, in
 * localStorage (shared by tabs, like the sandbox's own state).
 */
import { formatDuration } from './format.ts';

export interface LastRun {
  kind: 'scenario' | 'request';
  /** "Happy path", "GET /v1/me". */
  title: string;
  ok: boolean;
  /** The run's closing message, e.g. "GET /v1/me: 200 OK." */
  message: string;
}

export interface KeptStateNote {
  /** For the status line: what was kept. */
  status: string;
  /** For the empty timeline: what is not shown, and how to see it again. */
  timeline: string;
  /** For the request console, after a request: its response is not shown. */
  response: string | null;
}

const storageKey = 'blueround-sandbox-console:last-run';

export function rememberRun(run: LastRun, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(storageKey, JSON.stringify(run));
  } catch {
    // Storage may be off (private mode): the reload note is then a little vaguer, nothing breaks.
  }
}

export function recallRun(storage: Pick<Storage, 'getItem'> = localStorage): LastRun | null {
  try {
    const stored = JSON.parse(storage.getItem(storageKey) ?? 'null') as Partial<LastRun> | null;
    if (!stored || typeof stored.title !== 'string' || typeof stored.message !== 'string') return null;
    return {
      kind: stored.kind === 'request' ? 'request' : 'scenario',
      title: stored.title,
      ok: stored.ok === true,
      message: stored.message,
    };
  } catch {
    return null;
  }
}

/** Null for a fresh sandbox (nothing run, clock in step with real time): then there is nothing to explain. */
export function keptStateNote(last: LastRun | null, clockOffsetMs: number): KeptStateNote | null {
  const clockMoved = clockOffsetMs >= 1000;
  if (!last && !clockMoved) return null;
  const clock = clockMoved
    ? `its virtual clock (${formatDuration(clockOffsetMs)} ahead of real time)`
    : 'its virtual clock';
  const status =
    `It kept its data (users, tokens, events) and ${clock} from before this page loaded. ` +
    'Reset restores the seeded data; every scenario starts with a reset.';
  const timeline = last
    ? `The timeline of your last run, ${last.title} (${last.ok ? 'finished' : 'stopped'}), is not kept when the page ` +
      'reloads. Run a scenario or send a request to see a new one.'
    : 'Timelines are not kept when the page reloads. Run a scenario or send a request to see a new one.';
  const response =
    last?.kind === 'request'
      ? `The response to your last request is not kept when the page reloads: ${last.message} Send it again to see it.`
      : null;
  return { status, timeline, response };
}
