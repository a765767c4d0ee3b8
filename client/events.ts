/**
 * The client's step-by-step trace, for the sandbox console that animates the
 * flowcharts. Event `type`s are a public contract: the console maps them to
 * diagram nodes, so rename one only together with the console. Which node each
 * event lights up:
 *
 * | type               | flowchart node(s)                                                                |
 * | ------------------ | -------------------------------------------------------------------------------- |
 * | `call`             | "Client makes an API request" / "API call starts" / "Prepare an API request"     |
 * | `health-check`     | sdk-initialization: "GET /v1/me (implicit health check)", "HTTP 200?"            |
 * | `rate-limit-check` | rate-limits: "Read X-RateLimit-Remaining", "Remaining = 0?"                      |
 * | `check-token`      | authentication: "access_token present?", "Token expired?"                        |
 * | `refresh`          | authentication / error-retry: "POST /oauth/token grant_type=refresh_token"       |
 * | `token-request`    | "POST /oauth/token" (either grant; `client_credentials` = "request a new token") |
 * | `token-response`   | "Refresh succeeded?" / "Store the new token pair"                                |
 * | `revoke`           | `POST /oauth/revoke` (token lifecycle: Active → Revoked)                         |
 * | `send`             | "Send the HTTP request" / "Forward the request to the API"                       |
 * | `response`         | "HTTP status?"                                                                   |
 * | `wait`             | "Sleep the next back-off step" / "Sleep Retry-After seconds" / "Sleep that long" |
 * | `retry`            | "Retries used + 1" and the edge back to "Send"                                   |
 * | `give-up`          | every terminal error node (typed error, AuthenticationError, RedcoreAPIError)    |
 * | `success`          | "Return the response"                                                            |
 *
 * Every event carries `seq` (1, 2, 3… per client, never reused, so the console
 * can order and deduplicate), `time` (the injected clock, ms since the epoch)
 * and `callId` (which call it belongs to; calls can run concurrently).
 */
import type { RateLimitInfo } from './rate-limit.ts';
import type { Clock } from './time.ts';
import type { OAuthErrorCode } from './types.ts';

export type TokenState = 'missing' | 'valid' | 'expiring' | 'expired';
export type Grant = 'client_credentials' | 'refresh_token';
export type WaitReason = 'backoff' | 'retry-after' | 'rate-limit-reset';
export type RetryReason = 'server-error' | 'rate-limited' | 'unauthorized';

interface EventBase {
  seq: number;
  time: number;
  callId: number;
}

type Events =
  | { type: 'call'; method: string; path: string }
  | { type: 'health-check'; phase: 'start' | 'ok' | 'failed' }
  /** `remaining`/`reset` as the last `/v1` response left them; `null` before the first one. */
  | { type: 'rate-limit-check'; remaining: number | null; reset: number | null }
  /** `expiresAt` in ms of the injected clock; `expiring` = within `tokenExpiryMarginSeconds`. */
  | { type: 'check-token'; state: TokenState; expiresAt: number | null }
  /** `unauthorized`: a `/v1` call answered 401. Without a refresh token the grant is `client_credentials`. */
  | { type: 'refresh'; reason: 'expiring' | 'expired' | 'unauthorized' }
  /** `fallback`: this client-credentials grant replaces a refresh that failed with `invalid_grant`. */
  | { type: 'token-request'; grant: Grant; fallback: boolean }
  | {
      type: 'token-response';
      grant: Grant;
      status: number;
      expires_in: number | null;
      error: OAuthErrorCode | null;
    }
  | { type: 'revoke'; status: number }
  | { type: 'send'; attempt: number; method: string; path: string }
  | {
      type: 'response';
      attempt: number;
      method: string;
      path: string;
      status: number;
      /** Measured on the injected clock, so 0 under a fake clock that only sleeps move. */
      durationMs: number;
      requestId: string | null;
      /** `null` when the response had no `X-RateLimit-*` headers. */
      rateLimit: RateLimitInfo | null;
    }
  /**
   * `ms` is the real wait the client asked `sleep` for, `plannedMs` the same
   * before jitter (they differ only for `backoff`); both are unscaled even when
   * the console compresses time.
   */
  | { type: 'wait'; reason: WaitReason; ms: number; plannedMs: number; jitterFactor: number }
  /** `attempt` is the number of the attempt about to be sent. */
  | { type: 'retry'; attempt: number; reason: RetryReason }
  /** `error` is what the call rejects with: an `ApiError` subclass or a `NetworkError`. */
  | { type: 'give-up'; error: Error; attempts: number }
  | { type: 'success'; status: number; attempts: number };

export type ClientEvent = EventBase & Events;
export type ClientEventType = ClientEvent['type'];
export type EventListener = (event: ClientEvent) => void;
export type EventPayload = Events;

export type Emit = (callId: number, payload: EventPayload) => void;

export function createEmitter(clock: Clock, listener: EventListener | undefined): Emit {
  let seq = 0;
  return (callId, payload) => {
    if (listener === undefined) return;
    const event = { ...payload, seq: ++seq, time: clock(), callId };
    try {
      listener(event);
    } catch (error) {
      // Watching a call must never change its outcome, so a faulty listener is reported, not rethrown.
      console.error('BlueRound client: onEvent listener threw', error);
    }
  };
}
