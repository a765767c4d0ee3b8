/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- answers are read loosely after call() validated them against the spec. */
import { describe, expect, it } from 'vitest';
import { accessTokenTtlSeconds, refreshTokenTtlSeconds } from '../../policy/policy.ts';
import { advanceClock, call, fullClient, readonlyClient, token, useSandbox } from '../testing/harness.ts';

useSandbox();

const basic = (id: string, secret: string) =>
  `Basic ${btoa(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`)}`;

describe('POST /oauth/token', () => {
  it('issues a pair for client credentials in the body, with every scope of the client', async () => {
    const answer = await call('POST', '/oauth/token', { form: { grant_type: 'client_credentials', ...fullClient } });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ token_type: 'Bearer', expires_in: accessTokenTtlSeconds });
    expect(answer.json.scope).toBe('users:read users:write events:read locks:write');
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('accepts HTTP Basic and narrows the scope', async () => {
    const answer = await call('POST', '/oauth/token', {
      headers: { authorization: basic('sandbox_app_full', 'sandbox_secret_full') },
      form: { grant_type: 'client_credentials', scope: 'events:read users:read' },
    });
    expect(answer.status).toBe(200);
    expect(answer.json.scope).toBe('users:read events:read');
    const me = await call('GET', '/v1/me', { headers: { authorization: `Bearer ${answer.json.access_token}` } });
    expect(me.json.scopes).toEqual(['users:read', 'events:read']);
  });

  it('answers invalid_client with a Basic challenge for a wrong secret or no credentials', async () => {
    for (const form of [
      { grant_type: 'client_credentials', client_id: 'sandbox_app_full', client_secret: 'nope' },
      { grant_type: 'client_credentials' },
    ]) {
      const answer = await call('POST', '/oauth/token', { form });
      expect(answer.status).toBe(401);
      expect(answer.json.error).toBe('invalid_client');
      expect(answer.headers.get('www-authenticate')).toMatch(/^Basic /);
    }
  });

  it('rejects two client authentication methods, repeated parameters and non-form bodies as invalid_request', async () => {
    const both = await call('POST', '/oauth/token', {
      headers: { authorization: basic('sandbox_app_full', 'sandbox_secret_full') },
      form: { grant_type: 'client_credentials', ...fullClient },
    });
    expect([both.status, both.json.error]).toEqual([400, 'invalid_request']);
    const twice = await call('POST', '/oauth/token', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&grant_type=client_credentials&client_id=sandbox_app_full&client_secret=sandbox_secret_full',
    });
    expect([twice.status, twice.json.error]).toEqual([400, 'invalid_request']);
    const json = await call('POST', '/oauth/token', { json: { grant_type: 'client_credentials', ...fullClient } });
    expect([json.status, json.json.error]).toEqual([400, 'invalid_request']);
  });

  it('answers unsupported_grant_type and invalid_scope', async () => {
    const grant = await call('POST', '/oauth/token', { form: { grant_type: 'password', ...fullClient } });
    expect([grant.status, grant.json.error]).toEqual([400, 'unsupported_grant_type']);
    const scope = await call('POST', '/oauth/token', {
      form: { grant_type: 'client_credentials', scope: 'users:write', ...readonlyClient },
    });
    expect([scope.status, scope.json.error]).toEqual([400, 'invalid_scope']);
    const unknown = await call('POST', '/oauth/token', {
      form: { grant_type: 'client_credentials', scope: 'admin', ...fullClient },
    });
    expect([unknown.status, unknown.json.error]).toEqual([400, 'invalid_scope']);
  });

  it('rotates refresh tokens: the old one answers invalid_grant', async () => {
    const first = await token();
    const refreshed = await call('POST', '/oauth/token', {
      form: { grant_type: 'refresh_token', refresh_token: first.refresh, ...fullClient },
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.refresh_token).not.toBe(first.refresh);
    const again = await call('POST', '/oauth/token', {
      form: { grant_type: 'refresh_token', refresh_token: first.refresh, ...fullClient },
    });
    expect([again.status, again.json.error]).toEqual([400, 'invalid_grant']);
    const other = await call('POST', '/oauth/token', {
      form: { grant_type: 'refresh_token', refresh_token: refreshed.json.refresh_token, ...readonlyClient },
    });
    expect([other.status, other.json.error]).toEqual([400, 'invalid_grant']);
  });

  it('narrows on refresh while the new refresh token keeps the original scope (RFC 6749 §6)', async () => {
    const first = await token();
    const narrow = await call('POST', '/oauth/token', {
      form: { grant_type: 'refresh_token', refresh_token: first.refresh, scope: 'users:read', ...fullClient },
    });
    expect(narrow.json.scope).toBe('users:read');
    const wide = await call('POST', '/oauth/token', {
      form: { grant_type: 'refresh_token', refresh_token: narrow.json.refresh_token, ...fullClient },
    });
    expect(wide.json.scope).toBe('users:read users:write events:read locks:write');
  });

  it('lets access tokens expire after their TTL and refresh tokens after theirs', async () => {
    const pair = await token();
    await advanceClock(accessTokenTtlSeconds - 1);
    expect((await call('GET', '/v1/me', { headers: pair.auth })).status).toBe(200);
    await advanceClock(1);
    const expired = await call('GET', '/v1/me', { headers: pair.auth });
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toContain('error="invalid_token"');
    const refreshed = await call('POST', '/oauth/token', {
      form: { grant_type: 'refresh_token', refresh_token: pair.refresh, ...fullClient },
    });
    expect(refreshed.status).toBe(200);
    await advanceClock(refreshTokenTtlSeconds);
    const late = await call('POST', '/oauth/token', {
      form: { grant_type: 'refresh_token', refresh_token: refreshed.json.refresh_token, ...fullClient },
    });
    expect([late.status, late.json.error]).toEqual([400, 'invalid_grant']);
  });

  it('does not count against the rate limit', async () => {
    await call('PUT', '/_sandbox/rate-limit', { json: { limit: 2, window_seconds: 60 } });
    for (let index = 0; index < 5; index++) await token();
    const pair = await token();
    expect((await call('GET', '/v1/me', { headers: pair.auth })).headers.get('x-ratelimit-remaining')).toBe('1');
  });
});

describe('POST /oauth/revoke', () => {
  it('revokes an access token and leaves its refresh token working', async () => {
    const pair = await token();
    const revoked = await call('POST', '/oauth/revoke', { form: { token: pair.access, ...fullClient } });
    expect([revoked.status, revoked.text]).toEqual([200, '']);
    const me = await call('GET', '/v1/me', { headers: pair.auth });
    expect(me.status).toBe(401);
    expect(me.headers.get('www-authenticate')).toContain('revoked');
    const refreshed = await call('POST', '/oauth/token', {
      form: { grant_type: 'refresh_token', refresh_token: pair.refresh, ...fullClient },
    });
    expect(refreshed.status).toBe(200);
  });

  it('revokes a refresh token together with the access token issued with it', async () => {
    const pair = await token();
    expect(
      (
        await call('POST', '/oauth/revoke', {
          form: { token: pair.refresh, token_type_hint: 'refresh_token', ...fullClient },
        })
      ).status,
    ).toBe(200);
    expect((await call('GET', '/v1/me', { headers: pair.auth })).status).toBe(401);
    const refreshed = await call('POST', '/oauth/token', {
      form: { grant_type: 'refresh_token', refresh_token: pair.refresh, ...fullClient },
    });
    expect([refreshed.status, refreshed.json.error]).toEqual([400, 'invalid_grant']);
  });

  it('answers 200 for unknown tokens, invalid_grant for another client’s, invalid_request without a token', async () => {
    expect((await call('POST', '/oauth/revoke', { form: { token: 'at_unknown', ...fullClient } })).status).toBe(200);
    expect((await call('POST', '/oauth/revoke', { form: { token: '__proto__', ...fullClient } })).status).toBe(200);
    const pair = await token();
    const other = await call('POST', '/oauth/revoke', { form: { token: pair.access, ...readonlyClient } });
    expect([other.status, other.json.error]).toEqual([400, 'invalid_grant']);
    expect((await call('GET', '/v1/me', { headers: pair.auth })).status).toBe(200);
    const missing = await call('POST', '/oauth/revoke', { form: { ...fullClient } });
    expect([missing.status, missing.json.error]).toEqual([400, 'invalid_request']);
    const badClient = await call('POST', '/oauth/revoke', {
      form: { token: pair.access, client_id: 'x', client_secret: 'y' },
    });
    expect(badClient.status).toBe(401);
  });
});

describe('bearer authentication on /v1', () => {
  it('gives the bare challenge without credentials and invalid_token for bad ones', async () => {
    const none = await call('GET', '/v1/users');
    expect([none.status, none.json.error.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="blueround"');
    const pair = await token();
    for (const authorization of ['Bearer nope', `Bearer ${pair.refresh}`, 'Bearer', 'Bearer a b', 'Bearer __proto__']) {
      const bad = await call('GET', '/v1/users', { headers: { authorization } });
      expect(bad.status).toBe(401);
      expect(bad.headers.get('www-authenticate')).toContain('error="invalid_token"');
    }
  });

  it('answers 403 INSUFFICIENT_SCOPE with the needed scope in the challenge', async () => {
    const readonly = await token(readonlyClient);
    const answer = await call('POST', '/v1/users', {
      headers: readonly.auth,
      json: { email: 'a@example.com', name: 'A', role: 'viewer' },
    });
    expect([answer.status, answer.json.error.code]).toEqual([403, 'INSUFFICIENT_SCOPE']);
    expect(answer.headers.get('www-authenticate')).toBe(
      'Bearer realm="blueround", error="insufficient_scope", scope="users:write"',
    );
    expect((await call('GET', '/v1/users', { headers: readonly.auth })).status).toBe(200);
  });
});
