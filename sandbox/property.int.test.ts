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
import { maxRequestBodyBytes } from './policy.ts';
import { createNodeSandbox } from './node.ts';
import { routes } from './generated/spec-runtime.js';
import { MemoryStore } from './state/memory-store.ts';
import { initialState } from './state/seed.ts';
import { readState } from './state/store.ts';
import type { SandboxState } from './state/types.ts';
import { capture, origin, sharedConformance } from './testing/harness.ts';

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
type Credential =
  'full' | 'readonly' | 'full-refresh' | 'readonly-refresh' | 'garbage' | 'none' | 'basic' | 'proto' | 'lowercase';

const hostileSegment = fc.constantFrom(
  '..',
  '%2e%2e',
  '.',
  '%2F..',
  '%00',
  '%E0%A4%A',
  '%',
  '__proto__',
  'constructor',
  'usr_9f2c4e1a',
  'usr_0000dead',
  'lck_00000000',
  '😀',
  ' ',
  '%20',
  'a'.repeat(3000),
  '<script>',
  "'; DROP TABLE users;--",
);
const segment = fc.oneof(hostileSegment, fc.string({ maxLength: 20 }).map(encodeURIComponent));

const path = fc.oneof(
  fc.constantFrom(
    '/oauth/token',
    '/oauth/revoke',
    '/v1/me',
    '/v1/users',
    '/v1/events',
    '/v1/locks',
    '/_sandbox/reset',
    '/_sandbox/clock',
    '/_sandbox/rate-limit',
    '/_sandbox/faults',
    '/v1/users/../me',
    '/v1/users/%2e%2e/me',
    '/v1//users',
    '/V1/users',
    '/v1/users/',
    '/v1',
    '/',
    '/v2/users',
    '/oauth',
    '/_sandbox',
  ),
  segment.map((id) => `/v1/users/${id}`),
  segment.map((id) => `/v1/users/${id}/invitation`),
  segment.map((id) => `/v1/locks/${id}`),
  fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
);

const queryValue = fc.oneof(
  fc.constantFrom(
    '0',
    '1',
    '20',
    '100',
    '101',
    '-1',
    '1.5',
    '1e2',
    'abc',
    '',
    '99999999999999999999',
    'pending_invite',
    'user.created',
    'eyJpZCI6InVzcl85ZjJjNGUxYSJ9',
    '%',
  ),
  fc.string({ maxLength: 30 }),
);
const query = fc
  .array(fc.tuple(fc.constantFrom('limit', 'cursor', 'status', 'type', 'x', '__proto__'), queryValue), { maxLength: 4 })
  .map((pairs) => (pairs.length === 0 ? '' : `?${new URLSearchParams(pairs).toString()}`));

const jsonBody = fc.oneof(
  fc
    .record(
      {
        email: fc.oneof(fc.emailAddress(), fc.string(), fc.integer(), fc.constant('PRIYA.RAMAN@example.com')),
        name: fc.oneof(fc.string({ maxLength: 120 }), fc.constant(null)),
        role: fc.oneof(fc.constantFrom('admin', 'member', 'viewer', 'owner'), fc.integer()),
        status: fc.constantFrom('active', 'inactive', 'pending_invite'),
        resource: fc.oneof(fc.string({ maxLength: 300 }), fc.constant('shared')),
        ttl_seconds: fc.oneof(fc.integer({ min: -5, max: 4000 }), fc.double(), fc.string()),
        advance_seconds: fc.oneof(fc.integer({ min: -10, max: 200_000 }), fc.constant(1e300), fc.double()),
        limit: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(1e308)),
        window_seconds: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constant(1e308)),
        match: fc.oneof(
          fc.constantFrom('GET /v1/users', 'GET /v1/me', 'POST /v1/locks', 'GET /oauth/token'),
          fc.string(),
        ),
        statuses: fc.oneof(fc.array(fc.constantFrom(500, 503, 404), { maxLength: 12 }), fc.string()),
        extra: fc.jsonValue(),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.constantFrom(
    '{"__proto__":{"polluted":true},"email":"p@example.com","name":"P","role":"viewer"}',
    '{"constructor":{"prototype":{"x":1}},"resource":"r","ttl_seconds":5}',
    '{"email":"a@example.com","name":"A","role":"viewer","email":"b@example.com"}',
  ),
  fc.constantFrom(
    '{',
    '{"email":',
    'null',
    '[]',
    '"x"',
    '{"a":1,}',
    '\uFEFF{}',
    'NaN',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
  ),
  fc.string({ maxLength: 200 }),
);

