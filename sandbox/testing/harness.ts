/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- answers are read loosely after call() validated them against the spec. */
/**
 * Test harness: an MSW Node sandbox plus `call()`, which sends one request and
 * fails the test when the response breaks the spec (via conformance.ts) or when
 * the sandbox reported an internal error. Every sandbox test goes through it.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { createNodeSandbox } from '../node.ts';
import type { SandboxOptions } from '../handlers/index.ts';
import { sandboxOrigin } from '../spec/routes.ts';
import { loadConformance, type Conformance } from './conformance.ts';

export const origin = sandboxOrigin;

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /**
   * The parsed JSON body, or undefined when there is none. Typed loosely on purpose:
   * `call()` has already checked the body against the spec's schema before a test reads it.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export interface CallInit {
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** JSON body: serialised, with Content-Type application/json. */
  json?: unknown;
  /** Form body: encoded, with Content-Type application/x-www-form-urlencoded. */
  form?: Record<string, string>;
}

let conformance: Promise<Conformance> | undefined;

export function sharedConformance(): Promise<Conformance> {
  conformance ??= loadConformance();
  return conformance;
}

export async function capture(response: Response): Promise<Answer> {
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Sends one request to the sandbox host and checks the answer against the spec. */
export async function call(method: string, path: string, init: CallInit = {}): Promise<Answer> {
  const headers = new Headers(init.headers);
  let body: BodyInit | undefined = init.body as BodyInit | undefined;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  if (init.form !== undefined) {
    body = new URLSearchParams(init.form).toString();
    if (!headers.has('content-type')) headers.set('content-type', 'application/x-www-form-urlencoded');
  }
  const url = path.startsWith('http') ? path : `${origin}${path}`;
  const answer = await capture(await fetch(url, { method, headers, ...(body === undefined ? {} : { body }) }));
  const problems = (await sharedConformance()).check(method, url, answer);
  expect(problems, `${method} ${path} breaks the spec`).toEqual([]);
  return answer;
}

export interface TestSandbox {
  internalErrors: unknown[];
}

/** Starts a sandbox for the calling test file; each test starts from the seed with a generous rate limit. */
export function useSandbox(options: SandboxOptions = {}): TestSandbox {
  const state: TestSandbox = { internalErrors: [] };
  const server = createNodeSandbox({ ...options, onInternalError: (error) => state.internalErrors.push(error) });
  beforeAll(async () => {
    await sharedConformance();
    server.listen({ onUnhandledFrame: 'bypass' });
  });
  beforeEach(async () => {
    await fetch(`${origin}/_sandbox/reset`, { method: 'POST' });
    // Tests make many calls; the rate-limit tests lower the limit themselves.
    await fetch(`${origin}/_sandbox/rate-limit`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ limit: 1_000_000, window_seconds: 60 }),
    });
  });
  afterEach(() => {
    expect(state.internalErrors, 'the sandbox threw').toEqual([]);
  });
  afterAll(() => server.close());
  return state;
}

export const fullClient = { client_id: 'sandbox_app_full', client_secret: 'sandbox_secret_full' };
export const readonlyClient = { client_id: 'sandbox_app_readonly', client_secret: 'sandbox_secret_readonly' };

export async function token(
  client = fullClient,
  scope?: string,
): Promise<{ access: string; refresh: string; auth: Record<string, string> }> {
  const answer = await call('POST', '/oauth/token', {
    form: { grant_type: 'client_credentials', ...client, ...(scope === undefined ? {} : { scope }) },
  });
  expect(answer.status).toBe(200);
  return {
    access: answer.json.access_token,
    refresh: answer.json.refresh_token,
    auth: { authorization: `Bearer ${answer.json.access_token}` },
  };
}

export async function advanceClock(seconds: number): Promise<void> {
  const answer = await call('POST', '/_sandbox/clock', { json: { advance_seconds: seconds } });
  expect(answer.status).toBe(200);
}
