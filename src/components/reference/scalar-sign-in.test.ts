import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpecDefinition } from '../../lib/reference/load.ts';
import { scalarConfiguration, type ScalarConfiguration } from './scalar-config.ts';
import { readerTookOver, withSandboxTokens } from './scalar-sign-in.ts';

let configuration: ScalarConfiguration;

beforeAll(async () => {
  configuration = scalarConfiguration(await loadSpecDefinition(), 'light');
});

function flow(config: ScalarConfiguration): Record<string, unknown> {
  const schemes = config.authentication?.securitySchemes as Record<string, { flows: Record<string, unknown> }>;
  return schemes['oauth2']!.flows['clientCredentials'] as Record<string, unknown>;
}

describe('the page signs Scalar in', () => {
  it('puts its tokens where Scalar shows and sends them, next to the credentials', () => {
    const signed = withSandboxTokens(configuration, { accessToken: 'at_1', refreshToken: 'rt_1' });
    expect(flow(signed)).toMatchObject({
      token: 'at_1',
      'x-scalar-secret-refresh-token': 'rt_1',
      'x-scalar-client-id': 'sandbox_app_full',
      clientSecret: 'sandbox_secret_full',
    });
    expect(flow(configuration)).not.toHaveProperty('token');
  });

  it('replaces renewed tokens and removes them when the reader takes over', () => {
    const first = withSandboxTokens(configuration, { accessToken: 'at_1', refreshToken: 'rt_1' });
    expect(flow(withSandboxTokens(first, { accessToken: 'at_2', refreshToken: null }))).toMatchObject({
      token: 'at_2',
    });
    expect(flow(withSandboxTokens(first, { accessToken: 'at_2', refreshToken: null }))).not.toHaveProperty(
      'x-scalar-secret-refresh-token',
    );
    const released = flow(withSandboxTokens(first, undefined));
    expect(released).not.toHaveProperty('token');
    expect(released).not.toHaveProperty('x-scalar-secret-refresh-token');
    expect(released['tokenUrl']).toBe('https://sandbox.blueround.test/oauth/token');
  });

  it('refuses a configuration without the flow it signs in with', () => {
    expect(() => withSandboxTokens({ ...configuration, authentication: {} }, undefined)).toThrow(
      /no oauth2 clientCredentials flow/,
    );
  });

  it("notices a token of the reader's own in Scalar's store, including an emptied one", () => {
    const stored = (token?: string) => ({
      type: 'oauth2',
      clientCredentials: token === undefined ? {} : { 'x-scalar-secret-token': token },
    });
    expect(readerTookOver(undefined, 'at_1')).toBe(false);
    expect(readerTookOver(stored(), 'at_1')).toBe(false);
    expect(readerTookOver(stored('at_1'), 'at_1')).toBe(false);
    expect(readerTookOver(stored('at_other'), 'at_1')).toBe(true);
    expect(readerTookOver(stored(''), 'at_1')).toBe(true);
  });
});
