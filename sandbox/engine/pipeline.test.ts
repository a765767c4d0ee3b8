/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call -- answers are read loosely after call() validated them against the spec. */
import { describe, expect, it } from 'vitest';
import { currentApiVersion, idempotencyKeyTtlHours, maxRequestBodyBytes } from '../../policy/policy.ts';
import { advanceClock, call, capture, origin, token, useSandbox } from '../testing/harness.ts';

useSandbox();

const user = (email: string) => ({ email, name: 'Idem Potent', role: 'viewer' });

describe('every /v1 response', () => {
  it('echoes BlueRound-Version and rejects unknown or malformed versions with 400', async () => {
    const { auth } = await token();
    const ok = await call('GET', '/v1/me', { headers: { ...auth, 'BlueRound-Version': currentApiVersion } });
    expect(ok.headers.get('blueround-version')).toBe(currentApiVersion);
    for (const version of ['2023-06-01', 'yesterday']) {
      const answer = await call('GET', '/v1/me', { headers: { ...auth, 'BlueRound-Version': version } });
      expect([answer.status, answer.json.error.details[0].field]).toEqual([400, 'BlueRound-Version']);
      expect(answer.headers.get('blueround-version')).toBe(currentApiVersion);
    }
  });

  it('answers 404 for unknown paths and 405 with Allow for unlisted methods, with rate-limit headers', async () => {
    const { auth } = await token();
    for (const path of [
      '/v1/nope',
      '/v1/users/',
      '/v1',
      '/nowhere',
      '/oauth/authorize',
      '/_sandbox/nothing',
      '/V1/users',
    ]) {
      const answer = await call('GET', path, { headers: auth });
      expect([path, answer.status, answer.json.error.code]).toEqual([path, 404, 'NOT_FOUND']);
    }
    const wrong = await call('DELETE', '/v1/users/usr_9f2c4e1a', { headers: auth });
    expect([wrong.status, wrong.headers.get('allow')]).toEqual([405, 'GET, HEAD, PATCH']);
    expect((await call('GET', '/oauth/token')).headers.get('allow')).toBe('POST');
  });

  it('resolves dot segments like a URL does and never matches an undecodable ID', async () => {
    const { auth } = await token();
    expect((await call('GET', '/v1/users/../me', { headers: auth })).json.id).toMatch(/^app_/);
    expect((await call('GET', '/v1/users/%2e%2e/me', { headers: auth })).json.id).toMatch(/^app_/);
    expect((await call('GET', '/v1/users/%E0%A4%A', { headers: auth })).status).toBe(404);
    expect((await call('GET', '/v1/users/%2F..', { headers: auth })).status).toBe(404);
  });
});

describe('request bodies', () => {
  it('answers 415 for non-JSON, 400 for malformed JSON or a missing body, 413 over the limit', async () => {
    const { auth } = await token();
    const form = await call('POST', '/v1/users', {
      headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=b',
    });
    expect([form.status, form.json.error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const text = await call('POST', '/v1/locks', { headers: { ...auth, 'content-type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
    const broken = await call('POST', '/v1/users', {
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"email": ',
    });
    expect([broken.status, broken.json.error.details[0].field]).toEqual([400, 'body']);
    const empty = await call('POST', '/v1/users', { headers: { ...auth, 'content-type': 'application/json' } });
    expect(empty.status).toBe(400);
    const huge = await call('POST', '/v1/users', {
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@example.com', name: 'x'.repeat(maxRequestBodyBytes), role: 'viewer' }),
    });
    expect([huge.status, huge.json.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const controls = await call('POST', '/_sandbox/clock', { headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(controls.status).toBe(415);
  });

  it('reports every problem as {field, issue}', async () => {
    const { auth } = await token();
    const answer = await call('POST', '/v1/users', {
      headers: auth,
      json: { email: 'not-an-email', role: 'boss', extra: true },
    });
    const fields = answer.json.error.details.map((detail: { field: string }) => detail.field).sort();
    expect(fields).toEqual(['email', 'extra', 'name', 'role']);
    const nested = await call('POST', '/_sandbox/faults', { json: { match: 'GET /v1/users', statuses: [503, 404] } });
    expect(nested.json.error.details).toEqual([{ field: 'statuses.1', issue: 'Must be one of: 500, 503.' }]);
  });
});

describe('Idempotency-Key', () => {
  it('replays the first 2xx with Idempotent-Replayed and creates nothing', async () => {
    const { auth } = await token();
    const headers = { ...auth, 'Idempotency-Key': 'key-1' };
    const first = await call('POST', '/v1/users', { headers, json: user('idem@example.com') });
    const second = await call('POST', '/v1/users', {
      headers: { ...headers, 'content-type': 'application/json' },
      body: `{ "role": "viewer", "name": "Idem Potent", "email": "idem@example.com" }`,
    });
    expect([second.status, second.json, second.headers.get('idempotent-replayed')]).toEqual([201, first.json, 'true']);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const created = await call('GET', '/v1/events?type=user.created&limit=100', { headers: auth });
    expect(
      created.json.data.filter(
        (event: { data: { object: { email: string } } }) => event.data.object.email === 'idem@example.com',
      ),
    ).toHaveLength(1);
  });

  it('answers 409 IDEMPOTENCY_KEY_REUSED for a different body or path, keyed per client', async () => {
    const { auth } = await token();
    const headers = { ...auth, 'Idempotency-Key': 'key-2' };
    await call('POST', '/v1/users', { headers, json: user('one@example.com') });
    const other = await call('POST', '/v1/users', { headers, json: user('two@example.com') });
    expect([other.status, other.json.error.code]).toEqual([409, 'IDEMPOTENCY_KEY_REUSED']);
    const lock = await call('POST', '/v1/locks', { headers, json: { resource: 'r', ttl_seconds: 5 } });
    expect(lock.status).toBe(409);
  });

  it('stores only 2xx answers and forgets keys after the window', async () => {
    const { auth } = await token();
    const headers = { ...auth, 'Idempotency-Key': 'key-3' };
    expect((await call('POST', '/v1/users', { headers, json: user('priya.raman@example.com') })).status).toBe(409);
    expect((await call('POST', '/v1/users', { headers, json: user('fresh@example.com') })).status).toBe(201);
    await advanceClock(idempotencyKeyTtlHours * 3600);
    const later = await token();
    const again = await call('POST', '/v1/users', {
      headers: { ...later.auth, 'Idempotency-Key': 'key-3' },
      json: user('fresh@example.com'),
    });
    expect([again.status, again.json.error.code]).toEqual([409, 'DUPLICATE_RESOURCE']);
    expect(
      (await call('POST', '/v1/users', { headers: { ...auth, 'Idempotency-Key': '' }, json: user('k@example.com') }))
        .status,
    ).toBe(401);
    expect(
      (
        await call('POST', '/v1/users', {
          headers: { ...later.auth, 'Idempotency-Key': 'x'.repeat(256) },
          json: user('k@example.com'),
        })
      ).status,
    ).toBe(400);
  });
});

describe('other hosts', () => {
  it('are not answered by the sandbox', async () => {
    await expect(fetch('http://127.0.0.1:9/v1/users')).rejects.toThrow();
    expect(origin).toBe('https://sandbox.blueround.test');
    const answer = await capture(await fetch(`${origin}/_sandbox/reset`, { method: 'POST' }));
    expect(answer.status).toBe(204);
  });
});
