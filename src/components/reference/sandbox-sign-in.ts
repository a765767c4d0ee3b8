/**
 * The API client's own sandbox session: a token for the full-access sandbox
 * app, obtained before the first Send and renewed once the sandbox's virtual
 * clock says it has expired (the console or a guide may move that clock by
 * hours). The SDK's token cache does the granting, refreshing and rotating;
 * this only keeps its clock in step with the sandbox's.
 */
import { createClient } from '../../../client/index.ts';
import { sandboxControls } from '../sandbox-console/sandbox-controls.ts';
import { VirtualClock } from '../sandbox-console/sandbox-clock.ts';
import type { SandboxTokens } from './scalar-sign-in.ts';

export interface SandboxApp {
  clientId: string;
  clientSecret: string;
}

export interface SandboxSignIn {
  /** Tokens valid on the sandbox's clock right now, fetched or refreshed first when needed. */
  tokens(): Promise<SandboxTokens>;
}

export function sandboxSignIn(
  baseUrl: string,
  app: SandboxApp,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): SandboxSignIn {
  const clock = new VirtualClock();
  const controls = sandboxControls(fetchImpl, baseUrl);
  const client = createClient({ ...app, baseUrl, healthCheck: false, clock: clock.now, fetch: fetchImpl });

  /** `advance_seconds: 0` reads the sandbox's clock without moving it. */
  const syncClock = async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const requestedAt = Date.now();
      const virtualNow = await controls.advanceClock(0);
      if (clock.syncFrom(virtualNow, requestedAt, Date.now())) return;
    }
  };

  return {
    async tokens() {
      await syncClock();
      const { accessToken, refreshToken } = await client.token();
      return { accessToken, refreshToken };
    },
  };
}
