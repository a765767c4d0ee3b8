/**
 * BlueRound's behaviour rules: the single source for every number the sandbox
 * enforces, the client obeys and the docs print. Pages reference these through
 * `{{policy.<name>}}` placeholders (see lib/markdown/remark-policy.ts), so a change
 * here changes the sandbox, the client and the prose together.
 */

export const accessTokenTtlSeconds = 3600;
export const refreshTokenTtlDays = 30;
export const refreshTokenTtlSeconds = refreshTokenTtlDays * 24 * 60 * 60;

/** Back-off before retry n (1-based) of a 5xx; its length is the retry budget. */
export const retryDelaysSeconds = [1, 2, 4] as const;
export const maxRetries = retryDelaysSeconds.length;
/** Each back-off is scaled by a random factor in [1 - ratio, 1 + ratio]. */
export const retryJitterRatio = 0.1;
/** A 401 earns exactly one silent refresh and one replay of the request. */
export const unauthorizedRefreshAttempts = 1;
/** Margin added after `X-RateLimit-Reset` before sending again. */
export const rateLimitResetMarginSeconds = 0.1;
/**
 * The client treats an access token that expires within this margin as expired
 * and refreshes it first, so a token cannot run out between the check and the
 * server reading it (request latency, a back-off wait, clocks that disagree).
 */
export const tokenExpiryMarginSeconds = 30;
/**
 * How many `429` answers in a row one call may wait out before it gives up.
 * `Retry-After` waits do not use the 5xx budget, so without a cap workers that
 * share one client could keep each other waiting for ever.
 */
export const maxRateLimitRetries = 5;

export const rateLimitDefaultLimit = 60;
export const rateLimitDefaultWindowSeconds = 60;

export const invitationTtlHours = 48;
export const idempotencyKeyTtlHours = 24;
export const eventRetentionDays = 30;
export const maxRequestBodyBytes = 1024 * 1024;

export const currentApiVersion = '2024-01-01';

const seconds = (value: number) => `${value} s`;

/**
 * Display strings for prose. Keys are what writers put in `{{policy.<key>}}`.
 * Keep values short: they are dropped into sentences, tables and diagrams.
 */
export const policyText: Readonly<Record<string, string>> = {
  accessTokenTtl: `${seconds(accessTokenTtlSeconds)} (1 hour)`,
  accessTokenTtlSeconds: String(accessTokenTtlSeconds),
  refreshTokenTtl: `${refreshTokenTtlDays} days`,
  refreshTokenTtlDays: String(refreshTokenTtlDays),
  retrySchedule: retryDelaysSeconds.map(seconds).join(' → '),
  retryJitter: `±${Math.round(retryJitterRatio * 100)} %`,
  maxRetries: String(maxRetries),
  rateLimitResetMargin: seconds(rateLimitResetMarginSeconds),
  tokenExpiryMargin: seconds(tokenExpiryMarginSeconds),
  maxRateLimitRetries: String(maxRateLimitRetries),
  rateLimitDefault: `${rateLimitDefaultLimit} requests per ${seconds(rateLimitDefaultWindowSeconds)}`,
  invitationTtl: `${invitationTtlHours} h`,
  idempotencyKeyTtl: `${idempotencyKeyTtlHours} h`,
  eventRetention: `${eventRetentionDays} days`,
  maxRequestBody: '1 MB',
  currentApiVersion,
  // Plain numbers for code samples, e.g. `const delays = [{{policy.retryDelaysSecondsList}}];`.
  retryDelaysSecondsList: retryDelaysSeconds.join(', '),
  retryJitterRatio: String(retryJitterRatio),
  rateLimitResetMarginSeconds: String(rateLimitResetMarginSeconds),
};
