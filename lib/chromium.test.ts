import { describe, expect, it } from 'vitest';
import {
  chromiumArgs,
  headlessShellBeside,
  resolveChromium,
  systemChromiumPaths,
  type ChromiumLookup,
} from './chromium.ts';

const packaged = {
  source: 'npm' as const,
  executablePath: '/tmp/chromium',
  env: { LD_LIBRARY_PATH: '/tmp/al2023/lib' },
};

function lookup(files: string[], overrides: Partial<ChromiumLookup> = {}): ChromiumLookup {
  return {
    env: {},
    platform: 'linux',
    exists: (path) => files.includes(path),
    playwrightExecutable: () => '/home/me/.cache/ms-playwright/chromium-1/chrome-linux/chrome',
    npmChromium: () => Promise.resolve(packaged),
    ...overrides,
  };
}

describe('chromium resolution', () => {
  it('takes CHROMIUM_PATH first', async () => {
    const found = await resolveChromium(
      lookup(['/opt/x/chrome', '/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/x/chrome' } }),
    );
    expect(found).toEqual({ source: 'CHROMIUM_PATH', executablePath: '/opt/x/chrome' });
  });

  it('names a CHROMIUM_PATH that does not exist', async () => {
    await expect(resolveChromium(lookup([], { env: { CHROMIUM_PATH: '/nowhere/chromium' } }))).rejects.toThrow(
      /CHROMIUM_PATH=\/nowhere\/chromium/,
    );
  });

  it('reads the old CHROMIUM_PATH=bundled as "the usual order"', async () => {
    expect((await resolveChromium(lookup(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: 'bundled' } }))).source).toBe(
      'system',
    );
  });

  it("prefers Playwright's Chromium over the system's", async () => {
    const playwright = '/home/me/.cache/ms-playwright/chromium-1/chrome-linux/chrome';
    expect(await resolveChromium(lookup([playwright, '/usr/bin/chromium']))).toEqual({
      source: 'playwright',
      executablePath: playwright,
    });
  });

  it("takes Playwright's headless shell of the same revision when it is installed", async () => {
    const full = '/home/me/.cache/ms-playwright/chromium-1/chrome-linux/chrome';
    const shell =
      '/home/me/.cache/ms-playwright/chromium_headless_shell-1/chrome-headless-shell-linux/chrome-headless-shell';
    expect(await resolveChromium(lookup([full, shell]))).toEqual({ source: 'playwright', executablePath: shell });
    expect(
      headlessShellBeside('/pw/chromium-1255/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/x'),
    ).toBe('/pw/chromium_headless_shell-1255/chrome-headless-shell-mac-arm64/chrome-headless-shell');
    expect(headlessShellBeside('/usr/bin/chromium')).toBeUndefined();
  });

  it("takes Debian's headless shell before its full Chromium", async () => {
    const found = await resolveChromium(lookup(['/usr/bin/chromium', '/usr/bin/chromium-headless-shell']));
    expect(found.executablePath).toBe('/usr/bin/chromium-headless-shell');
  });

  it('finds the system Chromium, then Chrome on macOS', async () => {
    expect((await resolveChromium(lookup(['/usr/bin/chromium']))).executablePath).toBe('/usr/bin/chromium');
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(await resolveChromium(lookup([mac], { platform: 'darwin' }))).toEqual({
      source: 'system',
      executablePath: mac,
    });
  });

  it('knows the Windows install folders', () => {
    expect(systemChromiumPaths('win32', { PROGRAMFILES: 'C:\\Program Files' })[0]).toMatch(
      /Google.Chrome.Application.chrome\.exe$/,
    );
  });

  it('falls back to the npm-packaged Chromium when no browser is installed', async () => {
    expect(await resolveChromium(lookup([]))).toEqual(packaged);
  });

  it('skips installed browsers with CHROMIUM_SKIP_INSTALLED=1', async () => {
    const found = await resolveChromium(lookup(['/usr/bin/chromium'], { env: { CHROMIUM_SKIP_INSTALLED: '1' } }));
    expect(found.source).toBe('npm');
  });

  it('explains what to install when nothing is found', async () => {
    await expect(
      resolveChromium(lookup([], { platform: 'darwin', npmChromium: () => Promise.resolve(undefined) })),
    ).rejects.toThrow(/npx playwright install chromium/);
  });

  it('always passes the flags this closed network needs', () => {
    expect(chromiumArgs).toEqual(
      expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--disable-background-networking']),
    );
  });
});
