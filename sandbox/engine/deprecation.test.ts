/* eslint-disable @typescript-eslint/no-unsafe-member-access -- answers are read loosely. */
/** A deprecated operation announces itself on every answer (RFC 9745 Deprecation, RFC 8594 Sunset). */
import { describe, expect, it } from 'vitest';
import { deprecationOf } from '../../scripts/sandbox-runtime.ts';
import { createSandbox, operationDefinitions } from '../handlers/index.ts';
import { routeOf, sandboxOrigin } from '../spec/routes.ts';
import { MemoryStore } from '../state/memory-store.ts';
import { initialState } from '../state/seed.ts';
import { capture, token, useSandbox } from '../testing/harness.ts';

// No operation of the spec is deprecated yet, so the test asks an engine directly with a deprecated copy of a route;
// it shares the store of the harness sandbox, so tokens issued there work here.
const store = new MemoryStore(() => initialState(Date.now()));
useSandbox({ store });
const { engine } = createSandbox({ store });

const definition = operationDefinitions.find((candidate) => candidate.operationId === 'getCurrentApplication')!;
const deprecatedRoute = {
  ...routeOf('getCurrentApplication'),
  deprecation: { since: '2026-01-15', sunset: '2026-07-01' },
};

async function askDeprecated(headers: Record<string, string>, method = 'GET') {
  const request = new Request(`${sandboxOrigin}/v1/me`, { method, headers });
  return capture(await engine.respond(request, deprecatedRoute, {}, definition));
}

describe('deprecated operations', () => {
  it('answer with Deprecation, Sunset and a deprecation Link, on success and on errors', async () => {
    const { auth } = await token();
    for (const answer of [await askDeprecated(auth), await askDeprecated({}), await askDeprecated(auth, 'HEAD')]) {
      expect(answer.headers.get('deprecation')).toBe(`@${Date.UTC(2026, 0, 15) / 1000}`);
      expect(answer.headers.get('sunset')).toBe('Wed, 01 Jul 2026 00:00:00 GMT');
      expect(answer.headers.get('link')).toMatch(
        /^<https:\/\/docs\.blueround\.com\/reference\/changelog\/>; rel="deprecation"/,
      );
    }
    expect((await askDeprecated(auth)).json.name).toBe('Sandbox full access');
  });

  it('leave operations the spec does not deprecate without those headers', async () => {
    const { auth } = await token();
    const request = new Request(`${sandboxOrigin}/v1/me`, { headers: auth });
    const answer = await engine.respond(request, routeOf('getCurrentApplication'), {}, definition);
    expect([answer.headers.has('deprecation'), answer.headers.has('sunset')]).toEqual([false, false]);
  });

  it('need both dates in the spec, sunset after deprecation, or the runtime is not generated', () => {
    expect(
      deprecationOf({ deprecated: true, 'x-deprecated-at': '2026-01-15', 'x-sunset': '2026-07-01' }, 'op'),
    ).toEqual({
      since: '2026-01-15',
      sunset: '2026-07-01',
    });
    expect(deprecationOf({}, 'op')).toBeNull();
    expect(() =>
      deprecationOf({ deprecated: true, 'x-sunset': '2026-07-01' }, 'GET /v1/me (getCurrentApplication)'),
    ).toThrow(/GET \/v1\/me \(getCurrentApplication\) is deprecated: give it x-deprecated-at/);
    expect(() =>
      deprecationOf({ deprecated: true, 'x-deprecated-at': '2026-07-01', 'x-sunset': '2026-01-01' }, 'op'),
    ).toThrow(/must come after/);
  });
});
