import type { Oas3_1Definition } from '@redocly/openapi-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpecDefinition } from '../../lib/reference/load.ts';
import { apiClientHash } from '../../lib/reference/slugs.ts';
import { operationHash, wantsClientNow } from './api-client.ts';
import { fullAccessApp, sandboxServer, scalarConfiguration, type ScalarConfiguration } from './scalar-config.ts';

let spec: Oas3_1Definition;
let configuration: ScalarConfiguration;

beforeAll(async () => {
  spec = await loadSpecDefinition();
  configuration = scalarConfiguration(spec, 'dark');
});

describe('Scalar configuration', () => {
  it('sends requests to the sandbox only, straight from the browser', () => {
    expect(sandboxServer(spec)).toEqual({ url: 'https://sandbox.blueround.test', description: 'Sandbox' });
    expect(configuration.servers).toEqual([sandboxServer(spec)]);
    expect(configuration).not.toHaveProperty('proxyUrl');
    expect(configuration).not.toHaveProperty('proxy');
    expect(configuration).not.toHaveProperty('customFetch');
  });

  it('turns off telemetry, the agent, MCP, developer tools and CDN fonts', () => {
    expect(configuration).toMatchObject({
      telemetry: false,
      agent: { disabled: true },
      mcp: { disabled: true },
      showDeveloperTools: 'never',
      hideClientButton: true,
      withDefaultFonts: false,
    });
  });

  it("leaves navigation, search and the theme toggle to Starlight and starts in Starlight's theme", () => {
    expect(configuration).toMatchObject({
      showSidebar: false,
      hideSearch: true,
      hideDarkModeToggle: true,
      forceDarkModeState: 'dark',
    });
    expect(scalarConfiguration(spec, 'light').forceDarkModeState).toBe('light');
  });

  it('signs in against the sandbox token URL with the full-access sandbox app and every scope', () => {
    expect(fullAccessApp()).toEqual({ clientId: 'sandbox_app_full', clientSecret: 'sandbox_secret_full' });
    const schemes = (configuration.authentication as { securitySchemes: Record<string, unknown> }).securitySchemes;
    expect(schemes['oauth2']).toEqual({
      flows: {
        clientCredentials: {
          tokenUrl: 'https://sandbox.blueround.test/oauth/token',
          refreshUrl: 'https://sandbox.blueround.test/oauth/token',
          selectedScopes: ['users:read', 'users:write', 'events:read', 'locks:write'],
          'x-scalar-client-id': 'sandbox_app_full',
          clientSecret: 'sandbox_secret_full',
        },
      },
    });
    expect(schemes['clientBasicAuth']).toEqual({ username: 'sandbox_app_full', password: 'sandbox_secret_full' });
  });

  it('names operations the way the static pages link them', () => {
    const slug = configuration.generateOperationSlug!({ path: '/v1/users', method: 'POST', operationId: 'createUser' });
    const tag = configuration.generateTagSlug!({ name: 'Sandbox controls' });
    expect(`tag/${tag}/${slug}`).toBe(apiClientHash('Sandbox controls', 'createUser'));
    expect(operationHash(spec, 'createUser')).toBe('tag/users/createUser');
    expect(operationHash(spec, 'noSuchOperation')).toBeUndefined();
  });

  it('leaves the introduction, contact and licence to the reference overview', () => {
    expect((configuration.content as Oas3_1Definition).info).toEqual({ title: 'BlueRound API', version: '2024-01-01' });
    expect(spec.info?.description).toBeTruthy();
  });

  it('starts optional query parameters unticked, so a first Send gets the first page of everything', () => {
    const content = configuration.content as Oas3_1Definition;
    const parameter = (name: string) =>
      content.components?.parameters?.[name] as { example?: unknown; examples?: Record<string, object> };
    for (const name of ['Cursor', 'UserStatusFilter']) {
      expect(parameter(name)).not.toHaveProperty('example');
      expect(Object.values(parameter(name).examples ?? {})).toEqual([
        expect.objectContaining({ 'x-disabled': true, value: expect.any(String) as unknown }),
      ]);
    }
    expect(parameter('UserId').example).toBe('usr_9f2c4e1a');
    expect(parameter('IdempotencyKey').example).toBeDefined();
    expect((spec.components?.parameters?.['Cursor'] as { example?: unknown }).example).toBeDefined();
  });

  it('opens the client at once only for readers who asked for it', () => {
    expect(wantsClientNow(new URL('https://docs.test/reference/try/?operation=createUser'))).toBe(true);
    expect(wantsClientNow(new URL('https://docs.test/reference/try/#tag/users/createUser'))).toBe(true);
    expect(wantsClientNow(new URL('https://docs.test/reference/try/'))).toBe(false);
  });
});
