/**
 * One API call from start to result: the loop of the error-retry flowchart,
 * with the rate-limit flowchart's proactive wait and the authentication
 * flowchart's token check before every attempt.
 *
 * Budgets, each counted separately per call:
 * - 5xx: `maxRetries` retries (1 + maxRetries attempts), waiting
 *   `retryDelaysSeconds[n]` × jitter; a `POST` only with an `Idempotency-Key`.
 * - 401: `unauthorizedRefreshAttempts` silent refresh + replay.
 * - 429: `maxRateLimitRetries` waits of `Retry-After`. A 429 is retried for
 *   every method, keyed or not: the API documents that a limited call did nothing.
 */
import { maxRateLimitRetries, maxRetries, unauthorizedRefreshAttempts } from '../policy/policy.ts';
import { backoff } from './backoff.ts';
import { readError, readSuccess } from './bodies.ts';
import { ApiError, NetworkError, apiErrorFor } from './errors.ts';
import type { Emit, RetryReason } from './events.ts';
import { readRateLimit, resetWaitMs, retryAfterMs, type RateLimitInfo } from './rate-limit.ts';
import type { Clock, Random, Sleep } from './time.ts';
import type { TokenCache } from './token-cache.ts';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  /** Query parameters; `undefined` and `null` values are left out. */
  query?: Readonly<Record<string, QueryValue>> | undefined;
  /** Sent as JSON. */
  body?: unknown;
  /** Extra headers; they override the client's defaults. */
  headers?: Readonly<Record<string, string>> | undefined;
  /**
   * `POST` only. A string: send this key (reuse it when you repeat the same
   * operation later). `false`: send none, so a 5xx is not retried. Omitted: a
   * new UUID per call, kept across that call's retries.
   */
  idempotencyKey?: string | false | undefined;
}

export interface CallContext {
  baseUrl: string;
  apiVersion: string;
  fetch: typeof fetch;
  clock: Clock;
  sleep: Sleep;
  random: Random;
  emit: Emit;
  tokens: TokenCache;
  /** Shared by all calls of a client: the rate limit is per client, not per call. */
  rateLimit: { last: RateLimitInfo | null };
}

function buildUrl(baseUrl: string, path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.append(name, String(value));
  }
  const search = params.toString();
  return `${baseUrl}${path}${search === '' ? '' : `?${search}`}`;
}

function buildHeaders(ctx: CallContext, method: string, options: RequestOptions): Headers {
  const headers = new Headers({ Accept: 'application/json', 'BlueRound-Version': ctx.apiVersion });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  if (method === 'POST' && options.idempotencyKey !== false && !headers.has('Idempotency-Key')) {
    headers.set('Idempotency-Key', options.idempotencyKey ?? crypto.randomUUID());
  }
  return headers;
}

export async function runCall(
  ctx: CallContext,
  callId: number,
  anyCaseMethod: string,
  path: string,
  options: RequestOptions = {},
): Promise<unknown> {
  const { emit, clock } = ctx;
  // The POST rule below must not depend on how the caller spelled the method.
  const method = anyCaseMethod.toUpperCase();
  if (!path.startsWith('/')) throw new TypeError(`path must start with "/", got ${JSON.stringify(path)}`);
  const url = buildUrl(ctx.baseUrl, path, options.query);
  const headers = buildHeaders(ctx, method, options);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  // Without a key a POST that failed with a 5xx may have run; sending it again could do it twice.
  const retriesServerErrors = method !== 'POST' || headers.has('Idempotency-Key');

  let attempts = 0;
  let serverRetries = 0;
  let rateLimitRetries = 0;
  let refreshes = 0;
  let justWaitedRetryAfter = false;

  const wait = async (
    reason: 'backoff' | 'retry-after' | 'rate-limit-reset',
    ms: number,
    plannedMs = ms,
    jitterFactor = 1,
  ) => {
    emit(callId, { type: 'wait', reason, ms, plannedMs, jitterFactor });
    await ctx.sleep(ms);
  };
  const retry = (reason: RetryReason) => emit(callId, { type: 'retry', attempt: attempts + 1, reason });

  emit(callId, { type: 'call', method, path });
  try {
    for (;;) {
      // After a 429 the flowchart goes straight back to "send": Retry-After already covered the reset.
      if (!justWaitedRetryAfter) {
        const last = ctx.rateLimit.last;
        emit(callId, { type: 'rate-limit-check', remaining: last?.remaining ?? null, reset: last?.reset ?? null });
        const ms = resetWaitMs(last, clock());
        if (ms > 0) await wait('rate-limit-reset', ms);
      }
      justWaitedRetryAfter = false;

      const token = await ctx.tokens.accessToken(callId);
      headers.set('Authorization', `Bearer ${token}`);
      attempts += 1;
      emit(callId, { type: 'send', attempt: attempts, method, path });
      const started = clock();
      let response: Response;
      try {
        response = await ctx.fetch(url, { method, headers, ...(body === undefined ? {} : { body }) });
      } catch (error) {
        throw new NetworkError(`${method} ${path} failed: ${String(error)}`, error);
      }
      const rateLimit = readRateLimit(response.headers);
      if (rateLimit !== null) ctx.rateLimit.last = rateLimit;
      emit(callId, {
        type: 'response',
        attempt: attempts,
        method,
        path,
        status: response.status,
        durationMs: clock() - started,
        requestId: response.headers.get('X-Request-Id'),
        rateLimit,
      });

      if (response.ok) {
        const result = await readSuccess(response).catch((error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          const facts = { code: 'UNKNOWN', message, requestId: response.headers.get('X-Request-Id') };
          throw new ApiError({ ...facts, status: response.status, attempts, method, path });
        });
        emit(callId, { type: 'success', status: response.status, attempts });
        return result;
      }

      const status = response.status;
      if (status === 401 && refreshes < unauthorizedRefreshAttempts) {
        refreshes += 1;
        await response.body?.cancel();
        await ctx.tokens.renewAfterUnauthorized(callId, token);
        retry('unauthorized');
        continue;
      }
      if (status === 429 && rateLimitRetries < maxRateLimitRetries) {
        rateLimitRetries += 1;
        await response.body?.cancel();
        await wait('retry-after', retryAfterMs(response.headers));
        justWaitedRetryAfter = true;
        retry('rate-limited');
        continue;
      }
      if (status >= 500 && status <= 599 && retriesServerErrors && serverRetries < maxRetries) {
        serverRetries += 1;
        await response.body?.cancel();
        const step = backoff(serverRetries, ctx.random);
        await wait('backoff', step.ms, step.plannedMs, step.jitterFactor);
        retry('server-error');
        continue;
      }

      const facts = await readError(response);
      throw apiErrorFor(
        { ...facts, status, attempts, method, path },
        finalSummary(status, retriesServerErrors, facts.message),
      );
    }
  } catch (error) {
    emit(callId, { type: 'give-up', error: error instanceof Error ? error : new Error(String(error)), attempts });
    throw error;
  }
}

/** Says why a 5xx was final; other statuses keep the server's message. */
function finalSummary(status: number, retriesServerErrors: boolean, message: string): string | undefined {
  if (status < 500) return undefined;
  return retriesServerErrors
    ? `max retries exceeded (${message})`
    : `not retried: a POST without an Idempotency-Key may have run (${message})`;
}
