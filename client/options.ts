/**
 * `createClient` options and their checks: the "SDK initialization" flowchart
 * up to "Client ready". Nothing here touches the network, so a bad setting
 * fails when the client is built, not on the first call.
 */
import { currentApiVersion } from '../policy/policy.ts';
import { ConfigurationError } from './errors.ts';
import type { EventListener } from './events.ts';
import { realSleep, scaledTime, type Clock, type Random, type Sleep } from './time.ts';
import type { Scope } from './types.ts';

export const defaultBaseUrl = 'https://sandbox.blueround.test';

export interface ClientOptions {
  clientId: string;
  clientSecret: string;
  /** Host (and optional path prefix) of the API. HTTPS only, except on loopback. */
  baseUrl?: string | undefined;
  /** Narrows the token to these scopes; omitted = every scope the client holds. */
  scope?: string | readonly Scope[] | undefined;
  /** Sent as `BlueRound-Version`; defaults to the current version. */
  apiVersion?: string | undefined;
  /**
   * Call `GET /v1/me` before the first request, as the SDK initialization flow
   * describes, so bad credentials surface at once. Default `true`.
   */
  healthCheck?: boolean | undefined;
  /** Defaults to the global `fetch`, looked up at call time so interceptors (MSW) installed later still apply. */
  fetch?: typeof fetch | undefined;
  /** Defaults to `Date.now` (or a scaled clock with `timeScale`). */
  clock?: Clock | undefined;
  /** Defaults to `setTimeout` (divided by `timeScale`). Always called with the real planned ms. */
  sleep?: Sleep | undefined;
  /** Jitter source in [0, 1); defaults to `Math.random`. */
  random?: Random | undefined;
  /**
   * Runs the default clock and sleep this many times faster (the sandbox
   * console uses 10 to play a back-off at a watchable speed). Ignored for a
   * `clock` or `sleep` you pass yourself.
   */
  timeScale?: number | undefined;
  onEvent?: EventListener | undefined;
}

export interface ResolvedOptions {
  clientId: string;
  clientSecret: string;
  baseUrl: string;
  scope: string | undefined;
  apiVersion: string;
  healthCheck: boolean;
  fetch: typeof fetch;
  clock: Clock;
  sleep: Sleep;
  random: Random;
  onEvent: EventListener | undefined;
}

// Plain http is allowed only here: `npm run sandbox` serves on http://127.0.0.1:4010, and
// loopback traffic never leaves the machine, so credentials are not exposed on a network.
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

function required(value: string | undefined, setting: string, envName: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(setting, `missing ${setting} (environment variable ${envName})`);
  }
  return value;
}

function checkBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError('baseUrl', `invalid baseUrl ${JSON.stringify(raw)}: not a URL`);
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.has(url.hostname));
  if (!secure) {
    throw new ConfigurationError(
      'baseUrl',
      `invalid baseUrl ${JSON.stringify(raw)}: must be HTTPS (plain http only for 127.0.0.1 or localhost)`,
    );
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new ConfigurationError(
      'baseUrl',
      `invalid baseUrl ${JSON.stringify(raw)}: no query, fragment or credentials`,
    );
  }
  // Paths carry their own prefix (/oauth, /v1), so the base keeps no trailing slash.
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function resolveOptions(options: ClientOptions): ResolvedOptions {
  const clientId = required(options.clientId, 'clientId', 'REDCORE_CLIENT_ID');
  const clientSecret = required(options.clientSecret, 'clientSecret', 'REDCORE_CLIENT_SECRET');
  const baseUrl = checkBaseUrl(options.baseUrl ?? defaultBaseUrl);
  const scaled = options.timeScale === undefined ? undefined : scaledTime(options.timeScale);
  const scope =
    typeof options.scope === 'string' || options.scope === undefined ? options.scope : options.scope.join(' ');
  return {
    clientId,
    clientSecret,
    baseUrl,
    scope: scope === '' ? undefined : scope,
    apiVersion: options.apiVersion ?? currentApiVersion,
    healthCheck: options.healthCheck ?? true,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    clock: options.clock ?? scaled?.clock ?? Date.now,
    sleep: options.sleep ?? scaled?.sleep ?? realSleep,
    random: options.random ?? Math.random,
    onEvent: options.onEvent,
  };
}
