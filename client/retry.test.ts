import { describe, expect, it } from 'vitest';
import { maxRetries, retryDelaysSeconds } from '../policy/policy.ts';
import { NetworkError, RedcoreAPIError } from './errors.ts';
import { example, fail, ok, route, server, useFakeApi } from './testing/fake-api.ts';
import { testClient, urlOf } from './testing/harness.ts';
import type { User, UserList } from './types.ts';

useFakeApi();

const userList = () => ok(example<UserList>('UserListPage'));
const newUser = { email: 'jonas.berg@example.com', name: 'Jonas Berg', role: 'member' } as const;
const invited = () => ok(example<User>('UserInvited'), 201);
const schedule = retryDelaysSeconds.map((seconds) => seconds * 1000);

describe('5xx retries', () => {
  it('503 → 500 → 200: two back-off waits from the schedule, then the result', async () => {
    const users = route('GET', '/v1/users', fail(503), fail(500), userList());
    server.use(users.handler);
    const { client, time, ofType } = testClient();

    const list = await client.users.list();

    expect(list.data[0]?.id).toBe('usr_4b7d2a90');
    expect(users.requests).toHaveLength(3);
    expect(time.sleeps).toEqual(schedule.slice(0, 2));
    expect(ofType('retry').map((event) => [event.attempt, event.reason])).toEqual([
      [2, 'server-error'],
      [3, 'server-error'],
    ]);
    expect(ofType('success')).toMatchObject([{ status: 200, attempts: 3 }]);
  });

  it(`gives up with RedcoreAPIError after exactly 1 + ${maxRetries} attempts`, async () => {
    const users = route('GET', '/v1/users', fail(503), fail(500), fail(503), fail(500), fail(503), userList());
    server.use(users.handler);
    const { client, time, ofType } = testClient();

    const error = await client.users.list().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RedcoreAPIError);
    expect(error).toMatchObject({
      status: 500,
      code: 'INTERNAL_ERROR',
      requestId: example<{ error: { request_id: string } }>('InternalError').error.request_id,
      attempts: 1 + maxRetries,
    });
    expect((error as Error).message).toContain('max retries exceeded');
    expect(users.requests).toHaveLength(1 + maxRetries);
    expect(time.sleeps).toEqual(schedule);
    expect(ofType('give-up')).toMatchObject([{ error, attempts: 1 + maxRetries }]);
  });

  it('retries a POST with the Idempotency-Key it added, the same key on every attempt', async () => {
    const users = route('POST', '/v1/users', fail(503), invited());
    server.use(users.handler);
    const { client } = testClient();

    await client.users.create(newUser);

    const keys = users.requests.map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('sends the Idempotency-Key the caller gives, and a new one for each call otherwise', async () => {
    const users = route('POST', '/v1/users', invited());
    server.use(users.handler);
    const { client } = testClient();

    await client.users.create(newUser, { idempotencyKey: '5f0c7e2a-8d4b-4c1e-9a36-2b7f1d9e4c80' });
    await client.users.create(newUser);
    await client.users.create(newUser);

    const keys = users.requests.map((request) => request.headers.get('Idempotency-Key'));
    expect(keys[0]).toBe('5f0c7e2a-8d4b-4c1e-9a36-2b7f1d9e4c80');
    expect(new Set(keys).size).toBe(3);
  });

  it('does not retry a POST sent without an Idempotency-Key', async () => {
    const users = route('POST', '/v1/users', fail(503), invited());
    server.use(users.handler);
    const { client, time } = testClient();

    const error = await client
      .request('POST', '/v1/users', { body: newUser, idempotencyKey: false })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RedcoreAPIError);
    expect(error).toMatchObject({ status: 503, attempts: 1 });
    expect((error as Error).message).toContain('without an Idempotency-Key');
    expect(users.requests).toHaveLength(1);
    expect(users.requests[0]?.headers.has('Idempotency-Key')).toBe(false);
    expect(time.sleeps).toEqual([]);
  });

  it('retries PATCH and DELETE, which need no key', async () => {
    const update = route('PATCH', '/v1/users/{id}', fail(500), ok(example<User>('ActiveUser')));
    const release = route('DELETE', '/v1/locks/{id}', fail(503), { ...ok(undefined, 204) });
    server.use(update.handler, release.handler);
    const { client } = testClient();

    await client.users.update('usr_9f2c4e1a', { name: 'Priya Raman' });
    await client.locks.release('lck_5a0e9d27');

    expect(update.requests).toHaveLength(2);
    expect(release.requests).toHaveLength(2);
  });

  it('gives each call its own budget', async () => {
    const users = route('GET', '/v1/users', fail(503), fail(503), fail(503), userList(), fail(503), userList());
    server.use(users.handler);
    const { client, time } = testClient();

    await client.users.list();
    await client.users.list();

    expect(time.sleeps).toEqual([...schedule, schedule[0]]);
  });

  it('does not retry when fetch itself fails', async () => {
    const offline = (input: RequestInfo | URL, init?: RequestInit) =>
      urlOf(input).includes('/v1/') ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init);
    const { client, ofType, time } = testClient({ fetch: offline });

    const error = await client.users.list().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).cause).toBeInstanceOf(TypeError);
    expect(ofType('send')).toHaveLength(1);
    expect(ofType('give-up')).toMatchObject([{ error, attempts: 1 }]);
    expect(time.sleeps).toEqual([]);
  });
});

describe('request() method spelling', () => {
  it('applies the POST rule to a lower-case "post" too', async () => {
    const users = route('POST', '/v1/users', fail(503), invited());
    server.use(users.handler);
    const { client } = testClient();

    await expect(client.request('post', '/v1/users', { body: newUser, idempotencyKey: false })).rejects.toThrow(
      RedcoreAPIError,
    );
    expect(users.requests).toHaveLength(1);
  });

  it('rejects a path without a leading slash before sending anything', async () => {
    const { client, auth } = testClient();
    await expect(client.request('GET', 'v1/users')).rejects.toThrow(TypeError);
    expect(auth.grants).toEqual([]);
  });
});
