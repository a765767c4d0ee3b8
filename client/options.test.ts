import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from './client.ts';
import { ConfigurationError } from './errors.ts';
import { defaultBaseUrl, resolveOptions, type ClientOptions } from './options.ts';
import { scaledTime } from './time.ts';

const credentials = { clientId: 'sandbox_app_full', clientSecret: 'sandbox_secret_full' };

function configurationError(options: Partial<ClientOptions>): ConfigurationError {
  try {
    createClient({ ...credentials, ...options });
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createClient options', () => {
  it.each([
    ['clientId', { clientId: undefined }, 'REDCORE_CLIENT_ID'],
    ['clientId', { clientId: '  ' }, 'REDCORE_CLIENT_ID'],
    ['clientSecret', { clientSecret: undefined }, 'REDCORE_CLIENT_SECRET'],
    ['clientSecret', { clientSecret: '' }, 'REDCORE_CLIENT_SECRET'],
  ] as const)('a missing %s names the setting', (setting, options, envName) => {
    const error = configurationError(options as Partial<ClientOptions>);
    expect(error.setting).toBe(setting);
    expect(error.message).toBe(`missing ${setting} (environment variable ${envName})`);
    expect(error.name).toBe('ConfigurationError');
  });

  it.each(['http://sandbox.blueround.test', 'ftp://sandbox.blueround.test', 'http://192.168.1.10:4010', 'not a url'])(
    'rejects baseUrl %s',
    (baseUrl) => {
      const error = configurationError({ baseUrl });
      expect(error.setting).toBe('baseUrl');
      expect(error.message).toMatch(/^invalid baseUrl/);
    },
  );

  it('rejects a baseUrl with a query or embedded credentials', () => {
    expect(configurationError({ baseUrl: 'https://api.blueround.com/?x=1' }).setting).toBe('baseUrl');
    expect(configurationError({ baseUrl: 'https://user:pw@api.blueround.com' }).setting).toBe('baseUrl');
  });

  it.each([
    [undefined, defaultBaseUrl],
    ['https://api.blueround.com/', 'https://api.blueround.com'],
    ['https://proxy.example.com/blueround/', 'https://proxy.example.com/blueround'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['http://localhost:4010/', 'http://localhost:4010'],
    ['http://[::1]:4010', 'http://[::1]:4010'],
  ])('accepts baseUrl %s as %s', (baseUrl, expected) => {
    expect(resolveOptions({ ...credentials, ...(baseUrl === undefined ? {} : { baseUrl }) }).baseUrl).toBe(expected);
  });

  it('builds without touching the network', () => {
    const fetchSpy = vi.fn<typeof fetch>();
    createClient({ ...credentials, fetch: fetchSpy });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('joins a scope list with spaces and drops an empty one', () => {
    expect(resolveOptions({ ...credentials, scope: ['users:read', 'locks:write'] }).scope).toBe(
      'users:read locks:write',
    );
    expect(resolveOptions({ ...credentials, scope: [] }).scope).toBeUndefined();
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects timeScale %s', (timeScale) => {
    expect(configurationError({ timeScale }).setting).toBe('timeScale');
  });
});

describe('scaledTime', () => {
  it('runs the clock N times faster and sleeps N times shorter', async () => {
    let real = 1_000_000;
    const { clock, sleep } = scaledTime(10, () => real);
    real += 500;
    expect(clock()).toBe(1_000_000 + 5000);

    const timeout = vi.spyOn(globalThis, 'setTimeout');
    await sleep(50);
    expect(timeout).toHaveBeenCalledWith(expect.any(Function), 5);
  });
});
