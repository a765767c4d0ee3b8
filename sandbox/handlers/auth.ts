/**
 * OAuth 2.0 token and revocation endpoints (spec tag "Authentication"):
 * client credentials and refresh grants with rotation (RFC 6749 §4.4, §6),
 * revocation (RFC 7009), errors as RFC 6749 §5.2 bodies.
 */
import { accessTokenTtlSeconds, refreshTokenTtlSeconds } from '../../policy/policy.ts';
import { authenticateClient } from '../engine/client-auth.ts';
import { noStoreHeaders } from '../engine/oauth-body.ts';
import { oauthOperation, respond, type OAuthContext } from '../engine/operation.ts';
import type { OAuthErrorBody } from '../engine/reply.ts';
import { isScope, type App } from '../state/apps.ts';
import { secretToken } from '../state/ids.ts';
import { own, type SandboxState, type Scope, type TokenRecord } from '../state/types.ts';

const noStore = noStoreHeaders;

function oauthError(error: OAuthErrorBody['error'], description: string) {
  return { status: 400 as const, headers: noStore, body: { error, error_description: description } };
}

function invalidClient(description: string) {
  return {
    status: 401 as const,
    headers: { ...noStore, 'WWW-Authenticate': 'Basic realm="blueround"' },
    body: { error: 'invalid_client' as const, error_description: description },
  };
}

/** RFC 6749 §3.1: a parameter must not be sent twice. */
function repeated(form: URLSearchParams, names: readonly string[]): string | undefined {
  return names.find((name) => form.getAll(name).length > 1);
}

type ScopeResult = { ok: true; scopes: Scope[] } | { ok: false; description: string };

/** `scope` may only narrow what `allowed` holds; omitted, it keeps all of it. */
function requestedScopes(scope: string | null, allowed: readonly Scope[], holder: string): ScopeResult {
  if (scope === null) return { ok: true, scopes: [...allowed] };
  const names = scope.split(' ').filter((name) => name !== '');
  if (names.length === 0) return { ok: false, description: 'The scope parameter names no scope.' };
  for (const name of names) {
    if (!isScope(name)) return { ok: false, description: `Unknown scope ${name}.` };
    if (!allowed.includes(name)) return { ok: false, description: `The ${holder} may not request the scope ${name}.` };
  }
  // Keep the documented order and drop duplicates.
  return { ok: true, scopes: allowed.filter((name) => names.includes(name)) };
}

function issuePair(state: SandboxState, app: App, accessScopes: Scope[], refreshScopes: readonly Scope[], now: number) {
  const accessToken = secretToken('at');
  const refreshToken = secretToken('rt');
  const access: TokenRecord = {
    kind: 'access',
    clientId: app.clientId,
    scopes: accessScopes,
    expiresAt: now + accessTokenTtlSeconds * 1000,
    revoked: false,
    pair: refreshToken,
    rotatedTo: null,
  };
  const refresh: TokenRecord = {
    kind: 'refresh',
    clientId: app.clientId,
    scopes: [...refreshScopes],
    expiresAt: now + refreshTokenTtlSeconds * 1000,
    revoked: false,
    pair: accessToken,
    rotatedTo: null,
  };
  return {
    state: { ...state, tokens: { ...state.tokens, [accessToken]: access, [refreshToken]: refresh } },
    body: {
      access_token: accessToken,
      token_type: 'Bearer' as const,
      expires_in: accessTokenTtlSeconds,
      refresh_token: refreshToken,
      scope: accessScopes.join(' '),
    },
  };
}

function refreshProblem(record: TokenRecord | undefined, app: App, now: number): string | undefined {
  if (!record || record.kind !== 'refresh') return 'The refresh token is not recognised.';
  if (record.clientId !== app.clientId) return 'The refresh token was issued to another client.';
  if (record.revoked) return 'The refresh token was revoked; request a new token with your client credentials.';
  if (record.rotatedTo !== null) {
    return 'The refresh token was already used; request a new token with your client credentials.';
  }
  if (now >= record.expiresAt) return 'The refresh token expired; request a new token with your client credentials.';
  return undefined;
}

