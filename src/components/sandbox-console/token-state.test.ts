import { describe, expect, it } from 'vitest';
import type { ClientEvent } from '../../../client/index.ts';
import { accessTokenTtlSeconds, refreshTokenTtlSeconds } from '../../../policy/policy.ts';
import { lifecycleState, noToken, tokenFactsAfter } from './token-state.ts';

const t0 = 1_700_000_000_000;
const granted = {
  type: 'token-response',
  seq: 1,
  time: t0,
  callId: 1,
  grant: 'client_credentials',
  status: 200,
  expires_in: accessTokenTtlSeconds,
  error: null,
} as ClientEvent;

describe('token lifecycle', () => {
  const active = tokenFactsAfter(noToken, granted);

  it('has no state before the first grant, then Active', () => {
    expect(lifecycleState(noToken, t0)).toBeNull();
    expect(lifecycleState(active, t0 + 1000)).toBe('Active');
  });

  it('is Expired once the access TTL has passed and Invalid once the refresh token has too', () => {
    expect(lifecycleState(active, t0 + accessTokenTtlSeconds * 1000)).toBe('Expired');
    expect(lifecycleState(active, t0 + refreshTokenTtlSeconds * 1000)).toBe('Invalid');
  });

  it('is Revoked after POST /oauth/revoke and Invalid after a refused refresh', () => {
    const revoked = tokenFactsAfter(active, {
      type: 'revoke',
      seq: 2,
      time: t0,
      callId: 2,
      status: 200,
    });
    expect(lifecycleState(revoked, t0)).toBe('Revoked');
    const refused = tokenFactsAfter(active, {
      ...granted,
      grant: 'refresh_token',
      status: 400,
      expires_in: null,
      error: 'invalid_grant',
    } as ClientEvent);
    expect(lifecycleState(refused, t0)).toBe('Invalid');
  });

  it('is Active again after a new grant', () => {
    const revoked = { ...active, revoked: true };
    expect(lifecycleState(tokenFactsAfter(revoked, { ...granted, time: t0 + 5000 }), t0 + 6000)).toBe('Active');
  });
});
