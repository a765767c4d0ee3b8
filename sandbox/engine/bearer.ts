/**
 * RFC 6750 bearer authentication for /v1. Only a live access token counts: a
 * refresh token, an expired, revoked or unknown one answers 401 with
 * `error="invalid_token"`; no credentials at all get the bare challenge (§3.1).
 */
import { appByClientId, type App } from '../state/apps.ts';
import { own, type SandboxState, type Scope, type TokenRecord } from '../state/types.ts';

export const realm = 'blueround';

export type BearerOutcome =
  | { ok: true; app: App; token: TokenRecord; scopes: readonly Scope[] }
  | { ok: false; challenge: string; message: string };

function invalidToken(description: string): BearerOutcome {
  return {
    ok: false,
    challenge: `Bearer realm="${realm}", error="invalid_token", error_description="${description}"`,
    message: `${description}; request a new token and retry once.`,
  };
}

export function authenticateBearer(state: SandboxState, authorization: string | null, now: number): BearerOutcome {
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(authorization ?? '');
  if (!authorization || !/^Bearer(\s|$)/i.test(authorization)) {
    return {
      ok: false,
      challenge: `Bearer realm="${realm}"`,
      message: "Send an access token as 'Authorization: Bearer <token>'.",
    };
  }
  if (!match?.[1]) return invalidToken('The access token is malformed');
  const token = own(state.tokens, match[1]);
  if (!token || token.kind !== 'access') return invalidToken('The access token is not recognised');
  if (token.revoked) return invalidToken('The access token was revoked');
  if (now >= token.expiresAt) return invalidToken('The access token expired');
  const app = appByClientId(token.clientId);
  if (!app) return invalidToken('The access token is not recognised');
  return { ok: true, app, token, scopes: token.scopes };
}

export function insufficientScopeChallenge(scopes: readonly string[]): string {
  return `Bearer realm="${realm}", error="insufficient_scope", scope="${scopes.join(' ')}"`;
}
