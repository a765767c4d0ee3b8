import { describe, expect, it } from 'vitest';
import { currentApiVersion } from '../policy/policy.ts';
import { example, ok, route, server, useFakeApi } from './testing/fake-api.ts';
import { testClient } from './testing/harness.ts';
import type { Application, EventList, Lock, User, UserList } from './types.ts';

useFakeApi();

describe('typed resource methods', () => {
  it('me() → GET /v1/me', async () => {
    const me = route('GET', '/v1/me', ok(example<Application>('CurrentApplication')));
    server.use(me.handler);
    const { client } = testClient();

    const app = await client.me();

    expect(app.scopes).toContain('users:read');
    expect(me.requests[0]?.headers.get('BlueRound-Version')).toBe(currentApiVersion);
    expect(me.requests[0]?.headers.get('Accept')).toBe('application/json');
  });

  it('users.list(params) → GET /v1/users with the query', async () => {
    const users = route('GET', '/v1/users', ok(example<UserList>('UserListPage')));
    server.use(users.handler);
    const { client } = testClient();

    await client.users.list({ limit: 2, status: 'pending_invite' });
    await client.users.list();
    await client.request('GET', '/v1/users', { query: { limit: 5, cursor: undefined, status: null } });

    expect(users.requests.map((request) => request.url.search)).toEqual([
      '?limit=2&status=pending_invite',
      '',
      '?limit=5',
    ]);
  });

  it('users.create(body) → POST /v1/users with a JSON body and an Idempotency-Key', async () => {
    const users = route('POST', '/v1/users', ok(example<User>('UserInvited'), 201));
    server.use(users.handler);
    const { client } = testClient();
    const body = { email: 'jonas.berg@example.com', name: 'Jonas Berg', role: 'member' } as const;

    const user = await client.users.create(body);

    expect(user.status).toBe('pending_invite');
    const request = users.requests[0];
    expect(JSON.parse(request?.body ?? '')).toEqual(body);
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(request?.headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('users.get / update / resendInvitation use the encoded ID in the path', async () => {
    const get = route('GET', '/v1/users/{id}', ok(example<User>('ActiveUser')));
    const update = route('PATCH', '/v1/users/{id}', ok(example<User>('UserRenamed')));
    const resend = route('POST', '/v1/users/{id}/invitation', ok(example<User>('InvitationResent'), 202));
    server.use(get.handler, update.handler, resend.handler);
    const { client } = testClient();

    await client.users.get('usr_9f2c4e1a');
    const renamed = await client.users.update('usr 9f/2c', { name: 'Priya R.' });
    const invited = await client.users.resendInvitation('usr_4b7d2a90', { idempotencyKey: 'key-1' });

    expect(get.requests[0]?.url.pathname).toBe('/v1/users/usr_9f2c4e1a');
    expect(update.requests[0]?.url.pathname).toBe('/v1/users/usr%209f%2F2c');
    expect(JSON.parse(update.requests[0]?.body ?? '')).toEqual({ name: 'Priya R.' });
    expect(update.requests[0]?.headers.has('Idempotency-Key')).toBe(false);
    expect(renamed.id).toMatch(/^usr_/);
    expect(resend.requests[0]?.body).toBe('');
    expect(resend.requests[0]?.headers.get('Idempotency-Key')).toBe('key-1');
    expect(invited.invitation_expires_at).toBeTruthy();
  });

  it('events.list(params) → GET /v1/events', async () => {
    const events = route('GET', '/v1/events', ok(example<EventList>('EventListPage')));
    server.use(events.handler);
    const { client } = testClient();

    const page = await client.events.list({ type: 'user.created', limit: 10 });

    expect(page.data[0]?.id).toMatch(/^evt_/);
    expect(events.requests[0]?.url.search).toBe('?type=user.created&limit=10');
  });

  it('locks.acquire / release → POST /v1/locks, DELETE /v1/locks/{id} (204, no body)', async () => {
    const acquire = route('POST', '/v1/locks', ok(example<Lock>('LockAcquired'), 201));
    const release = route('DELETE', '/v1/locks/{id}', ok(undefined, 204));
    server.use(acquire.handler, release.handler);
    const { client } = testClient();

    const lock = await client.locks.acquire({ resource: 'invoice:inv_20240314', ttl_seconds: 30 });
    const released = await client.locks.release(lock.id);

    expect(released).toBeUndefined();
    expect(release.requests[0]?.url.pathname).toBe('/v1/locks/lck_5a0e9d27');
    expect(acquire.requests[0]?.headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('request() reaches any path with the same handling, and lets headers override defaults', async () => {
    const users = route('GET', '/v1/users', ok(example<UserList>('UserListLastPage')));
    server.use(users.handler);
    const { client } = testClient();

    const page = await client.request<UserList>('GET', '/v1/users', {
      query: { limit: 1 },
      headers: { 'BlueRound-Version': '2024-01-01', 'X-Trace': 'abc' },
    });

    expect(page.has_more).toBe(false);
    expect(users.requests[0]?.headers.get('X-Trace')).toBe('abc');
    expect(users.requests[0]?.headers.get('Authorization')).toBe('Bearer at_test1');
  });

  it('apiVersion pins another BlueRound-Version', async () => {
    const me = route('GET', '/v1/me', ok(example<Application>('CurrentApplication')));
    server.use(me.handler);
    // A made-up date: only the header matters here, the fake API does not check versions.
    const { client } = testClient({ apiVersion: '2099-01-01' });

    await client.me();

    expect(me.requests[0]?.headers.get('BlueRound-Version')).toBe('2099-01-01');
  });
});
