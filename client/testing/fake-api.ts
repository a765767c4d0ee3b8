/**
 * A scripted BlueRound API for the client's tests, on msw/node. Each test
 * scripts the answers it needs with `route(...)` and `server.use(...)`; every
 * answer is checked against the spec (see spec-check.ts) and a test with an
 * off-spec answer fails in `afterEach`.
 */
import { readFileSync } from 'node:fs';
import { HttpResponse, http, type HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { parse } from 'yaml';
import { accessTokenTtlSeconds, currentApiVersion, rateLimitDefaultLimit } from '../../policy/policy.ts';
import { defaultBaseUrl } from '../options.ts';
import type { OAuthErrorBody, TokenResponse } from '../types.ts';
import { loadSpecCheck, type SpecCheck } from './spec-check.ts';

export const baseUrl = defaultBaseUrl;
/** The fake clock's start, 2024-03-14T09:26:53Z, the time the spec's examples use. */
export const startMs = Date.UTC(2024, 2, 14, 9, 26, 53);
export const startSeconds = startMs / 1000;

export const server = setupServer();
const problems: string[] = [];
let specCheck: SpecCheck;

/** Starts the fake API for the test file and fails any test that got an off-spec answer. */
export function useFakeApi(): void {
  beforeAll(async () => {
    specCheck = await loadSpecCheck();
    server.listen({ onUnhandledFrame: 'error' });
  });
  afterEach(() => {
    server.resetHandlers();
    expect(problems.splice(0), 'answers that break the spec').toEqual([]);
  });
  afterAll(() => server.close());
}

/**
 * An example's value from openapi/components/examples. The cast is safe:
 * openapi/examples.test.ts validates every example against its schema.
 */
export function example<T>(name: string): T {
  const url = new URL(`../../openapi/components/examples/${name}.yaml`, import.meta.url);
  return (parse(readFileSync(url, 'utf8')) as { value: T }).value;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

type AnswerSource = Answer | ((request: Recorded) => Answer);

/** The headers of every `/v1` answer, with a window that is far from used up unless told otherwise. */
export function v1Headers(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(rateLimitDefaultLimit),
    'X-RateLimit-Remaining': String(rateLimitDefaultLimit - 1),
    'X-RateLimit-Reset': String(startSeconds + 60),
    'X-Request-Id': 'req_test0001',
    'BlueRound-Version': currentApiVersion,
    ...overrides,
  };
}

export function ok(body: unknown, status = 200, headers: Record<string, string> = {}): Answer {
  return { status, body, headers: v1Headers(headers) };
}

const errorExamples: Record<number, string> = {
  400: 'InvalidCreateUser',
  401: 'ExpiredToken',
  403: 'InsufficientScope',
  404: 'UserNotFound',
  409: 'DuplicateEmail',
  413: 'PayloadTooLarge',
  429: 'RateLimited',
  500: 'InternalError',
  503: 'ServiceUnavailable',
};

const challengeHeaders: Record<number, Record<string, string>> = {
  401: { 'WWW-Authenticate': 'Bearer realm="blueround", error="invalid_token"' },
  403: { 'WWW-Authenticate': 'Bearer realm="blueround", error="insufficient_scope", scope="users:write"' },
  429: { 'Retry-After': '1', 'X-RateLimit-Remaining': '0' },
  503: { 'Retry-After': '1' },
};

/** An error answer with the spec's example body for that status and the headers the spec requires. */
export function fail(
  status: number,
  headers: Record<string, string> = {},
  exampleName = errorExamples[status],
): Answer {
  if (exampleName === undefined) throw new Error(`no example error body for ${status}`);
  const body = example<{ error: { request_id: string } }>(exampleName);
  return {
    status,
    body,
    headers: v1Headers({ 'X-Request-Id': body.error.request_id, ...challengeHeaders[status], ...headers }),
  };
}

function check(method: string, template: string, answer: Answer): void {
  const headers = new Headers(answer.headers);
  problems.push(...specCheck({ method, template, status: answer.status, headers, body: answer.body }));
}

function reply(answer: Answer): Response {
  return answer.body === undefined
    ? new HttpResponse(null, { status: answer.status, headers: answer.headers ?? {} })
    : HttpResponse.json(answer.body as never, { status: answer.status, headers: answer.headers ?? {} });
}

async function record(request: Request): Promise<Recorded> {
  return {
    method: request.method,
    url: new URL(request.url),
    headers: new Headers(request.headers),
    body: await request.clone().text(),
  };
}

export interface Route {
  handler: HttpHandler;
  requests: Recorded[];
}

/**
 * Answers `METHOD template` with `answers` in order, repeating the last one,
 * and records each request. `template` is the spec's path (`/v1/users/{id}`).
 */
export function route(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  template: string,
  ...answers: AnswerSource[]
): Route {
  const requests: Recorded[] = [];
  const path = `${baseUrl}${template.replace(/\{(\w+)\}/g, ':$1')}`;
  const resolver = async ({ request }: { request: Request }) => {
    const recorded = await record(request);
    const source = answers[Math.min(requests.length, answers.length - 1)];
    requests.push(recorded);
    if (source === undefined) throw new Error(`${method} ${template}: no answer scripted`);
    const answer = typeof source === 'function' ? source(recorded) : source;
    check(method, template, answer);
    return reply(answer);
  };
  const on = { GET: http.get, POST: http.post, PATCH: http.patch, DELETE: http.delete }[method];
  return { handler: on(path, resolver), requests };
}

export interface GrantLog {
  grant_type: string | null;
  refresh_token: string | null;
  scope: string | null;
  client_id: string | null;
}

/**
 * `/oauth/token` and `/oauth/revoke` with the contract's rules: the sandbox
 * credentials, numbered tokens, refresh tokens that rotate (the old one then
 * answers invalid_grant) and revocation.
 */
export class FakeAuth {
  readonly grants: GrantLog[] = [];
  readonly revoked: string[] = [];
  /** Refresh tokens that still work. */
  readonly liveRefreshTokens = new Set<string>();
  /** When true, client-credentials grants answer invalid_client (credentials withdrawn). */
  rejectClientCredentials = false;
  #issued = 0;

  constructor(
    readonly clientId = 'sandbox_app_full',
    readonly clientSecret = 'sandbox_secret_full',
  ) {}

  get handlers(): HttpHandler[] {
    return [http.post(`${baseUrl}/oauth/token`, this.#token), http.post(`${baseUrl}/oauth/revoke`, this.#revoke)];
  }

  #token = async ({ request }: { request: Request }) => {
    const form = new URLSearchParams(await request.text());
    const grant: GrantLog = {
      grant_type: form.get('grant_type'),
      refresh_token: form.get('refresh_token'),
      scope: form.get('scope'),
      client_id: form.get('client_id'),
    };
    this.grants.push(grant);
    if (!this.#authenticated(form) || (grant.grant_type === 'client_credentials' && this.rejectClientCredentials)) {
      return this.#answer('/oauth/token', 401, example<OAuthErrorBody>('OAuthInvalidClient'), {
        'WWW-Authenticate': 'Basic realm="blueround"',
      });
    }
    if (grant.grant_type === 'refresh_token') {
      if (grant.refresh_token === null || !this.liveRefreshTokens.delete(grant.refresh_token)) {
        return this.#answer('/oauth/token', 400, example<OAuthErrorBody>('OAuthInvalidGrant'));
      }
    }
    this.#issued += 1;
    const body: TokenResponse = {
      ...example<TokenResponse>('TokenIssued'),
      access_token: `at_test${this.#issued}`,
      refresh_token: `rt_test${this.#issued}`,
      expires_in: accessTokenTtlSeconds,
      ...(grant.scope === null ? {} : { scope: grant.scope }),
    };
    this.liveRefreshTokens.add(body.refresh_token);
    return this.#answer('/oauth/token', 200, body);
  };

  #revoke = async ({ request }: { request: Request }) => {
    const form = new URLSearchParams(await request.text());
    if (!this.#authenticated(form)) {
      return this.#answer('/oauth/revoke', 401, example<OAuthErrorBody>('OAuthInvalidClient'), {
        'WWW-Authenticate': 'Basic realm="blueround"',
      });
    }
    const token = form.get('token') ?? '';
    this.revoked.push(token);
    this.liveRefreshTokens.delete(token);
    return this.#answer('/oauth/revoke', 200, undefined);
  };

  #authenticated(form: URLSearchParams): boolean {
    return form.get('client_id') === this.clientId && form.get('client_secret') === this.clientSecret;
  }

  #answer(template: string, status: number, body: unknown, headers: Record<string, string> = {}): Response {
    const tokenHeaders = template === '/oauth/token' ? { 'Cache-Control': 'no-store', Pragma: 'no-cache' } : {};
    const answer = { status, body, headers: { ...tokenHeaders, ...headers } };
    check('POST', template, answer);
    return reply(answer);
  }
}
