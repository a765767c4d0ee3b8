/**
 * The sandbox's control endpoints (/_sandbox/*, no auth) and token revocation,
 * called with plain fetch: they set a scenario up and are not part of the
 * client's flow.
 */
import { sandboxBaseUrl } from './request-draft.ts';

export interface Credentials {
  clientId: string;
  clientSecret: string;
}

export interface SandboxControls {
  reset(): Promise<void>;
  /** Moves the virtual clock; returns the new virtual time in ms (whole seconds). */
  advanceClock(seconds: number): Promise<number>;
  setRateLimit(limit: number, windowSeconds: number): Promise<void>;
  queueFaults(match: string, statuses: readonly number[]): Promise<void>;
  /** RFC 7009: revoking a refresh token revokes its access token too. */
  revoke(token: string, credentials: Credentials): Promise<void>;
}

async function expectStatus(response: Response, expected: number, what: string): Promise<Response> {
  if (response.status !== expected) {
    const body = await response.text();
    throw new Error(`${what} answered ${response.status}, expected ${expected}: ${body.slice(0, 200)}`);
  }
  return response;
}

export function sandboxControls(
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  baseUrl = sandboxBaseUrl,
): SandboxControls {
  const json = (method: string, path: string, body?: unknown) =>
    fetchImpl(`${baseUrl}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    async reset() {
      await expectStatus(await json('POST', '/_sandbox/reset'), 204, 'POST /_sandbox/reset');
    },
    async advanceClock(seconds) {
      const response = await expectStatus(
        await json('POST', '/_sandbox/clock', { advance_seconds: seconds }),
        200,
        'POST /_sandbox/clock',
      );
      const { now } = (await response.json()) as { now: string };
      return Date.parse(now);
    },
    async setRateLimit(limit, windowSeconds) {
      await expectStatus(
        await json('PUT', '/_sandbox/rate-limit', { limit, window_seconds: windowSeconds }),
        200,
        'PUT /_sandbox/rate-limit',
      );
    },
    async queueFaults(match, statuses) {
      await expectStatus(await json('POST', '/_sandbox/faults', { match, statuses }), 200, 'POST /_sandbox/faults');
    },
    async revoke(token, { clientId, clientSecret }) {
      const response = await fetchImpl(`${baseUrl}/oauth/revoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token, client_id: clientId, client_secret: clientSecret }),
      });
      await expectStatus(response, 200, 'POST /oauth/revoke');
    },
  };
}
