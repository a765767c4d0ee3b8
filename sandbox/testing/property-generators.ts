/**
 * Generators for the sandbox property suite (sandbox/property.test.ts): random
 * and hostile requests. Hostile inputs found by independent testing live here
 * too, so every run tries them: lone surrogates and NUL in JSON strings, forged,
 * edited and cross-filter cursors, over-long OAuth parameters, HEAD everywhere.
 */
import fc from 'fast-check';
import { routes } from '../generated/spec-runtime.js';

export type Credential =
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

const forgedCursor = btoa(JSON.stringify({ list: 'users', seq: 999999 })).replace(/=+$/, '');

/** JSON strings JSON.parse accepts and strict parsers reject: lone surrogates and NUL. */
const illFormedText = fc.constantFrom('\ud800x', 'x\udc00', 'A\u0000B', '\udfff\ud800', '\u0000');

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
    // Forged and edited cursors: the old unsigned shape, a zero tag, too long, and one this sequence was issued.
    forgedCursor,
    '1.AAAAAAAAAAAAAAAAAAAAAA',
    'a'.repeat(65),
    '{last-cursor}',
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
        name: fc.oneof(fc.string({ maxLength: 120 }), fc.constant(null), illFormedText),
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
    '{"email":"s@example.com","name":"\\ud800x","role":"viewer"}',
    '{"email":"n@example.com","name":"A\\u0000B","role":"viewer"}',
    '{"email":"k@example.com","name":"K","role":"viewer","\\udc00":1}',
    '{"match":"GET /v1/users\\u0000","statuses":[500]}',
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
      scope: fc.constantFrom(
        'users:read',
        'users:write locks:write',
        '',
        'admin',
        'users:read  users:read',
        'users:read '.repeat(30),
        '\u0000',
      ),
      refresh_token: fc.constantFrom(
        '{full-refresh}',
        '{readonly-refresh}',
        'rt_unknown',
        '__proto__',
        'r'.repeat(300),
      ),
      token: fc.constantFrom(
        '{full}',
        '{readonly}',
        '{full-refresh}',
        '{readonly-refresh}',
        'at_unknown',
        '__proto__',
        't'.repeat(256),
      ),
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
      name: fc.oneof(
        { weight: 9, arbitrary: fc.string({ minLength: 1, maxLength: 100 }) },
        { weight: 1, arbitrary: illFormedText },
      ),
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
      { weight: 8, arbitrary: fc.constant(route.method) },
      // HEAD stands for GET on every GET route (RFC 9110 §9.3.2), and answers 405 elsewhere.
      { weight: 1, arbitrary: fc.constant('HEAD') },
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

export const requestArb = fc.record({
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

export type Generated = typeof requestArb extends fc.Arbitrary<infer T> ? T : never;
