/* eslint-disable @typescript-eslint/no-unsafe-member-access -- answers are read loosely after call() validated them against the spec. */
/**
 * Property-based attack on the handlers: sequences of random and hostile
 * requests (bad JSON, huge and odd strings, wrong types, unknown fields, path
 * tricks, header floods, wrong methods and media types, control calls that move
 * the clock, revoke tokens, lower the limit or queue faults). For every answer:
 * no exception inside the sandbox and the answer is one the spec documents. After
 * every sequence: the state is consistent.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxRequestBodyBytes } from '../policy/policy.ts';
import { createNodeSandbox } from './node.ts';
import { MemoryStore } from './state/memory-store.ts';
import { initialState } from './state/seed.ts';
import { readState } from './state/store.ts';
import type { SandboxState } from './state/types.ts';
import { capture, origin, sharedConformance } from './testing/harness.ts';
import { requestArb, type Credential, type Generated } from './testing/property-generators.ts';

const runs = Number(process.env['SANDBOX_PROPERTY_RUNS'] ?? 400);
const store = new MemoryStore(() => initialState(Date.now()));
const internalErrors: unknown[] = [];
const server = createNodeSandbox({ store, onInternalError: (error) => internalErrors.push(error) });
let cases = 0;
const statuses = new Map<number, number>();

beforeAll(async () => {
  await sharedConformance();
  server.listen({ onUnhandledFrame: 'bypass' });
});
afterAll(() => server.close());

interface Pool {
  full: { access: string; refresh: string };
  readonly: { access: string; refresh: string };
  /** IDs from earlier answers of the sequence, so later requests can address them. */
  lastUser: string;
  lastLock: string;
  /** The latest `next_cursor`, replayed with other filters and on other lists. */
  lastCursor: string;
}

