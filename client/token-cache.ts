/**
 * The token cache of the authentication flowchart: one access/refresh pair per
 * client, fetched on first use, refreshed shortly before it expires, and
 * replaced by a fresh client-credentials grant when the refresh token no longer
 * works.
 */
import { tokenExpiryMarginSeconds } from '../policy/policy.ts';
import { readError } from './bodies.ts';
import { AuthenticationError, NetworkError, RedcoreAPIError, apiErrorFor, type ApiError } from './errors.ts';
import type { Emit, Grant, TokenState } from './events.ts';
import type { Clock } from './time.ts';
import type { OAuthErrorCode, TokenResponse } from './types.ts';

export interface TokenSet {
  accessToken: string;
  refreshToken: string | null;
  /** Space-separated scopes of the access token. */
  scope: string;
  /** When the access token expires, in ms of the injected clock. */
  expiresAt: number;
}

export interface TokenCacheOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  scope: string | undefined;
  fetch: typeof fetch;
  clock: Clock;
  emit: Emit;
}

const tokenPath = '/oauth/token';
const revokePath = '/oauth/revoke';

export class TokenCache {
  readonly #options: TokenCacheOptions;
  #tokens: TokenSet | null = null;
  // One renewal at a time: refresh tokens rotate, so two concurrent refreshes
  // with the same token would make the second fail with invalid_grant.
  #renewal: Promise<TokenSet> | null = null;

  constructor(options: TokenCacheOptions) {
    this.#options = options;
  }

  get current(): TokenSet | null {
    return this.#tokens;
  }

  state(): TokenState {
    if (this.#tokens === null) return 'missing';
    const now = this.#options.clock();
    if (now >= this.#tokens.expiresAt) return 'expired';
    if (now >= this.#tokens.expiresAt - tokenExpiryMarginSeconds * 1000) return 'expiring';
    return 'valid';
  }

  /** A usable access token, fetching or refreshing one first when needed. */
  async accessToken(callId: number): Promise<string> {
    const state = this.state();
    this.#options.emit(callId, { type: 'check-token', state, expiresAt: this.#tokens?.expiresAt ?? null });
    // Another call is already renewing: share its result instead of spending the refresh token twice.
    if (this.#renewal !== null) return (await this.#renewal).accessToken;
    if (state === 'valid' && this.#tokens !== null) return this.#tokens.accessToken;
    if (state === 'expiring' || state === 'expired') this.#options.emit(callId, { type: 'refresh', reason: state });
    return (await this.#renew(callId)).accessToken;
  }

  /** After a 401 for `rejected`: refresh, unless another call already replaced that token. */
  async renewAfterUnauthorized(callId: number, rejected: string): Promise<string> {
    if (this.#renewal !== null) return (await this.#renewal).accessToken;
    if (this.#tokens !== null && this.#tokens.accessToken !== rejected && this.state() === 'valid') {
      return this.#tokens.accessToken;
    }
    this.#options.emit(callId, { type: 'refresh', reason: 'unauthorized' });
    return (await this.#renew(callId)).accessToken;
  }

  /**
   * RFC 7009 revocation. Revoking the refresh token also revokes its access
   * token, so the cache is emptied; revoking the access token alone marks it
   * expired, so the next call refreshes with the refresh token.
   */
  async revoke(callId: number, token: string): Promise<void> {
    const response = await this.#post(revokePath, { token });
    this.#options.emit(callId, { type: 'revoke', status: response.status });
    if (!response.ok) throw await this.#oauthError(response, revokePath);
    if (token === this.#tokens?.refreshToken) this.#tokens = null;
    else if (token === this.#tokens?.accessToken) this.#tokens = { ...this.#tokens, expiresAt: 0 };
  }

  /** Drops the cached pair; the next call starts with a client-credentials grant. */
  clear(): void {
    this.#tokens = null;
  }

  #renew(callId: number): Promise<TokenSet> {
    this.#renewal ??= this.#runRenewal(callId).finally(() => {
      this.#renewal = null;
    });
    return this.#renewal;
  }

  async #runRenewal(callId: number): Promise<TokenSet> {
    const refreshToken = this.#tokens?.refreshToken;
    if (refreshToken == null) return this.#grant(callId, 'client_credentials', false);
    try {
      return await this.#grant(callId, 'refresh_token', false, refreshToken);
    } catch (error) {
      // invalid_grant = the refresh token expired, was revoked or already rotated: start over, once.
      if (!(error instanceof AuthenticationError && error.code === 'invalid_grant')) throw error;
      this.#tokens = null;
      return this.#grant(callId, 'client_credentials', true);
    }
  }

  async #grant(callId: number, grant: Grant, fallback: boolean, refreshToken?: string): Promise<TokenSet> {
    const { emit, clock, scope } = this.#options;
    emit(callId, { type: 'token-request', grant, fallback });
    const form: Record<string, string> =
      grant === 'refresh_token' && refreshToken !== undefined
        ? { grant_type: grant, refresh_token: refreshToken }
        : { grant_type: grant, ...(scope === undefined ? {} : { scope }) };
    const response = await this.#post(tokenPath, form);
    if (!response.ok) {
      const error = await this.#oauthError(response, tokenPath);
      emit(callId, {
        type: 'token-response',
        grant,
        status: response.status,
        expires_in: null,
        error: oauthCode(error),
      });
      throw error;
    }
    const body = (await response.json()) as TokenResponse;
    emit(callId, { type: 'token-response', grant, status: response.status, expires_in: body.expires_in, error: null });
    this.#tokens = {
      accessToken: body.access_token,
      // Rotation: keep the new refresh token; the one just sent no longer works.
      refreshToken: body.refresh_token,
      scope: body.scope,
      expiresAt: clock() + body.expires_in * 1000,
    };
    return this.#tokens;
  }

  async #post(path: string, form: Record<string, string>): Promise<Response> {
    const { baseUrl, clientId, clientSecret } = this.#options;
    // Credentials go in the form body rather than HTTP Basic: no base64 or
    // form-encoding edge cases, and the spec accepts either (not both).
    const body = new URLSearchParams({ ...form, client_id: clientId, client_secret: clientSecret });
    try {
      return await this.#options.fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body,
      });
    } catch (error) {
      throw new NetworkError(`POST ${path} failed: ${String(error)}`, error);
    }
  }

  /**
   * OAuth answers (400, 401) become AuthenticationError whatever the OAuth code:
   * the client cannot repair its credentials or scope by itself. A 5xx is not
   * retried: the spec documents none for `/oauth/*`, and the next call asks again.
   */
  async #oauthError(response: Response, path: string): Promise<ApiError> {
    const facts = await readError(response);
    const init = { ...facts, status: response.status, attempts: 1, method: 'POST', path };
    if (response.status === 400 || response.status === 401) return new AuthenticationError(init);
    return response.status >= 500 ? new RedcoreAPIError(init) : apiErrorFor(init);
  }
}

const oauthCodes: readonly OAuthErrorCode[] = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unsupported_grant_type',
  'invalid_scope',
];

function oauthCode(error: ApiError): OAuthErrorCode | null {
  return oauthCodes.find((code) => code === error.code) ?? null;
}
