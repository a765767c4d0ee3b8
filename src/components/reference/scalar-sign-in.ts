/**
 * How the page's own sandbox token reaches Scalar (1.72), and how the page
 * notices that the reader has taken authentication over.
 *
 * Scalar reads an OAuth flow's secrets from its auth store first and falls
 * back to the configuration (`token` → `x-scalar-secret-token`,
 * `x-scalar-secret-refresh-token` as is), so a token in the configuration
 * shows as set in the auth panel and is sent, while anything the reader enters
 * (Authorize, Refresh, typing a token) wins. Clearing writes an empty string
 * to the store, which the fallback would undo; the page therefore drops its
 * token from the configuration as soon as the store holds one of its own.
 */
import type { ScalarConfiguration } from './scalar-config.ts';

/** The security scheme (spec `components.securitySchemes`) and flow the client signs in with. */
export const signInScheme = 'oauth2';
const signInFlow = 'clientCredentials';

export interface SandboxTokens {
  accessToken: string;
  refreshToken: string | null;
}

type Flow = Record<string, unknown>;
type Scheme = { flows?: Record<string, Flow> } & Record<string, unknown>;

/** A copy of `configuration` whose OAuth flow holds `tokens`, or no token at all. */
export function withSandboxTokens(
  configuration: ScalarConfiguration,
  tokens: SandboxTokens | undefined,
): ScalarConfiguration {
  const authentication = configuration.authentication ?? {};
  const schemes = (authentication.securitySchemes ?? {}) as Record<string, Scheme>;
  const scheme = schemes[signInScheme];
  const flow = scheme?.flows?.[signInFlow];
  if (!scheme || !flow) {
    throw new Error(`The Scalar configuration has no ${signInScheme} ${signInFlow} flow to sign in with.`);
  }
  const signedFlow: Flow = { ...flow };
  delete signedFlow['token'];
  delete signedFlow['x-scalar-secret-refresh-token'];
  Object.assign(signedFlow, {
    ...(tokens && { token: tokens.accessToken }),
    ...(tokens?.refreshToken && { 'x-scalar-secret-refresh-token': tokens.refreshToken }),
  });
  return {
    ...configuration,
    authentication: {
      ...authentication,
      securitySchemes: {
        ...schemes,
        [signInScheme]: { ...scheme, flows: { ...scheme.flows, [signInFlow]: signedFlow } },
      },
    },
  };
}

/**
 * True once Scalar's auth store holds an access token for the flow that is
 * not the page's (`shown`): the reader authorized, refreshed, typed or
 * cleared one.
 */
export function readerTookOver(stored: Record<string, unknown> | undefined, shown: string): boolean {
  const flow = stored?.[signInFlow];
  if (typeof flow !== 'object' || flow === null) return false;
  const token = (flow as Record<string, unknown>)['x-scalar-secret-token'];
  return typeof token === 'string' && token !== shown;
}
