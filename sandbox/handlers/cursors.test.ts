/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- answers are read loosely after call() validated them against the spec. */
/** Cursors are opaque and tamper-evident: only the cursor the sandbox issued, for that list and filters, works. */
import { describe, expect, it } from 'vitest';
import { call, token, useSandbox } from '../testing/harness.ts';

useSandbox();

const base64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

async function expectInvalidCursor(path: string, auth: Record<string, string>) {
  const answer = await call('GET', path, { headers: auth });
  expect(answer.status, path).toBe(400);
  expect(answer.json.error.code).toBe('INVALID_REQUEST');
  expect(answer.json.error.details[0].field).toBe('cursor');
}

describe('pagination cursors', () => {
  it('follows a cursor it issued, with the same filters', async () => {
    const { auth } = await token();
    const first = await call('GET', '/v1/users?limit=1&status=active', { headers: auth });
    expect(first.json.next_cursor).toEqual(expect.any(String));
    const second = await call('GET', `/v1/users?limit=1&status=active&cursor=${first.json.next_cursor}`, {
      headers: auth,
    });
    expect(second.status).toBe(200);
    expect(second.json.data[0].id).not.toBe(first.json.data[0].id);
  });

  it('rejects a forged cursor that only has the right shape', async () => {
    const { auth } = await token();
    for (const forged of [
      base64url(JSON.stringify({ list: 'users', seq: 999999 })),
      base64url(JSON.stringify({ list: 'users', seq: 3 })),
      '1.AAAAAAAAAAAAAAAAAAAAAA',
    ]) {
      await expectInvalidCursor(`/v1/users?cursor=${forged}`, auth);
    }
  });

  it('rejects a cursor whose position or tag was edited', async () => {
    const { auth } = await token();
    const first = await call('GET', '/v1/users?limit=1', { headers: auth });
    const cursor: string = first.json.next_cursor;
    const [position = '', tag = ''] = cursor.split('.');
    const moved = `${(parseInt(position, 36) + 1).toString(36)}.${tag}`;
    const flipped = `${position}.${tag.slice(0, -1)}${tag.endsWith('A') ? 'B' : 'A'}`;
    for (const edited of [moved, flipped, cursor.slice(0, -1), `${cursor}A`]) {
      await expectInvalidCursor(`/v1/users?limit=1&cursor=${edited}`, auth);
    }
  });

  it('binds a cursor to the filters and the list that issued it', async () => {
    const { auth } = await token();
    const active = await call('GET', '/v1/users?limit=1&status=active', { headers: auth });
    const cursor: string = active.json.next_cursor;
    await expectInvalidCursor(`/v1/users?limit=1&status=inactive&cursor=${cursor}`, auth);
    await expectInvalidCursor(`/v1/users?limit=1&cursor=${cursor}`, auth);
    await expectInvalidCursor(`/v1/events?limit=1&cursor=${cursor}`, auth);
    // Only filters bind: another page size keeps the cursor valid.
    const wider = await call('GET', `/v1/users?limit=5&status=active&cursor=${cursor}`, { headers: auth });
    expect(wider.status).toBe(200);
  });

  it('voids cursors issued before a reset', async () => {
    const { auth } = await token();
    const first = await call('GET', '/v1/events?limit=1', { headers: auth });
    await call('POST', '/_sandbox/reset');
    await expectInvalidCursor(`/v1/events?limit=1&cursor=${first.json.next_cursor}`, auth);
  });

  it('rejects a cursor longer than the maxLength the spec states', async () => {
    const { auth } = await token();
    const answer = await call('GET', `/v1/users?cursor=${'a'.repeat(65)}`, { headers: auth });
    expect(answer.status).toBe(400);
    expect(answer.json.error.details).toEqual([{ field: 'cursor', issue: 'Must be at most 64 characters long.' }]);
  });
});
