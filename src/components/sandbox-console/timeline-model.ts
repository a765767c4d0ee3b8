/**
 * The timeline of one run: every token request, attempt, response, wait,
 * retry and outcome with its time on an axis of real durations. When waits are
 * compressed, `atMs` still counts each wait at its full length (the axis clock
 * adds back what was skipped), and `wait.playedMs` says how long it really took.
 */
import type { ClientEvent } from '../../../client/index.ts';
import { formatDuration, formatSeconds, statusText } from './format.ts';

export type TimelinePhase = 'setup' | 'main';
export type TimelineKind =
  | 'call'
  | 'token'
  | 'refresh'
  | 'revoke'
  | 'check'
  | 'send'
  | 'response'
  | 'wait'
  | 'retry'
  | 'give-up'
  | 'success'
  | 'control';
export type Tone = 'neutral' | 'success' | 'warning' | 'danger';

export interface TimelineWait {
  reason: 'backoff' | 'retry-after' | 'rate-limit-reset';
  /** What the client waited, jitter included, in real milliseconds. */
  ms: number;
  /** The schedule's value before jitter. */
  plannedMs: number;
  jitterFactor: number;
  /** How long the wait took on this page (shorter when compressed). */
  playedMs: number;
}

export interface TimelineEntry {
  index: number;
  /** Milliseconds since the run started, with every wait at its real length. */
  atMs: number;
  phase: TimelinePhase;
  callId: number | null;
  kind: TimelineKind;
  title: string;
  detail: string | null;
  tone: Tone;
  attempt: number | null;
  status: number | null;
  wait: TimelineWait | null;
}

type Described = Pick<TimelineEntry, 'kind' | 'title' | 'detail' | 'tone'> &
  Partial<Pick<TimelineEntry, 'attempt' | 'status'>>;

const toneOf = (status: number): Tone =>
  status < 300 ? 'success' : status === 429 || status >= 500 ? 'warning' : 'danger';

const waitTitles: Record<TimelineWait['reason'], string> = {
  backoff: 'Back-off',
  'retry-after': 'Wait Retry-After',
  'rate-limit-reset': 'Wait for the rate-limit reset',
};

function describeWait(event: Extract<ClientEvent, { type: 'wait' }>, compression: number): Described {
  const parts =
    event.reason === 'backoff'
      ? [
          `planned ${formatSeconds(event.plannedMs)}, jitter ×${event.jitterFactor.toFixed(3)} = ${formatSeconds(event.ms)}`,
        ]
      : [`${formatSeconds(event.ms)} (real)`];
  if (compression > 1) parts.push(`played in ${formatDuration(event.ms / compression)} (compressed ×${compression})`);
  return {
    kind: 'wait',
    title: `${waitTitles[event.reason]}: ${formatSeconds(event.ms)}`,
    detail: parts.join(' · '),
    tone: 'neutral',
  };
}

