/**
 * Where the console's current token pair stands in the OAuth token lifecycle
 * of /architecture/system/ (Issued → Active → Expired / Revoked / Invalid),
 * worked out from the client's events and the sandbox's virtual clock.
 */
import type { ClientEvent } from '../../../client/index.ts';
import { refreshTokenTtlSeconds } from '../../../policy/policy.ts';
import type { TokenLifecycleState } from './flow-map.ts';

export interface TokenFacts {
  /** When the pair was issued or last refreshed, in virtual ms; null before the first grant. */
  issuedAt: number | null;
  accessExpiresAt: number | null;
  refreshExpiresAt: number | null;
  /** Revoked with POST /oauth/revoke (by the client or by a scenario). */
  revoked: boolean;
  /** The last refresh was refused (`invalid_grant`): only a new grant helps. */
  refused: boolean;
}

export const noToken: TokenFacts = {
  issuedAt: null,
  accessExpiresAt: null,
  refreshExpiresAt: null,
  revoked: false,
  refused: false,
};

export function tokenFactsAfter(facts: TokenFacts, event: ClientEvent): TokenFacts {
  if (event.type === 'token-response') {
    if (event.error !== null || event.expires_in === null)
      return { ...facts, refused: event.grant === 'refresh_token' };
    return {
      issuedAt: event.time,
      accessExpiresAt: event.time + event.expires_in * 1000,
      refreshExpiresAt: event.time + refreshTokenTtlSeconds * 1000,
      revoked: false,
      refused: false,
    };
  }
  if (event.type === 'revoke' && event.status === 200) return { ...facts, revoked: true };
  return facts;
}

/** The lit state at virtual time `now`, or null while the page holds no token. */
export function lifecycleState(facts: TokenFacts, now: number): TokenLifecycleState | null {
  if (facts.accessExpiresAt === null) return null;
  if (facts.revoked) return 'Revoked';
  if (facts.refused || (facts.refreshExpiresAt !== null && now >= facts.refreshExpiresAt)) return 'Invalid';
  if (now >= facts.accessExpiresAt) return 'Expired';
  return 'Active';
}
