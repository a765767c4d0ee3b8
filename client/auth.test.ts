import { describe, expect, it } from 'vitest';
import { accessTokenTtlSeconds, tokenExpiryMarginSeconds } from '../policy/policy.ts';
import { AuthenticationError } from './errors.ts';
import { example, fail, ok, route, server, startMs, useFakeApi, type Recorded } from './testing/fake-api.ts';
import { testClient } from './testing/harness.ts';
import type { UserList } from './types.ts';

useFakeApi();

const userList = () => ok(example<UserList>('UserListPage'));
const bearer = (request: Recorded | undefined) => request?.headers.get('Authorization');
const expiresAt = startMs + accessTokenTtlSeconds * 1000;
const marginMs = tokenExpiryMarginSeconds * 1000;

describe('token cache', () => {
  it('gets a client-credentials token on first use and reuses it', async () => {
    const users = route('GET', '/v1/users', userList());
    server.use(users.handler);
    const { client, auth, ofType } = testClient({ scope: ['users:read', 'events:read'] });

    await client.users.list();
    await client.users.list();

    expect(auth.grants).toEqual([
      {
        grant_type: 'client_credentials',
        scope: 'users:read events:read',
        refresh_token: null,
        client_id: 'sandbox_app_full',
      },
    ]);
    expect(users.requests.map(bearer)).toEqual(['Bearer at_test1', 'Bearer at_test1']);
    expect(ofType('check-token').map((event) => event.state)).toEqual(['missing', 'valid']);
    expect(ofType('token-response')).toMatchObject([
      { grant: 'client_credentials', status: 200, expires_in: accessTokenTtlSeconds },
    ]);
  });

  it(`refreshes before use once the token is within ${tokenExpiryMarginSeconds} s of expiry`, async () => {
    const users = route('GET', '/v1/users', userList());
    server.use(users.handler);
    const { client, auth, time, ofType } = testClient();

    await client.users.list();
    time.advance(expiresAt - marginMs - 1 - time.clock());
    await client.users.list();
    time.advance(1);
    await client.users.list();

    expect(ofType('check-token').map((event) => event.state)).toEqual(['missing', 'valid', 'expiring']);
    expect(ofType('refresh')).toMatchObject([{ reason: 'expiring' }]);
    expect(auth.grants.map((grant) => [grant.grant_type, grant.refresh_token])).toEqual([
      ['client_credentials', null],
      ['refresh_token', 'rt_test1'],
    ]);
    expect(users.requests.map(bearer)).toEqual(['Bearer at_test1', 'Bearer at_test1', 'Bearer at_test2']);
  });

  it('refreshes an expired token, keeping each rotated refresh token', async () => {
    const users = route('GET', '/v1/users', userList());
    server.use(users.handler);
    const { client, auth, time, ofType } = testClient();

    await client.users.list();
    time.advance(accessTokenTtlSeconds * 1000);
    await client.users.list();
    time.advance(accessTokenTtlSeconds * 1000);
    await client.users.list();

    expect(ofType('refresh').map((event) => event.reason)).toEqual(['expired', 'expired']);
    expect(auth.grants.map((grant) => grant.refresh_token)).toEqual([null, 'rt_test1', 'rt_test2']);
    expect([...auth.liveRefreshTokens]).toEqual(['rt_test3']);
    expect(users.requests.map(bearer)).toEqual(['Bearer at_test1', 'Bearer at_test2', 'Bearer at_test3']);
  });

  it('falls back to a new client-credentials grant when the refresh token was revoked', async () => {
    const users = route('GET', '/v1/users', userList());
    server.use(users.handler);
    const { client, auth, time, ofType } = testClient();

    await client.users.list();
    auth.liveRefreshTokens.clear();
    time.advance(accessTokenTtlSeconds * 1000);
    await client.users.list();

    expect(auth.grants.map((grant) => grant.grant_type)).toEqual([
      'client_credentials',
      'refresh_token',
      'client_credentials',
    ]);
    expect(ofType('token-request').map((event) => [event.grant, event.fallback])).toEqual([
      ['client_credentials', false],
      ['refresh_token', false],
      ['client_credentials', true],
    ]);
    expect(ofType('token-response').map((event) => [event.status, event.error])).toEqual([
      [200, null],
      [400, 'invalid_grant'],
      [200, null],
    ]);
    expect(bearer(users.requests[1])).toBe('Bearer at_test2');
  });

  it('raises AuthenticationError when the fallback grant fails too, without calling the API', async () => {
    const users = route('GET', '/v1/users', userList());
    server.use(users.handler);
    const { client, auth, time, ofType } = testClient();

    await client.users.list();
    auth.liveRefreshTokens.clear();
    auth.rejectClientCredentials = true;
    time.advance(accessTokenTtlSeconds * 1000);
    const error = await client.users.list().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'invalid_client', path: '/oauth/token' });
    expect(auth.grants.map((grant) => grant.grant_type)).toEqual([
      'client_credentials',
      'refresh_token',
      'client_credentials',
    ]);
    expect(users.requests).toHaveLength(1);
    expect(ofType('give-up')).toMatchObject([{ error, attempts: 0 }]);
  });

  it('raises AuthenticationError for wrong credentials on the first call', async () => {
    const users = route('GET', '/v1/users', userList());
    server.use(users.handler);
    const { client } = testClient({ clientSecret: 'not_the_secret' });

    await expect(client.users.list()).rejects.toThrow(AuthenticationError);
    expect(users.requests).toHaveLength(0);
  });

  it('shares one token request between concurrent calls', async () => {
    const users = route('GET', '/v1/users', userList());
    server.use(users.handler);
    const { client, auth } = testClient();

    await Promise.all([client.users.list(), client.users.list(), client.users.list()]);

    expect(auth.grants).toHaveLength(1);
    expect(users.requests).toHaveLength(3);
  });
});

