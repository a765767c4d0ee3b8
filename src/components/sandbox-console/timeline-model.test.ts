import { describe, expect, it } from 'vitest';
import type { ClientEvent } from '../../../client/index.ts';
import { maxRetries, retryDelaysSeconds } from '../../../policy/policy.ts';
import { describeEvent, TimelineModel } from './timeline-model.ts';

let seq = 0;
function event<T extends ClientEvent['type']>(
  type: T,
  fields: Omit<Extract<ClientEvent, { type: T }>, 'type' | 'seq' | 'time' | 'callId'>,
): ClientEvent {
  return { type, seq: ++seq, time: 1_700_000_000_000, callId: 1, ...fields } as unknown as ClientEvent;
}

const backoff = (retry: number, jitterFactor: number) => {
  const plannedMs = retryDelaysSeconds[retry - 1]! * 1000;
  return event('wait', { reason: 'backoff', plannedMs, jitterFactor, ms: plannedMs * jitterFactor });
};

describe('TimelineModel', () => {
  it('records attempts, responses and back-off waits with planned and jittered delays', () => {
    const model = new TimelineModel();
    const rateLimit = { limit: 60, remaining: 57, reset: 1_700_000_060 };
    const events = [
      event('call', { method: 'GET', path: '/v1/users' }),
      event('send', { attempt: 1, method: 'GET', path: '/v1/users' }),
      event('response', {
        attempt: 1,
        method: 'GET',
        path: '/v1/users',
        status: 503,
        durationMs: 4,
        requestId: 'req_1',
        rateLimit,
      }),
      backoff(1, 1.043),
      event('retry', { attempt: 2, reason: 'server-error' }),
      event('send', { attempt: 2, method: 'GET', path: '/v1/users' }),
      event('response', {
        attempt: 2,
        method: 'GET',
        path: '/v1/users',
        status: 200,
        durationMs: 3,
        requestId: 'req_2',
        rateLimit,
      }),
      event('success', { status: 200, attempts: 2 }),
    ];
    events.forEach((item, index) => model.addEvent(item, index * 10, 10));

    expect(model.entries.map((entry) => entry.kind)).toEqual([
      'call',
      'send',
      'response',
      'wait',
      'retry',
      'send',
      'response',
      'success',
    ]);
    const wait = model.entries[3]!;
    expect(wait.wait).toEqual({ reason: 'backoff', ms: 1043, plannedMs: 1000, jitterFactor: 1.043, playedMs: 104.3 });
    expect(wait.title).toBe('Back-off: 1.043 s');
    expect(wait.detail).toBe('planned 1 s, jitter ×1.043 = 1.043 s · played in 104 ms (compressed ×10)');
    expect(model.entries[2]!.title).toBe('503 Service Unavailable (attempt 1)');
    expect(model.entries[2]!.detail).toBe('4 ms · X-RateLimit-Remaining 57/60');
    expect(model.summary()).toMatchObject({ attempts: 2, refreshes: 0, waits: [wait.wait] });
  });

  it('adds facts the event does not carry to the detail', () => {
    const model = new TimelineModel();
    const response = event('response', {
      attempt: 1,
      method: 'POST',
      path: '/v1/users',
      status: 201,
      durationMs: 8,
      requestId: null,
      rateLimit: null,
    });
    expect(model.addEvent(response, 0, 1, 'Idempotent-Replayed: true')?.detail).toBe(
      '8 ms · Idempotent-Replayed: true',
    );
  });

  it('keeps setup steps apart from the run being watched', () => {
    const model = new TimelineModel();
    model.phase = 'setup';
    model.addControl('POST /_sandbox/reset', '204', 0);
    model.addEvent(event('token-request', { grant: 'client_credentials', fallback: false }), 1);
    model.phase = 'main';
    model.addEvent(event('send', { attempt: 1, method: 'GET', path: '/v1/me' }), 2);
    expect(model.entries.map((entry) => entry.phase)).toEqual(['setup', 'setup', 'main']);
    expect(model.summary().attempts).toBe(1);
  });

  it('states the real length of every wait, whatever the compression', () => {
    for (let retry = 1; retry <= maxRetries; retry++) {
      const described = describeEvent(backoff(retry, 0.9), 1)!;
      expect(described.title).toBe(`Back-off: ${retryDelaysSeconds[retry - 1]! * 0.9} s`);
      expect(described.detail).not.toContain('compressed');
    }
    const retryAfter = describeEvent(
      event('wait', { reason: 'retry-after', ms: 5000, plannedMs: 5000, jitterFactor: 1 }),
      10,
    )!;
    expect(retryAfter.title).toBe('Wait Retry-After: 5 s');
    expect(retryAfter.detail).toBe('5 s (real) · played in 500 ms (compressed ×10)');
  });

  it('describes token steps, refusals and the give-up', () => {
    class RedcoreAPIError extends Error {
      override name = 'RedcoreAPIError';
    }
    expect(
      describeEvent(
        event('token-response', { grant: 'refresh_token', status: 400, expires_in: null, error: 'invalid_grant' }),
      ),
    ).toMatchObject({ title: 'Token request refused: 400 invalid_grant', tone: 'danger' });
    expect(describeEvent(event('token-request', { grant: 'client_credentials', fallback: true }))?.detail).toMatch(
      /Re-authentication/,
    );
    expect(
      describeEvent(event('give-up', { error: new RedcoreAPIError('GET /v1/users → 503'), attempts: 4 }))?.title,
    ).toBe('Gave up after 4 attempts: RedcoreAPIError');
    expect(describeEvent(event('health-check', { phase: 'start' }))).toBeNull();
  });
});