function formOf(context: OAuthContext<'issueToken' | 'revokeToken'>) {
  return context.form instanceof URLSearchParams ? context.form : undefined;
}

/**
 * What both OAuth endpoints do first: a form body, no parameter given twice
 * (RFC 6749 §3.2), and an authenticated client, or the RFC 6749 §5.2 error.
 */
function authenticatedForm(context: OAuthContext<'issueToken' | 'revokeToken'>, parameters: readonly string[]) {
  const form = formOf(context);
  if (!form) return { response: oauthError('invalid_request', 'problem' in context.form ? context.form.problem : '') };
  const twice = repeated(form, parameters);
  if (twice) return { response: oauthError('invalid_request', `The ${twice} parameter is repeated.`) };
  const client = authenticateClient(context.headers.get('authorization'), form);
  if (!client.ok) {
    return {
      response:
        client.error === 'invalid_client'
          ? invalidClient(client.description)
          : oauthError(client.error, client.description),
    };
  }
  return { form, client };
}

export const authOperations = [
  oauthOperation('issueToken', (context, state) => {
    const checked = authenticatedForm(context, ['grant_type', 'scope', 'refresh_token', 'client_id', 'client_secret']);
    if (checked.response) return { response: checked.response };
    const { form, client } = checked;
    const { app } = client;
    const grantType = form.get('grant_type');
    if (!grantType) return { response: oauthError('invalid_request', 'The grant_type parameter is required.') };

    if (grantType === 'client_credentials') {
      const scopes = requestedScopes(form.get('scope'), app.scopes, 'client');
      if (!scopes.ok) return { response: oauthError('invalid_scope', scopes.description) };
      const issued = issuePair(state, app, scopes.scopes, scopes.scopes, context.now);
      return { state: issued.state, response: respond(200, issued.body, noStore) };
    }

    if (grantType === 'refresh_token') {
      const presented = form.get('refresh_token');
      if (!presented) {
        return {
          response: oauthError(
            'invalid_request',
            'The refresh_token parameter is required for grant_type=refresh_token.',
          ),
        };
      }
      const record = own(state.tokens, presented);
      const problem = refreshProblem(record, app, context.now);
      if (problem || !record) return { response: oauthError('invalid_grant', problem ?? '') };
      const scopes = requestedScopes(form.get('scope'), record.scopes, 'refresh token');
      if (!scopes.ok) return { response: oauthError('invalid_scope', scopes.description) };
      // RFC 6749 §6: the new refresh token keeps the scope of the one it replaces; only the access token narrows.
      const issued = issuePair(state, app, scopes.scopes, record.scopes, context.now);
      const rotated = { ...record, rotatedTo: issued.body.refresh_token };
      return {
        state: { ...issued.state, tokens: { ...issued.state.tokens, [presented]: rotated } },
        response: respond(200, issued.body, noStore),
      };
    }

    return {
      response: oauthError(
        'unsupported_grant_type',
        `grant_type must be client_credentials or refresh_token, not ${grantType}.`,
      ),
    };
  }),

  oauthOperation('revokeToken', (context, state) => {
    const checked = authenticatedForm(context, ['token', 'token_type_hint', 'client_id', 'client_secret']);
    if (checked.response) return { response: checked.response };
    const { form, client } = checked;
    const token = form.get('token');
    if (!token) return { response: oauthError('invalid_request', 'The token parameter is required.') };
    const record = own(state.tokens, token);
    // RFC 7009 §2.2: an unknown (or expired, or already revoked) token is not an error.
    if (!record) return { response: respond(200) };
    if (record.clientId !== client.app.clientId) {
      return { response: oauthError('invalid_grant', 'The token was issued to another client.') };
    }
    const tokens: Record<string, TokenRecord> = { ...state.tokens, [token]: { ...record, revoked: true } };
    // RFC 7009 §2.1: revoking a refresh token also revokes the access token issued with it.
    const pair = own(state.tokens, record.pair);
    if (record.kind === 'refresh' && pair) tokens[record.pair] = { ...pair, revoked: true };
    return { state: { ...state, tokens }, response: respond(200) };
  }),
];
