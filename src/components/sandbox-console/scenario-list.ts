/**
 * The scenarios the console replays, one per documented flow, as data the
 * page renders at build time. What each one does is in scenarios.ts.
 */
import { accessTokenTtlSeconds, maxRetries, policyText, refreshTokenTtlDays } from '../../../policy/policy.ts';
import type { FlowDiagramKey } from './flow-map.ts';

export type ScenarioId =
  | 'happy-path'
  | 'expired-token'
  | 'revoked-token'
  | 'read-only-scope'
  | 'rate-limit-burst'
  | 'transient-errors'
  | 'retries-exhausted'
  | 'duplicate-email'
  | 'idempotent-replay';

export interface ScenarioInfo {
  id: ScenarioId;
  title: string;
  /** What the run does and what to watch for. */
  summary: string;
  /** The flowchart shown while it runs. */
  diagram: FlowDiagramKey;
}

/** "Compress waits" plays every wait this many times faster (the label and the toggle say so). */
export const compressionFactor = 10;

/** The burst scenario lowers the limit to this, so four calls at once overrun it. */
export const burstRateLimit = { limit: 3, windowSeconds: 5, calls: 4 } as const;

export const scenarios: readonly ScenarioInfo[] = [
  {
    id: 'happy-path',
    title: 'Happy path',
    summary: 'A valid token, GET /v1/users, 200 on the first attempt.',
    diagram: 'authentication',
  },
  {
    id: 'expired-token',
    title: 'Expired token → silent refresh',
    summary: `Moves the clock ${accessTokenTtlSeconds + 1} s ahead, past the access token's ${policyText['accessTokenTtl']} lifetime; the client refreshes with its refresh token before the call.`,
    diagram: 'authentication',
  },
  {
    id: 'revoked-token',
    title: 'Revoked token → re-authentication',
    summary:
      'Revokes the token pair with POST /oauth/revoke; the call gets 401, the refresh is refused (invalid_grant) and the client requests a new token.',
    diagram: 'authentication',
  },
  {
    id: 'read-only-scope',
    title: 'Read-only key → 403',
    summary: 'sandbox_app_readonly (users:read) tries POST /v1/users: 403 INSUFFICIENT_SCOPE, no retry.',
    diagram: 'authentication',
  },
  {
    id: 'rate-limit-burst',
    title: 'Burst → 429 → Retry-After',
    summary: `Lowers the limit to ${burstRateLimit.limit} requests per ${burstRateLimit.windowSeconds} s and sends ${burstRateLimit.calls} calls at once: one gets 429, waits Retry-After and succeeds.`,
    diagram: 'rate-limits',
  },
  {
    id: 'transient-errors',
    title: '503, 500, then 200',
    summary: `Queues a 503 and a 500 for GET /v1/users: two back-off waits (${policyText['retrySchedule']}, jitter ${policyText['retryJitter']}), success on attempt 3.`,
    diagram: 'error-retry',
  },
  {
    id: 'retries-exhausted',
    title: 'Too many 5xx → give up',
    summary: `Queues four 503s: 1 + ${maxRetries} attempts, three back-off waits, then RedcoreAPIError.`,
    diagram: 'error-retry',
  },
  {
    id: 'duplicate-email',
    title: 'Duplicate email → 409',
    summary:
      'Invites a user with the email of an existing one (in capitals: the check ignores case): 409 DUPLICATE_RESOURCE, no retry.',
    diagram: 'error-retry',
  },
  {
    id: 'idempotent-replay',
    title: 'Same Idempotency-Key → no duplicate',
    summary:
      'Sends POST /v1/users twice with one Idempotency-Key: the second answer is a replay (Idempotent-Replayed: true) and only one user exists.',
    diagram: 'error-retry',
  },
];

/** Shown next to the clock buttons. */
export const clockSteps = [
  { seconds: accessTokenTtlSeconds, label: `+${accessTokenTtlSeconds / 3600} h`, why: 'past the access token TTL' },
  {
    seconds: (refreshTokenTtlDays + 1) * 86_400,
    label: `+${refreshTokenTtlDays + 1} days`,
    why: 'past the refresh token TTL',
  },
] as const;