/** What a client event says, or null for the bookkeeping events the timeline leaves out. */
export function describeEvent(event: ClientEvent, compression = 1): Described | null {
  switch (event.type) {
    case 'call':
      return { kind: 'call', title: `Call: ${event.method} ${event.path}`, detail: null, tone: 'neutral' };
    case 'check-token': {
      if (event.state === 'missing')
        return { kind: 'check', title: 'No access token yet', detail: null, tone: 'neutral' };
      const left = event.expiresAt === null ? null : event.expiresAt - event.time;
      const detail =
        left === null ? null : left > 0 ? `expires in ${formatDuration(left)}` : `expired ${formatDuration(-left)} ago`;
      const title = {
        valid: 'Access token valid',
        expiring: 'Access token about to expire',
        expired: 'Access token expired',
      }[event.state];
      return { kind: 'check', title, detail, tone: event.state === 'valid' ? 'neutral' : 'warning' };
    }
    case 'refresh': {
      const why = { expiring: 'token about to expire', expired: 'token expired', unauthorized: 'the API answered 401' }[
        event.reason
      ];
      return { kind: 'refresh', title: 'Silent refresh', detail: why, tone: 'warning' };
    }
    case 'token-request':
      return {
        kind: 'token',
        title: `POST /oauth/token grant_type=${event.grant}`,
        detail: event.fallback ? 'Re-authentication: the refresh token no longer works' : null,
        tone: event.fallback ? 'warning' : 'neutral',
      };
    case 'token-response':
      return event.error === null
        ? {
            kind: 'token',
            title: `Token ${event.grant === 'refresh_token' ? 'refreshed' : 'issued'}: ${event.status} ${statusText(event.status)}`,
            detail:
              event.expires_in === null ? null : `access token valid for ${formatDuration(event.expires_in * 1000)}`,
            tone: 'success',
            status: event.status,
          }
        : {
            kind: 'token',
            title: `Token request refused: ${event.status} ${event.error}`,
            detail: null,
            tone: 'danger',
            status: event.status,
          };
    case 'revoke':
      return { kind: 'revoke', title: `POST /oauth/revoke: ${event.status}`, detail: null, tone: 'warning' };
    case 'send':
      return {
        kind: 'send',
        title: `Attempt ${event.attempt}: ${event.method} ${event.path}`,
        detail: null,
        tone: 'neutral',
        attempt: event.attempt,
      };
    case 'response': {
      const limit = event.rateLimit;
      const details = [`${Math.round(event.durationMs)} ms`];
      if (limit?.remaining != null) details.push(`X-RateLimit-Remaining ${limit.remaining}/${limit.limit ?? '?'}`);
      return {
        kind: 'response',
        title: `${event.status} ${statusText(event.status)} (attempt ${event.attempt})`,
        detail: details.join(' · '),
        tone: toneOf(event.status),
        attempt: event.attempt,
        status: event.status,
      };
    }
    case 'wait':
      return describeWait(event, compression);
    case 'retry': {
      const why = { 'server-error': 'server error', 'rate-limited': 'rate limited', unauthorized: 'after a refresh' }[
        event.reason
      ];
      return { kind: 'retry', title: `Retry: attempt ${event.attempt} next`, detail: why, tone: 'neutral' };
    }
    case 'give-up':
      return {
        kind: 'give-up',
        title: `Gave up after ${event.attempts} attempt${event.attempts === 1 ? '' : 's'}: ${event.error.name}`,
        detail: event.error.message,
        tone: 'danger',
      };
    case 'success':
      return {
        kind: 'success',
        title: `Success: ${event.status} ${statusText(event.status)} after ${event.attempts} attempt${event.attempts === 1 ? '' : 's'}`,
        detail: null,
        tone: 'success',
        status: event.status,
      };
    case 'rate-limit-check':
      return event.remaining === 0
        ? {
            kind: 'check',
            title: 'X-RateLimit-Remaining is 0',
            detail: 'wait for the window to reset',
            tone: 'warning',
          }
        : null;
    default:
      return null;
  }
}

export class TimelineModel {
  readonly entries: TimelineEntry[] = [];
  phase: TimelinePhase = 'main';

  #push(described: Described, atMs: number, callId: number | null, wait: TimelineWait | null): TimelineEntry {
    const entry: TimelineEntry = {
      index: this.entries.length,
      atMs,
      phase: this.phase,
      callId,
      attempt: null,
      status: null,
      ...described,
      wait,
    };
    this.entries.push(entry);
    return entry;
  }

  /**
   * `compression`: how many times faster than real the page plays waits (1 = real time).
   * `note`: a fact the event does not carry, such as a response header, added to its detail.
   */
  addEvent(event: ClientEvent, atMs: number, compression = 1, note: string | null = null): TimelineEntry | null {
    const described = describeEvent(event, compression);
    if (!described) return null;
    if (note) described.detail = described.detail ? `${described.detail} · ${note}` : note;
    const wait =
      event.type === 'wait'
        ? {
            reason: event.reason,
            ms: event.ms,
            plannedMs: event.plannedMs,
            jitterFactor: event.jitterFactor,
            playedMs: event.ms / compression,
          }
        : null;
    return this.#push(described, atMs, event.callId, wait);
  }

  /** A step the console took itself (reset, clock, faults), outside the client. */
  addControl(title: string, detail: string | null, atMs: number): TimelineEntry {
    return this.#push({ kind: 'control', title, detail, tone: 'neutral' }, atMs, null, null);
  }

  /** Main-phase figures for the announcement and the summary line. */
  summary() {
    const main = this.entries.filter((entry) => entry.phase === 'main');
    const waits = main.flatMap((entry) => (entry.wait ? [entry.wait] : []));
    return {
      attempts: main.filter((entry) => entry.kind === 'send').length,
      refreshes: main.filter((entry) => entry.kind === 'refresh').length,
      waits,
      durationMs: main.length === 0 ? 0 : main.at(-1)!.atMs - main[0]!.atMs,
    };
  }
}
