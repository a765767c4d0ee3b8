import type { createApiReference } from '@scalar/api-reference';
import type { Oas3_1Definition, Oas3Example, Oas3Parameter } from '@redocly/openapi-core';
import { operations } from '../../../openapi/operations.ts';
import { createRefResolver, isRef, resolveAny } from '../../../openapi/refs.ts';
import { tagSlug } from '../../lib/reference/slugs.ts';
import { allScopes, apps } from '../../../sandbox/state/apps.ts';

type AnyConfiguration = Parameters<typeof createApiReference>[1];
/** One document's configuration (Scalar also accepts lists of them). */
export type ScalarConfiguration = Exclude<AnyConfiguration, readonly unknown[]>;

export type ColorMode = 'light' | 'dark';

/** The sandbox is the only server the site may call: its reserved `.test` host cannot reach anyone. */
export function sandboxServer(spec: Oas3_1Definition): { url: string; description: string } {
  const server = spec.servers?.find((candidate) => new URL(candidate.url).hostname.endsWith('.test'));
  if (!server) throw new Error('The OpenAPI description lists no sandbox (.test) server.');
  return { url: server.url, description: server.description ?? 'Sandbox' };
}

/**
 * The full-access sandbox app, from the sandbox's own list of apps (the one
 * holding every scope), so the client signs in with credentials the sandbox
 * accepts by construction.
 */
export function fullAccessApp(): { clientId: string; clientSecret: string } {
  const app = apps.find((candidate) => allScopes.every((scope) => candidate.scopes.includes(scope)));
  if (!app) throw new Error('sandbox/state/apps.ts lists no app with every scope.');
  return { clientId: app.clientId, clientSecret: app.clientSecret };
}

/**
 * The client's copy of the spec. The overview already has the introduction,
 * contact and licence, so the client opens on the operations. Optional query
 * parameters start unticked: Scalar ticks and sends every parameter it finds a
 * value for (its example, else the schema's default or first enum value), so
 * the first "Send" of a list sent the example `cursor`, which the sandbox never
 * issued, or `status=pending_invite`, which hid every active user. An example
 * marked `x-disabled` is shown as a hint but not sent until the reader ticks it.
 */
export function clientDocument(spec: Oas3_1Definition): Oas3_1Definition {
  const copy = structuredClone(spec);
  copy.info = { title: spec.info?.title ?? '', version: spec.info?.version ?? '' };
  const parameters = [
    ...Object.values(copy.components?.parameters ?? {}),
    ...operations<unknown, Oas3Parameter>(copy, resolveAny(createRefResolver(copy))).flatMap(
      (operation) => operation.parameters,
    ),
  ];
  // A component parameter comes back once more from every operation that references it.
  for (const parameter of new Set(parameters)) {
    if (isRef(parameter) || parameter.in !== 'query' || parameter.required) continue;
    const value: unknown = parameter.example;
    delete parameter.example;
    parameter.examples = { unset: { summary: 'Not sent unless ticked', 'x-disabled': true, value } } as Record<
      string,
      Oas3Example
    >;
  }
  return copy;
}

function onServer(url: string, serverUrl: string): string {
  const { pathname, search } = new URL(url);
  return new URL(`${pathname}${search}`, serverUrl).href;
}

/**
 * Scalar, set up as a quiet guest inside Starlight: sandbox only, no proxy
 * (requests must stay in the browser, where the service worker answers them),
 * no telemetry, agent or MCP, and none of the chrome Starlight already has.
 * The OAuth flow carries the full-access app's credentials, so "Authorize"
 * works at once; `withSandboxTokens` (scalar-sign-in.ts) adds the token the
 * page obtained for it.
 */
export function scalarConfiguration(spec: Oas3_1Definition, colorMode: ColorMode): ScalarConfiguration {
  const sandbox = sandboxServer(spec);
  const credentials = fullAccessApp();
  const resolver = createRefResolver(spec);
  const securitySchemes: Record<string, Record<string, unknown>> = {};
  for (const [name, raw] of Object.entries(spec.components?.securitySchemes ?? {})) {
    const scheme = resolver.resolve(raw);
    if (scheme.type === 'oauth2' && scheme.flows.clientCredentials) {
      const flow = scheme.flows.clientCredentials;
      securitySchemes[name] = {
        flows: {
          clientCredentials: {
            tokenUrl: onServer(flow.tokenUrl, sandbox.url),
            ...(flow.refreshUrl && { refreshUrl: onServer(flow.refreshUrl, sandbox.url) }),
            selectedScopes: Object.keys(flow.scopes),
            'x-scalar-client-id': credentials.clientId,
            clientSecret: credentials.clientSecret,
          },
        },
      };
    } else if (scheme.type === 'http' && scheme.scheme === 'basic') {
      securitySchemes[name] = { username: credentials.clientId, password: credentials.clientSecret };
    }
  }

  return {
    content: clientDocument(spec),
    slug: 'blueround',
    servers: [sandbox],
    authentication: { preferredSecurityScheme: 'oauth2', securitySchemes },
    telemetry: false,
    agent: { disabled: true },
    mcp: { disabled: true },
    showDeveloperTools: 'never',
    hideClientButton: true,
    showSidebar: false,
    hideSearch: true,
    hideModels: true,
    hideDarkModeToggle: true,
    documentDownloadType: 'none',
    withDefaultFonts: false,
    persistAuth: false,
    forceDarkModeState: colorMode,
    // Anchors the static pages can link to: #tag/<tag page slug>/<operationId>.
    generateTagSlug: (tag: { name?: string }) => tagSlug(tag.name ?? ''),
    generateOperationSlug: (operation: { operationId?: string; method: string; path: string }) =>
      operation.operationId ?? `${operation.method}${operation.path}`,
  };
}
