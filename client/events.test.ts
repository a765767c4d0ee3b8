import { describe, expect, it, vi } from 'vitest';
import { AuthenticationError, RedcoreAPIError } from './errors.ts';
import type { ClientEvent } from './events.ts';
import { example, fail, ok, route, server, startMs, useFakeApi } from './testing/fake-api.ts';
import { testClient } from './testing/harness.ts';
import type { Application, EventList, UserList } from './types.ts';

useFakeApi();

const application = () => ok(example<Application>('CurrentApplication'));
const userList = () => ok(example<UserList>('UserListPage'));

describe('event trace', () => {
  it('numbers events 1, 2, 3… and stamps them with the injected clock', async () => {
    server.use(route('GET', '/v1/users', fail(503), userList()).handler);
    const { client, events } = testClient();

    await client.users.list();

    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(events[0]?.time).toBe(startMs);
    const times = events.map((event) => event.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(events.at(-1)?.time).toBe(startMs + 1000);
  });

  it('traces a 503 then 200 step by step, as the error-retry flowchart draws it', async () => {
    server.use(route('GET', '/v1/users', fail(503), userList()).handler);
    const { client, events } = testClient();

    await client.users.list();

    const steps = events.map((event) => {
      const step: Record<string, unknown> = { ...event };
      for (const key of ['seq', 'time', 'callId']) delete step[key];
      return step;
    });
    expect(steps).toEqual([
      { type: 'call', method: 'GET', path: '/v1/users' },
      { type: 'rate-limit-check', remaining: null, reset: null },
      { type: 'check-token', state: 'missing', expiresAt: null },
      { type: 'token-request', grant: 'client_credentials', fallback: false },
      { type: 'token-response', grant: 'client_credentials', status: 200, expires_in: 3600, error: null },
      { type: 'send', attempt: 1, method: 'GET', path: '/v1/users' },
      {
        type: 'response',
        attempt: 1,
        method: 'GET',
        path: '/v1/users',
        status: 503,
        durationMs: 0,
        requestId: 'req_8b4f0d6a2e73',
        rateLimit: { limit: 60, remaining: 59, reset: startMs / 1000 + 60 },
      },
      { type: 'wait', reason: 'backoff', ms: 1000, plannedMs: 1000, jitterFactor: 1 },
      { type: 'retry', attempt: 2, reason: 'server-error' },
      { type: 'rate-limit-check', remaining: 59, reset: startMs / 1000 + 60 },
      { type: 'check-token', state: 'valid', expiresAt: startMs + 3600 * 1000 },
      { type: 'send', attempt: 2, method: 'GET', path: '/v1/users' },
      expect.objectContaining({ type: 'response', attempt: 2, status: 200 }),
      { type: 'success', status: 200, attempts: 2 },
    ]);
  });

  it('gives concurrent calls their own callId', async () => {
    server.use(route('GET', '/v1/users', userList()).handler);
    const { client, ofType } = testClient();

    await Promise.all([client.users.list(), client.users.list()]);

    const calls = ofType('call').map((event) => event.callId);
    expect(new Set(calls).size).toBe(2);
    for (const callId of calls) expect(ofType('success').filter((event) => event.callId === callId)).toHaveLength(1);
  });

  it('keeps working when the listener throws', async () => {
    server.use(route('GET', '/v1/users', userList()).handler);
    const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { client } = testClient({
      onEvent: () => {
        throw new Error('listener bug');
      },
    });

    await expect(client.users.list()).resolves.toMatchObject({ has_more: true });
    expect(report).toHaveBeenCalled();
    report.mockRestore();
  });
});

describe('implicit health check (SDK initialization)', () => {
  const healthChecked = () => {
    const events: ClientEvent[] = [];
    return { events, options: { healthCheck: true, onEvent: (event: ClientEvent) => events.push(event) } };
  };

  it('calls GET /v1/me once, before the first call only', async () => {
    const me = route('GET', '/v1/me', application());
    const users = route('GET', '/v1/users', userList());
    server.use(me.handler, users.handler);
    const { events, options } = healthChecked();
    const { client } = testClient(options);

    await client.users.list();
    await client.users.list();

    expect(me.requests).toHaveLength(1);
    expect(users.requests).toHaveLength(2);
    const trace = events
      .filter((event) => ['health-check', 'call', 'success'].includes(event.type))
      .map((event) =>
        event.type === 'call'
          ? `call ${event.path}`
          : event.type === 'health-check'
            ? `health ${event.phase}`
            : event.type,
      );
    expect(trace).toEqual([
      'health start',
      'call /v1/me',
      'success',
      'health ok',
      'call /v1/users',
      'success',
      'call /v1/users',
      'success',
    ]);
  });

  it('is on by default', async () => {
    const me = route('GET', '/v1/me', application());
    const users = route('GET', '/v1/users', userList());
    server.use(me.handler, users.handler);
    const { client } = testClient({ healthCheck: undefined });

    await client.users.list();

    expect(me.requests).toHaveLength(1);
  });

  it('is the first me() call itself, not an extra request', async () => {
    const me = route('GET', '/v1/me', application());
    server.use(me.handler);
    const { events, options } = healthChecked();
    const { client } = testClient(options);

    await client.me();

    expect(me.requests).toHaveLength(1);
    expect(events.filter((event) => event.type === 'health-check').map((event) => event.phase)).toEqual([
      'start',
      'ok',
    ]);
  });

  it('shares one check between concurrent first calls', async () => {
    const me = route('GET', '/v1/me', application());
    const users = route('GET', '/v1/users', userList());
    const events = route('GET', '/v1/events', ok(example<EventList>('EventListPage')));
    server.use(me.handler, users.handler, events.handler);
    const { client } = testClient({ healthCheck: true });

    await Promise.all([client.users.list(), client.users.list(), client.events.list()]);

    expect(me.requests).toHaveLength(1);
  });

  it('raises AuthenticationError for bad credentials and tries again on the next call', async () => {
    const me = route('GET', '/v1/me', fail(401), fail(401), application());
    const users = route('GET', '/v1/users', userList());
    server.use(me.handler, users.handler);
    const { events, options } = healthChecked();
    const { client } = testClient(options);

    await expect(client.users.list()).rejects.toThrow(AuthenticationError);
    expect(users.requests).toHaveLength(0);
    await client.users.list();

    expect(me.requests).toHaveLength(3);
    expect(events.filter((event) => event.type === 'health-check').map((event) => event.phase)).toEqual([
      'start',
      'failed',
      'start',
      'ok',
    ]);
  });

  it('raises RedcoreAPIError when the API keeps failing', async () => {
    server.use(route('GET', '/v1/me', fail(503)).handler);
    const { client } = testClient({ healthCheck: true });

    await expect(client.users.list()).rejects.toThrow(RedcoreAPIError);
  });
});

describe('health check served by me()', () => {
  it('makes calls that start while the first me() runs wait for it instead of checking again', async () => {
    const me = route('GET', '/v1/me', ok(example<Application>('CurrentApplication')));
    const users = route('GET', '/v1/users', ok(example<UserList>('UserListPage')));
    server.use(me.handler, users.handler);
    const { client } = testClient({ healthCheck: true });

    await Promise.all([client.me(), client.users.list()]);

    expect(me.requests).toHaveLength(1);
    expect(users.requests).toHaveLength(1);
  });
});