async function issue(client: string, secret: string) {
  const response = await fetch(`${origin}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `grant_type=client_credentials&client_id=${client}&client_secret=${secret}`,
  });
  const body = (await response.json()) as { access_token: string; refresh_token: string };
  return { access: body.access_token, refresh: body.refresh_token };
}

/** Placeholders that are replaced with live tokens of the current sequence. */

function substitute(text: string, pool: Pool): string {
  return text
    .replace('{last-user}', pool.lastUser)
    .replace('{last-lock}', pool.lastLock)
    .replace('%7Blast-cursor%7D', pool.lastCursor)
    .replace('%7Bfull-refresh%7D', pool.full.refresh)
    .replace('%7Breadonly-refresh%7D', pool.readonly.refresh)
    .replace('%7Bfull%7D', pool.full.access)
    .replace('%7Breadonly%7D', pool.readonly.access);
}

function authorization(credential: Credential, pool: Pool): string | undefined {
  switch (credential) {
    case 'full':
      return `Bearer ${pool.full.access}`;
    case 'readonly':
      return `Bearer ${pool.readonly.access}`;
    case 'full-refresh':
      return `Bearer ${pool.full.refresh}`;
    case 'readonly-refresh':
      return `Bearer ${pool.readonly.refresh}`;
    case 'garbage':
      return 'Bearer ###';
    case 'basic':
      return `Basic ${btoa('sandbox_app_full:sandbox_secret_full')}`;
    case 'proto':
      return 'Bearer __proto__';
    case 'lowercase':
      return `bearer ${pool.full.access}`;
    case 'none':
      return undefined;
  }
}

async function send(generated: Generated, pool: Pool): Promise<void> {
  const headers = new Headers();
  const auth = authorization(generated.credential, pool);
  if (auth) headers.set('authorization', auth);
  const { method, contentType } = generated.target;
  if (contentType) headers.set('content-type', contentType);
  if (generated.version !== undefined) headers.set('BlueRound-Version', generated.version);
  if (generated.idempotencyKey !== undefined) headers.set('Idempotency-Key', generated.idempotencyKey);
  for (let index = 0; index < generated.flood; index++) headers.append(`X-Flood-${index}`, 'v'.repeat(index));
  const raw = generated.target.body;
  let payload: string | undefined =
    raw === 'huge' ? `{"name":"${'x'.repeat(maxRequestBodyBytes)}"}` : raw && substitute(raw, pool);
  if (method === 'GET' || method === 'HEAD') payload = undefined;
  const target = substitute(generated.target.path, pool);
  const url = `${origin}${target}${generated.query}`;
  const answer = await capture(
    await fetch(url, { method, headers, ...(payload === undefined ? {} : { body: payload }) }),
  );
  const id: unknown = answer.json?.id;
  if (typeof id === 'string' && id.startsWith('usr_')) pool.lastUser = id;
  if (typeof id === 'string' && id.startsWith('lck_')) pool.lastLock = id;
  const cursor: unknown = answer.json?.next_cursor;
  if (typeof cursor === 'string') pool.lastCursor = cursor;
  cases++;
  statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
  const problems = (await sharedConformance()).check(method, url, answer);
  expect(problems, `${method} ${target}${generated.query}`).toEqual([]);
  expect(internalErrors).toEqual([]);
}

function checkInvariants(state: SandboxState, now: number) {
  for (const { user } of state.users) {
    const texts = [user.name, user.email];
    expect(
      texts.every((text) => text.isWellFormed() && !text.includes('\u0000')),
      'no NUL or lone surrogate stored',
    ).toBe(true);
  }
  const emails = state.users.map((record) => record.user.email.toLowerCase());
  expect(new Set(emails).size, 'users unique by email').toBe(emails.length);
  const ids = state.users.map((record) => record.user.id);
  expect(new Set(ids).size, 'user IDs unique').toBe(ids.length);
  const eventIds = state.events.map((record) => record.event.id);
  expect(new Set(eventIds).size, 'event IDs unique').toBe(eventIds.length);
  const seqs = [...state.users, ...state.events].map((record) => record.seq);
  expect(new Set(seqs).size, 'sequence numbers unique').toBe(seqs.length);
  expect(Math.max(0, ...seqs)).toBeLessThanOrEqual(state.seq);
  for (const record of state.events) expect(ids, 'events name existing users').toContain(record.event.data.object.id);
  for (const window of Object.values(state.windows)) {
    expect(window.count).toBeGreaterThanOrEqual(0);
    expect(window.count).toBeLessThanOrEqual(state.rateLimit.limit);
  }
  const held = state.locks.filter((lock) => lock.expiresAt > now).map((lock) => `${lock.clientId}\n${lock.resource}`);
  expect(new Set(held).size, 'one live lock per resource').toBe(held.length);
}

async function checkRevocations(state: SandboxState) {
  for (const [value, record] of Object.entries(state.tokens)) {
    if (record.kind === 'access' && record.revoked) {
      const answer = await fetch(`${origin}/v1/me`, { headers: { authorization: `Bearer ${value}` } });
      expect(answer.status, 'revoked access token still works').toBe(401);
    }
    if (record.kind === 'refresh' && (record.revoked || record.rotatedTo !== null)) {
      const client = record.clientId === 'sandbox_app_full' ? 'full' : 'readonly';
      const answer = await fetch(`${origin}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `grant_type=refresh_token&refresh_token=${value}&client_id=${record.clientId}&client_secret=sandbox_secret_${client}`,
      });
      expect(answer.status, 'revoked or rotated refresh token still works').toBe(400);
    }
  }
}

describe('sandbox under random and hostile requests', () => {
  it('never throws, answers only what the spec documents and keeps its state consistent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(requestArb, { minLength: 5, maxLength: 30 }), async (requests) => {
        await fetch(`${origin}/_sandbox/reset`, { method: 'POST' });
        const pool: Pool = {
          full: await issue('sandbox_app_full', 'sandbox_secret_full'),
          readonly: await issue('sandbox_app_readonly', 'sandbox_secret_readonly'),
          lastUser: 'usr_5d1f7c92',
          lastLock: 'lck_00000000',
          lastCursor: 'none-yet',
        };
        for (const generated of requests) await send(generated, pool);
        const state = await readState(store);
        checkInvariants(state, Date.now() + state.clockOffsetMs);
        await checkRevocations(state);
      }),
      { numRuns: runs },
    );
    const spread = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
    console.log(`sandbox property suite: ${cases} cases (${spread})`);
    expect(cases).toBeGreaterThanOrEqual(runs * 5);
  }, 600_000);
});
