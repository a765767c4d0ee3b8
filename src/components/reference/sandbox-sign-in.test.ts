import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeSandbox, sandboxOrigin } from '../../../sandbox/node.ts';
import { sandboxSignIn } from './sandbox-sign-in.ts';
import { fullAccessApp } from './scalar-config.ts';

const sandbox = createNodeSandbox();
beforeAll(() => sandbox.listen({ onUnhandledFrame: 'error' }));
afterAll(() => sandbox.close());

async function me(token: string): Promise<number> {
  const response = await fetch(`${sandboxOrigin}/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
  return response.status;
}

async function advanceClock(seconds: number): Promise<void> {
  await fetch(`${sandboxOrigin}/_sandbox/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ advance_seconds: seconds }),
  });
}

describe("the API client's sandbox sign-in", () => {
  it('gets a working token for the full-access app and keeps it while it is valid', async () => {
    const signIn = sandboxSignIn(sandboxOrigin, fullAccessApp());
    const first = await signIn.tokens();
    expect(first.accessToken).toMatch(/^at_/);
    expect(first.refreshToken).toMatch(/^rt_/);
    expect(await me(first.accessToken)).toBe(200);
    expect((await signIn.tokens()).accessToken).toBe(first.accessToken);
  });

  it("renews the token once the sandbox's virtual clock has passed its expiry", async () => {
    const signIn = sandboxSignIn(sandboxOrigin, fullAccessApp());
    const first = await signIn.tokens();
    await advanceClock(3600);
    expect(await me(first.accessToken)).toBe(401);
    const renewed = await signIn.tokens();
    expect(renewed.accessToken).not.toBe(first.accessToken);
    expect(await me(renewed.accessToken)).toBe(200);
  });

  it('renews shortly before expiry too, so a token never lapses between check and use', async () => {
    const signIn = sandboxSignIn(sandboxOrigin, fullAccessApp());
    const first = await signIn.tokens();
    await advanceClock(3600 - 10);
    expect((await signIn.tokens()).accessToken).not.toBe(first.accessToken);
  });
});