const formBody = fc
  .record(
    {
      grant_type: fc.constantFrom('client_credentials', 'refresh_token', 'password', '', 'CLIENT_CREDENTIALS'),
      client_id: fc.constantFrom('sandbox_app_full', 'sandbox_app_readonly', 'nobody', ''),
      client_secret: fc.constantFrom('sandbox_secret_full', 'sandbox_secret_readonly', 'wrong'),
      scope: fc.constantFrom('users:read', 'users:write locks:write', '', 'admin', 'users:read  users:read'),
      refresh_token: fc.constantFrom('{full-refresh}', '{readonly-refresh}', 'rt_unknown', '__proto__'),
      token: fc.constantFrom('{full}', '{readonly}', '{full-refresh}', '{readonly-refresh}', 'at_unknown', '__proto__'),
      token_type_hint: fc.constantFrom('access_token', 'refresh_token', 'bogus'),
    },
    { requiredKeys: [] },
  )
  .map((fields) => new URLSearchParams(fields).toString());

const body = fc.oneof(
  { weight: 6, arbitrary: jsonBody },
  { weight: 3, arbitrary: formBody },
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant('huge') },
);

const idOf = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('{last-user}', '{last-lock}', 'usr_9f2c4e1a', 'usr_5d1f7c92') },
  { weight: 1, arbitrary: segment },
);

/** Plausible bodies for each operation, so sequences get past validation into the handlers. */
const plausibleBody: Record<string, fc.Arbitrary<string | undefined>> = {
  createUser: fc
    .record({
      email: fc.oneof(
        fc.emailAddress(),
        fc.constantFrom('priya.raman@example.com', 'Dup@Example.com', 'dup@example.com'),
      ),
      name: fc.string({ minLength: 1, maxLength: 100 }),
      role: fc.constantFrom('admin', 'member', 'viewer'),
    })
    .map((value) => JSON.stringify(value)),
  updateUser: fc
    .record(
      {
        name: fc.string({ minLength: 1, maxLength: 100 }),
        role: fc.constantFrom('admin', 'member', 'viewer'),
        status: fc.constantFrom('active', 'inactive'),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  acquireLock: fc
    .record({ resource: fc.constantFrom('a', 'b', 'invoice:1'), ttl_seconds: fc.integer({ min: 1, max: 3600 }) })
    .map((value) => JSON.stringify(value)),
  advanceSandboxClock: fc.integer({ min: 0, max: 1200 }).map((seconds) => JSON.stringify({ advance_seconds: seconds })),
  setSandboxRateLimit: fc
    .record({ limit: fc.integer({ min: 1, max: 40 }), window_seconds: fc.integer({ min: 1, max: 120 }) })
    .map((value) => JSON.stringify(value)),
  queueSandboxFaults: fc
    .record({
      match: fc.constantFrom('GET /v1/users', 'GET /v1/me', 'POST /v1/locks', 'GET /v1/events'),
      statuses: fc.array(fc.constantFrom(500, 503), { minLength: 1, maxLength: 3 }),
    })
    .map((value) => JSON.stringify(value)),
  issueToken: formBody,
  revokeToken: formBody,
};

const routedRequest = fc.constantFrom(...routes).chain((route) =>
  fc.record({
    method: fc.oneof(
      { weight: 9, arbitrary: fc.constant(route.method) },
      { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS') },
    ),
    path: idOf.map((id) => route.path.replace('{id}', id)),
    body: fc.oneof(
      { weight: 3, arbitrary: plausibleBody[route.operationId] ?? fc.constant(undefined) },
      { weight: 1, arbitrary: body },
    ),
    contentType: fc.oneof(
      { weight: 8, arbitrary: fc.constant(route.body?.mediaTypes[0] ?? '') },
      {
        weight: 1,
        arbitrary: fc.constantFrom('text/plain', 'application/json', 'application/x-www-form-urlencoded', ''),
      },
    ),
  }),
);

const randomRequest = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
  path,
  body,
  contentType: fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/x-www-form-urlencoded',
    'text/plain',
    'APPLICATION/JSON',
    '',
    'multipart/form-data; boundary=x',
  ),
});

const requestArb = fc.record({
  target: fc.oneof({ weight: 4, arbitrary: routedRequest }, { weight: 1, arbitrary: randomRequest }),
  query,
  credential: fc.constantFrom<Credential>(
    'full',
    'full',
    'full',
    'full',
    'full',
    'full',
    'readonly',
    'full-refresh',
    'readonly-refresh',
    'garbage',
    'none',
    'basic',
    'proto',
    'lowercase',
  ),
  version: fc.constantFrom(undefined, undefined, undefined, undefined, '2024-01-01', '2023-06-01', 'latest', ''),
  idempotencyKey: fc.constantFrom(undefined, undefined, undefined, 'k1', 'k2', '', 'x'.repeat(300), '__proto__'),
  flood: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 150 }) }),
});

type Generated = typeof requestArb extends fc.Arbitrary<infer T> ? T : never;

function substitute(text: string, pool: Pool): string {
  return text
    .replace('{last-user}', pool.lastUser)
    .replace('{last-lock}', pool.lastLock)
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
  cases++;
  statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
  const problems = (await sharedConformance()).check(method, url, answer);
  expect(problems, `${method} ${target}${generated.query}`).toEqual([]);
  expect(internalErrors).toEqual([]);
}

function checkInvariants(state: SandboxState, now: number) {
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
