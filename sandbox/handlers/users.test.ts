/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call -- answers are read loosely after call() validated them against the spec. */
import { describe, expect, it } from 'vitest';
import { invitationTtlHours } from '../../policy/policy.ts';
import { advanceClock, call, token, useSandbox } from '../testing/harness.ts';

useSandbox();

const newUser = { email: 'Jonas.Berg@example.com', name: 'Jonas Berg', role: 'member' };

describe('users', () => {
  it('lists newest first and pages with next_cursor until has_more is false', async () => {
    const { auth } = await token();
    for (let index = 0; index < 5; index++) {
      await call('POST', '/v1/users', {
        headers: auth,
        json: { email: `u${index}@example.com`, name: `U${index}`, role: 'viewer' },
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const answer = await call('GET', `/v1/users?limit=3${query}`, { headers: auth });
      expect(answer.status).toBe(200);
      expect(answer.json.data.length).toBeLessThanOrEqual(3);
      seen.push(...answer.json.data.map((user: { email: string }) => user.email));
      cursor = answer.json.next_cursor;
      expect(answer.json.has_more).toBe(cursor !== null);
    } while (cursor);
    expect(seen.slice(0, 5)).toEqual([
      'u4@example.com',
      'u3@example.com',
      'u2@example.com',
      'u1@example.com',
      'u0@example.com',
    ]);
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
  });

  it('filters by status and rejects bad limits and cursors with details', async () => {
    const { auth } = await token();
    const pending = await call('GET', '/v1/users?status=pending_invite', { headers: auth });
    expect(pending.json.data.every((user: { status: string }) => user.status === 'pending_invite')).toBe(true);
    for (const query of ['limit=0', 'limit=101', 'limit=abc', 'status=gone', 'cursor=nope', 'limit=1&limit=2']) {
      const answer = await call('GET', `/v1/users?${query}`, { headers: auth });
      expect(answer.status, query).toBe(400);
      expect(answer.json.error.details[0].field).toBe(query.split('=')[0]);
    }
  });

  it('creates a pending user with a 48 h invitation and emits user.created', async () => {
    const { auth } = await token();
    const created = await call('POST', '/v1/users', { headers: auth, json: newUser });
    expect(created.status).toBe(201);
    expect(created.json.status).toBe('pending_invite');
    const ttl = Date.parse(created.json.invitation_expires_at) - Date.parse(created.json.created_at);
    expect(ttl).toBe(invitationTtlHours * 3_600_000);
    const events = await call('GET', '/v1/events?limit=1', { headers: auth });
    expect(events.json.data[0]).toMatchObject({ type: 'user.created', data: { object: created.json } });
  });

  it('answers 409 DUPLICATE_RESOURCE for an email in another letter case', async () => {
    const { auth } = await token();
    await call('POST', '/v1/users', { headers: auth, json: newUser });
    const again = await call('POST', '/v1/users', {
      headers: auth,
      json: { ...newUser, email: 'jonas.berg@EXAMPLE.com' },
    });
    expect([again.status, again.json.error.code]).toEqual([409, 'DUPLICATE_RESOURCE']);
    const seeded = await call('POST', '/v1/users', {
      headers: auth,
      json: { ...newUser, email: 'PRIYA.RAMAN@example.com' },
    });
    expect(seeded.status).toBe(409);
  });

  it('gets, patches and 404s, emitting user.updated only on a real change', async () => {
    const { auth } = await token();
    expect((await call('GET', '/v1/users/usr_9f2c4e1a', { headers: auth })).json.name).toBe('Priya Raman');
    expect((await call('GET', '/v1/users/usr_0000dead', { headers: auth })).status).toBe(404);
    expect((await call('PATCH', '/v1/users/usr_0000dead', { headers: auth, json: { name: 'X' } })).status).toBe(404);
    const renamed = await call('PATCH', '/v1/users/usr_9f2c4e1a', {
      headers: auth,
      json: { name: 'Priya Raman-Iyer' },
    });
    expect([renamed.status, renamed.json.name]).toEqual([200, 'Priya Raman-Iyer']);
    const before = (await call('GET', '/v1/events', { headers: auth })).json.data.length;
    const same = await call('PATCH', '/v1/users/usr_9f2c4e1a', { headers: auth, json: { name: 'Priya Raman-Iyer' } });
    expect(same.json).toEqual(renamed.json);
    expect((await call('GET', '/v1/events', { headers: auth })).json.data.length).toBe(before);
    for (const json of [{}, { status: 'pending_invite' }, { email: 'x@example.com' }, { role: 'owner' }]) {
      expect((await call('PATCH', '/v1/users/usr_9f2c4e1a', { headers: auth, json })).status).toBe(400);
    }
  });

  it('deactivating a pending user cancels the invitation', async () => {
    const { auth } = await token();
    const created = await call('POST', '/v1/users', { headers: auth, json: newUser });
    const inactive = await call('PATCH', `/v1/users/${created.json.id}`, {
      headers: auth,
      json: { status: 'inactive' },
    });
    expect(inactive.json).toMatchObject({ status: 'inactive', invitation_expires_at: null });
  });

  it('resends invitations only to pending users, restarting the 48 h', async () => {
    const created = await call('POST', '/v1/users', { headers: (await token()).auth, json: newUser });
    await advanceClock(invitationTtlHours * 3600 + 60);
    // The first access token expired meanwhile.
    const { auth } = await token();
    const resent = await call('POST', `/v1/users/${created.json.id}/invitation`, { headers: auth });
    expect(resent.status).toBe(202);
    expect(Date.parse(resent.json.invitation_expires_at)).toBeGreaterThan(
      Date.parse(created.json.invitation_expires_at),
    );
    const events = await call('GET', '/v1/events?type=invitation.sent', { headers: auth });
    expect(events.json.data[0].data.object).toEqual(resent.json);
    const active = await call('POST', '/v1/users/usr_9f2c4e1a/invitation', { headers: auth });
    expect([active.status, active.json.error.code]).toEqual([409, 'DUPLICATE_RESOURCE']);
    expect((await call('POST', '/v1/users/usr_0000dead/invitation', { headers: auth })).status).toBe(404);
  });
});
