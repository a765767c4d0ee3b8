/**
 * The scenarios' steps. Each one starts from a freshly reset sandbox (the
 * runner resets it), sets up what its flow needs with the sandbox controls,
 * then calls `watch()` and makes the calls whose flow the page shows.
 */
import {
  ConflictError,
  InsufficientScopeError,
  RedcoreAPIError,
  type RedcoreClient,
  type User,
} from '../../../client/index.ts';
import { accessTokenTtlSeconds, maxRetries } from '../../../policy/policy.ts';
import { credentials, type CredentialKey } from './credentials.ts';
import type { Exchange } from './recording-fetch.ts';
import type { SandboxControls } from './sandbox-controls.ts';
import { burstRateLimit, type ScenarioId } from './scenario-list.ts';

export interface ScenarioContext {
  /** A new client for these credentials, reported on the timeline and the flowcharts. */
  client: (key: CredentialKey) => RedcoreClient;
  controls: SandboxControls;
  /** Moves the sandbox's virtual clock and notes why on the timeline. */
  advanceClock: (seconds: number, why: string) => Promise<void>;
  /** A setup step taken outside the client, for the timeline. */
  note: (title: string, detail?: string) => void;
  /** From here on the run is what the page shows: flowchart path, summary, attempts. */
  watch: () => void;
  /** A token of `client` was revoked behind its back. */
  revoked: (client: RedcoreClient) => void;
  /** Every request and response since `watch()`. */
  exchanges: () => readonly Exchange[];
}

export interface ScenarioOutcome {
  /** The flow went the way the docs say it goes. */
  ok: boolean;
  message: string;
}

type Scenario = (context: ScenarioContext) => Promise<ScenarioOutcome>;

const newUser = { email: 'jonas.berg@example.com', name: 'Jonas Berg', role: 'member' } as const;

/** Runs `call`, expecting it to fail with `errorClass`. */
async function expectError<E extends Error>(
  call: Promise<unknown>,
  errorClass: abstract new (...args: never[]) => E,
  describe: (error: E) => string,
): Promise<ScenarioOutcome> {
  try {
    await call;
    return { ok: false, message: `The call succeeded, but the flow expects ${errorClass.name}.` };
  } catch (error) {
    if (error instanceof errorClass) return { ok: true, message: describe(error) };
    throw error;
  }
}

const runs: Record<ScenarioId, Scenario> = {
  async 'happy-path'({ client, watch }) {
    const full = client('full');
    await full.token();
    watch();
    const page = await full.users.list({ limit: 5 });
    return { ok: true, message: `200 OK on the first attempt: ${page.data.length} users.` };
  },

  async 'expired-token'({ client, advanceClock, watch }) {
    const full = client('full');
    await full.token();
    await advanceClock(accessTokenTtlSeconds + 1, 'the access token has expired, the refresh token has not');
    watch();
    await full.users.list({ limit: 5 });
    return { ok: true, message: 'The expired access token was refreshed silently; the call answered 200 OK.' };
  },

  async 'revoked-token'({ client, controls, note, revoked, watch }) {
    const full = client('full');
    const tokens = await full.token();
    if (tokens.refreshToken === null) return { ok: false, message: 'The token response had no refresh token.' };
    await controls.revoke(tokens.refreshToken, credentials.full);
    revoked(full);
    note('POST /oauth/revoke (refresh token)', 'revokes the whole pair; the client is not told');
    watch();
    await full.users.list({ limit: 5 });
    return {
      ok: true,
      message: '401 on the revoked token, refresh refused (invalid_grant), new client-credentials token, then 200 OK.',
    };
  },

  async 'read-only-scope'({ client, watch }) {
    const readOnly = client('readonly');
    await readOnly.token();
    watch();
    return expectError(
      readOnly.users.create(newUser),
      InsufficientScopeError,
      (error) => `${error.status} ${error.code} after ${error.attempts} attempt: the read-only key lacks users:write.`,
    );
  },

  async 'rate-limit-burst'({ client, controls, note, watch, exchanges }) {
    const { limit, windowSeconds, calls } = burstRateLimit;
    await controls.setRateLimit(limit, windowSeconds);
    note('PUT /_sandbox/rate-limit', `${limit} requests per ${windowSeconds} s`);
    const full = client('full');
    await full.token();
    watch();
    await Promise.all(Array.from({ length: calls }, () => full.users.list({ limit: 1 })));
    const limited = exchanges().filter((exchange) => exchange.status === 429).length;
    return limited > 0
      ? { ok: true, message: `${calls} calls at once: ${limited} answered 429, waited Retry-After and then succeeded.` }
      : { ok: false, message: 'No call was rate limited this time; run it again.' };
  },

  async 'transient-errors'({ client, controls, note, watch }) {
    await controls.queueFaults('GET /v1/users', [503, 500]);
    note('POST /_sandbox/faults', 'GET /v1/users answers 503, then 500');
    const full = client('full');
    await full.token();
    watch();
    await full.users.list({ limit: 5 });
    return { ok: true, message: '503 and 500 were retried after back-off waits; attempt 3 answered 200 OK.' };
  },

  async 'retries-exhausted'({ client, controls, note, watch }) {
    const statuses = Array.from({ length: maxRetries + 1 }, () => 503);
    await controls.queueFaults('GET /v1/users', statuses);
    note('POST /_sandbox/faults', `GET /v1/users answers ${statuses.join(', ')}`);
    const full = client('full');
    await full.token();
    watch();
    return expectError(
      full.users.list({ limit: 5 }),
      RedcoreAPIError,
      (error) => `RedcoreAPIError (${error.status}) after ${error.attempts} attempts: 1 + ${maxRetries} retries.`,
    );
  },

  async 'duplicate-email'({ client, note, watch }) {
    const full = client('full');
    const existing = (await full.users.list({ limit: 1 })).data[0];
    if (!existing) return { ok: false, message: 'The sandbox has no user to duplicate.' };
    const email = existing.email.toUpperCase();
    note('Existing user found', existing.email);
    watch();
    return expectError(
      full.users.create({ email, name: 'Duplicate', role: 'viewer' }),
      ConflictError,
      (error) => `${error.status} ${error.code}: ${email} belongs to ${existing.id} already.`,
    );
  },

  async 'idempotent-replay'({ client, watch, exchanges }) {
    const full = client('full');
    await full.token();
    watch();
    const idempotencyKey = crypto.randomUUID();
    const first: User = await full.users.create(newUser, { idempotencyKey });
    const second: User = await full.users.create(newUser, { idempotencyKey });
    const replayed = exchanges().filter(
      (exchange) => exchange.method === 'POST' && replayHeader(exchange) === 'true',
    ).length;
    const page = await full.users.list({ status: 'pending_invite', limit: 100 });
    const copies = page.data.filter((user) => user.email === newUser.email).length;
    const ok = replayed === 1 && first.id === second.id && copies === 1;
    return {
      ok,
      message: ok
        ? `The second POST was replayed (Idempotent-Replayed: true): same user ${first.id}, one user with that email.`
        : `Expected one replay and one user; got ${replayed} replays and ${copies} users.`,
    };
  },
};

function replayHeader(exchange: Exchange): string | undefined {
  return exchange.responseHeaders.find(([name]) => name.toLowerCase() === 'idempotent-replayed')?.[1];
}

export function scenarioRun(id: ScenarioId): Scenario {
  return runs[id];
}
