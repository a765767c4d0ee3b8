/** A client wired to fake time and the fake API, recording its events. */
import { createClient } from '../client.ts';
import type { ClientEvent } from '../events.ts';
import type { ClientOptions } from '../options.ts';
import { FakeAuth, server, startMs } from './fake-api.ts';

/** A clock that only moves when the client sleeps (or the test advances it). */
export function fakeTime(start = startMs) {
  let now = start;
  const sleeps: number[] = [];
  return {
    clock: () => now,
    sleep: (ms: number) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
    advance: (ms: number) => {
      now += ms;
    },
    sleeps,
  };
}

/** The URL a `fetch` call asks for, whatever form its first argument takes. */
export function urlOf(input: RequestInfo | URL): string {
  return input instanceof Request ? input.url : input.toString();
}

export type EventOf<T extends ClientEvent['type']> = Extract<ClientEvent, { type: T }>;

export function testClient(overrides: Partial<ClientOptions> = {}) {
  const time = fakeTime();
  const events: ClientEvent[] = [];
  const auth = new FakeAuth();
  server.use(...auth.handlers);
  const client = createClient({
    clientId: auth.clientId,
    clientSecret: auth.clientSecret,
    healthCheck: false,
    clock: time.clock,
    sleep: time.sleep,
    // 0.5 makes the jitter factor exactly 1, so waits equal the schedule.
    random: () => 0.5,
    onEvent: (event) => events.push(event),
    ...overrides,
  });
  const ofType = <T extends ClientEvent['type']>(type: T) =>
    events.filter((event): event is EventOf<T> => event.type === type);
  return { client, time, events, auth, ofType, types: () => events.map((event) => event.type) };
}