describe('401 from /v1', () => {
  it('makes one silent refresh and one replay', async () => {
    const users = route('GET', '/v1/users', fail(401), userList());
    server.use(users.handler);
    const { client, auth, types } = testClient();

    await client.users.list();

    expect(auth.grants.map((grant) => [grant.grant_type, grant.refresh_token])).toEqual([
      ['client_credentials', null],
      ['refresh_token', 'rt_test1'],
    ]);
    expect(users.requests.map(bearer)).toEqual(['Bearer at_test1', 'Bearer at_test2']);
    expect(types()).toEqual([
      'call',
      'rate-limit-check',
      'check-token',
      'token-request',
      'token-response',
      'send',
      'response',
      'refresh',
      'token-request',
      'token-response',
      'retry',
      'rate-limit-check',
      'check-token',
      'send',
      'response',
      'success',
    ]);
  });

  it('raises AuthenticationError on a second 401, after exactly one refresh', async () => {
    const users = route('GET', '/v1/users', fail(401));
    server.use(users.handler);
    const { client, auth } = testClient();

    const error = await client.users.list().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', attempts: 2 });
    expect(users.requests).toHaveLength(2);
    expect(auth.grants.map((grant) => grant.grant_type)).toEqual(['client_credentials', 'refresh_token']);
  });

  it('replays with a fresh client-credentials token when the refresh token was revoked too', async () => {
    const users = route('GET', '/v1/users', fail(401), userList());
    server.use(users.handler);
    const { client, auth } = testClient();
    await client.token();
    auth.liveRefreshTokens.clear();

    await client.users.list();

    expect(auth.grants.map((grant) => grant.grant_type)).toEqual([
      'client_credentials',
      'refresh_token',
      'client_credentials',
    ]);
    expect(bearer(users.requests[1])).toBe('Bearer at_test2');
  });

  it('refreshes once for concurrent calls rejected with the same token', async () => {
    const users = route('GET', '/v1/users', (request) =>
      bearer(request) === 'Bearer at_test1' ? fail(401) : userList(),
    );
    server.use(users.handler);
    const { client, auth } = testClient();
    await client.token();

    await Promise.all([client.users.list(), client.users.list()]);

    expect(auth.grants.map((grant) => grant.grant_type)).toEqual(['client_credentials', 'refresh_token']);
    expect(users.requests.map(bearer).sort()).toEqual([
      'Bearer at_test1',
      'Bearer at_test1',
      'Bearer at_test2',
      'Bearer at_test2',
    ]);
  });
});

describe('token() and revoke()', () => {
  it('token() returns the cached pair', async () => {
    const { client, auth } = testClient();

    const first = await client.token();
    const second = await client.token();

    expect(first).toMatchObject({ accessToken: 'at_test1', refreshToken: 'rt_test1', expiresAt });
    expect(first.scope.split(' ')).toContain('users:read');
    expect(second).toEqual(first);
    expect(auth.grants).toHaveLength(1);
  });

  it('revoke() revokes the refresh token and starts over with a new grant', async () => {
    const users = route('GET', '/v1/users', userList());
    server.use(users.handler);
    const { client, auth, ofType } = testClient();
    await client.users.list();

    await client.revoke();
    await client.users.list();

    expect(auth.revoked).toEqual(['rt_test1']);
    expect(ofType('revoke')).toMatchObject([{ status: 200 }]);
    expect(auth.grants.map((grant) => grant.grant_type)).toEqual(['client_credentials', 'client_credentials']);
    expect(bearer(users.requests[1])).toBe('Bearer at_test2');
  });

  it('revoking the access token alone makes the next call refresh', async () => {
    const users = route('GET', '/v1/users', userList());
    server.use(users.handler);
    const { client, auth, ofType } = testClient();
    const { accessToken } = await client.token();

    await client.revoke(accessToken);
    await client.users.list();

    expect(auth.revoked).toEqual(['at_test1']);
    expect(ofType('check-token').at(-1)?.state).toBe('expired');
    expect(auth.grants.map((grant) => grant.grant_type)).toEqual(['client_credentials', 'refresh_token']);
  });

  it('revoke() with nothing cached sends nothing', async () => {
    const { client, auth } = testClient();
    await client.revoke();
    expect(auth.revoked).toEqual([]);
  });
});
