/* eslint-disable @typescript-eslint/no-unsafe-member-access -- answers are read loosely after call() validated them against the spec. */
import { describe, expect, it } from 'vitest';
import { advanceClock, call, token, useSandbox } from '../testing/harness.ts';

useSandbox();

describe('locks', () => {
  it('holds a resource until released: 201, then 409, then 204 and free again', async () => {
    const { auth } = await token();
    const lock = await call('POST', '/v1/locks', { headers: auth, json: { resource: 'invoice:1', ttl_seconds: 30 } });
    expect(lock.status).toBe(201);
    expect(lock.json.id).toMatch(/^lck_/);
    const held = await call('POST', '/v1/locks', { headers: auth, json: { resource: 'invoice:1', ttl_seconds: 30 } });
    expect([held.status, held.json.error.code]).toEqual([409, 'DUPLICATE_RESOURCE']);
    expect((await call('DELETE', `/v1/locks/${lock.json.id}`, { headers: auth })).status).toBe(204);
    expect((await call('DELETE', `/v1/locks/${lock.json.id}`, { headers: auth })).status).toBe(404);
    expect(
      (await call('POST', '/v1/locks', { headers: auth, json: { resource: 'invoice:1', ttl_seconds: 30 } })).status,
    ).toBe(201);
  });

  it('frees the resource when the TTL runs out, and the expired lock is 404', async () => {
    const { auth } = await token();
    const lock = await call('POST', '/v1/locks', { headers: auth, json: { resource: 'r', ttl_seconds: 1 } });
    await advanceClock(2);
    expect((await call('DELETE', `/v1/locks/${lock.json.id}`, { headers: auth })).status).toBe(404);
    expect((await call('POST', '/v1/locks', { headers: auth, json: { resource: 'r', ttl_seconds: 1 } })).status).toBe(
      201,
    );
  });

  it('validates resource and ttl_seconds, and needs locks:write', async () => {
    const { auth } = await token();
    for (const json of [
      { resource: 'r', ttl_seconds: 0 },
      { resource: 'r', ttl_seconds: 3601 },
      { resource: '', ttl_seconds: 5 },
      { resource: 'r', ttl_seconds: 1.5 },
      { resource: 'r' },
    ]) {
      expect((await call('POST', '/v1/locks', { headers: auth, json })).status).toBe(400);
    }
    const readonly = await token({ client_id: 'sandbox_app_readonly', client_secret: 'sandbox_secret_readonly' });
    expect((await call('DELETE', '/v1/locks/lck_00000000', { headers: readonly.auth })).status).toBe(403);
  });
});
