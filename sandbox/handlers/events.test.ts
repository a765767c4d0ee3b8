/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call -- answers are read loosely after call() validated them against the spec. */
import { describe, expect, it } from 'vitest';
import { eventRetentionDays } from '../../policy/policy.ts';
import { advanceClock, call, token, useSandbox } from '../testing/harness.ts';

useSandbox();

describe('events', () => {
  it('lists the seeded history newest first, filtered by type and paged', async () => {
    const { auth } = await token();
    const all = await call('GET', '/v1/events?limit=100', { headers: auth });
    const created = all.json.data.map((event: { created: number }) => event.created);
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const userCreated = await call('GET', '/v1/events?type=user.created', { headers: auth });
    expect(userCreated.json.data.length).toBeGreaterThanOrEqual(3);
    expect(userCreated.json.data.every((event: { type: string }) => event.type === 'user.created')).toBe(true);
    const future = await call('GET', '/v1/events?type=lock.created', { headers: auth });
    expect(future.json).toEqual({ data: [], has_more: false, next_cursor: null });
    const first = await call('GET', '/v1/events?limit=2', { headers: auth });
    const second = await call('GET', `/v1/events?limit=2&cursor=${first.json.next_cursor}`, { headers: auth });
    expect(second.json.data[0].id).toBe(all.json.data[2].id);
    const wrongList = await call('GET', `/v1/users?cursor=${first.json.next_cursor}`, { headers: auth });
    expect(wrongList.status).toBe(400);
    expect((await call('GET', '/v1/events?type=Not-A-Type', { headers: auth })).status).toBe(400);
  });

  it('needs events:read and keeps events for the retention window only', async () => {
    const readonly = await token({ client_id: 'sandbox_app_readonly', client_secret: 'sandbox_secret_readonly' });
    expect((await call('GET', '/v1/events', { headers: readonly.auth })).status).toBe(403);
    await advanceClock(eventRetentionDays * 86_400);
    const { auth } = await token();
    const answer = await call('GET', '/v1/events', { headers: auth });
    expect(answer.json.data).toEqual([]);
  });
});
