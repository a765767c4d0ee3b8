import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { packageDir, packageVersion } from './package-dir.ts';

/**
 * The one place that decides which Chromium every tool launches (the diagram
 * renderer, Playwright tests, screenshot and benchmark scripts), in this order:
 *
 * 1. `CHROMIUM_PATH=/path/to/chrome`;
 * 2. the Chromium `npx playwright install chromium` downloaded;
 * 3. the system's Chrome or Chromium at the usual Linux, macOS and Windows paths;
 * 4. the Chromium inside the `@sparticuz/chromium` npm package (Linux x64/arm64),
 *    so `npm install` alone is enough on a machine with no browser and no way
 *    to download one. First use unpacks it to the temp folder (~2 s).
 *
 * `CHROMIUM_SKIP_INSTALLED=1` skips 2 and 3: how to try a fresh machine on one
 * that has a browser.
 *
 * Within 2 and 3, a headless-shell build wins over the full browser beside it:
 * the full one runs "new headless" (the whole browser without a window), which
 * took the browser tests ~1.7× the time of the headless shell on the same
 * machine, and draws the same SVG. The npm Chromium is a headless shell.
 */

export type ChromiumSource = 'CHROMIUM_PATH' | 'playwright' | 'system' | 'npm';

export interface ResolvedChromium {
  source: ChromiumSource;
  executablePath: string;
  /** Extra environment the binary needs (the npm Chromium's own libraries and fonts). */
  env?: Record<string, string>;
}

/** Flags that keep Chromium quiet on a closed network and runnable as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Where Chrome and Chromium usually live, per platform. */
export function systemChromiumPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      join(homedir(), 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean) as string[];
    return roots.flatMap((root) => [
      join(root, 'Google/Chrome/Application/chrome.exe'),
      join(root, 'Chromium/Application/chrome.exe'),
    ]);
  }
  return [
    // Debian's chromium-headless-shell package, when installed, before the full browser.
    '/usr/bin/chromium-headless-shell',
    '/usr/lib/chromium/chromium-headless-shell',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

/**
 * Where `npx playwright install chromium` put the headless shell of the same
 * revision as its full Chromium: `…/chromium-<rev>/chrome-<platform>/…` has
 * `…/chromium_headless_shell-<rev>/chrome-headless-shell-<platform>/chrome-headless-shell`
 * beside it (Playwright's own layout; it launches that one itself when given no path).
 */
export function headlessShellBeside(fullChromium: string): string | undefined {
  const parts = fullChromium.split(/[\\/]/);
  const at = parts.findIndex((part) => /^chromium-\d+$/.test(part));
  const platform = /^chrome-(.+)$/.exec(parts[at + 1] ?? '')?.[1];
  if (at < 0 || !platform) return undefined;
  const revision = parts[at]!.slice('chromium-'.length);
  const executable = `chrome-headless-shell${fullChromium.endsWith('.exe') ? '.exe' : ''}`;
  return join(
    parts.slice(0, at).join('/') || '/',
    `chromium_headless_shell-${revision}`,
    `chrome-headless-shell-${platform}`,
    executable,
  );
}

/** What the resolver looks at; tests pass their own. */
export interface ChromiumLookup {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  exists(path: string): boolean;
  /** Where Playwright's own Chromium would be (it may not be installed). */
  playwrightExecutable(): string | undefined;
  /** Unpacks the npm package's Chromium; undefined where it has none (not Linux). */
  npmChromium(): Promise<ResolvedChromium | undefined>;
}

/**
 * The npm package unpacks to fixed paths under /tmp and treats a file that
 * exists as done, so a second process starting while the first still writes
 * would launch half a binary (parallel test workers on a fresh machine). One
 * process unpacks at a time; a lock older than two minutes is a dead process's.
 */
async function oneUnpackAtATime<T>(unpack: () => Promise<T>): Promise<T> {
  const lock = join(tmpdir(), 'blueround-chromium-unpack.lock');
  for (const started = Date.now(); ;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > 180_000)
        throw new Error(`Waited 3 min for ${lock}; remove it if no build is running.`);
      else await sleep(250);
    }
  }
  try {
    return await unpack();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function unpackSparticuz(): Promise<ResolvedChromium | undefined> {
  if (process.platform !== 'linux') return undefined;
  return oneUnpackAtATime(unpackSparticuzNow);
}

async function unpackSparticuzNow(): Promise<ResolvedChromium> {
  const { default: Sparticuz, inflate } = await import('@sparticuz/chromium');
  const executablePath = await Sparticuz.executablePath();
  // Its NSS and expat libraries (absent from a bare Debian or Ubuntu) and its fonts.conf.
  const libraries = await inflate(join(packageDir('@sparticuz/chromium'), 'bin/al2023.tar.br'));
  const libraryPath = [join(libraries, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return {
    source: 'npm',
    executablePath,
    env: { LD_LIBRARY_PATH: libraryPath, FONTCONFIG_PATH: join(dirname(executablePath), 'fonts') },
  };
}

export const defaultLookup: ChromiumLookup = {
  env: process.env,
  platform: process.platform,
  exists: existsSync,
  playwrightExecutable: () => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  },
  npmChromium: unpackSparticuz,
};

export async function resolveChromium(lookup: ChromiumLookup = defaultLookup): Promise<ResolvedChromium> {
  const configured = lookup.env.CHROMIUM_PATH?.trim();
  // `bundled` was the old way to ask for Playwright's own Chromium: it comes first in the order anyway.
  if (configured && configured !== 'bundled') {
    if (!lookup.exists(configured)) throw new Error(`CHROMIUM_PATH=${configured}: no such file.`);
    return { source: 'CHROMIUM_PATH', executablePath: configured };
  }
  if (lookup.env.CHROMIUM_SKIP_INSTALLED !== '1') {
    const playwright = lookup.playwrightExecutable();
    const shell = playwright && headlessShellBeside(playwright);
    if (shell && lookup.exists(shell)) return { source: 'playwright', executablePath: shell };
    if (playwright && lookup.exists(playwright)) return { source: 'playwright', executablePath: playwright };
    const system = systemChromiumPaths(lookup.platform, lookup.env).find((path) => lookup.exists(path));
    if (system) return { source: 'system', executablePath: system };
  }
  const packaged = await lookup.npmChromium();
  if (packaged) return packaged;
  throw new Error(
    'No Chromium found. Install Chrome or Chromium, run `npx playwright install chromium`, ' +
      'or point CHROMIUM_PATH at a Chromium binary (the npm-packaged Chromium covers Linux only).',
  );
}

let resolved: Promise<ResolvedChromium> | undefined;

/** Resolved once per process. */
export function chromiumForThisProcess(): Promise<ResolvedChromium> {
  resolved ??= resolveChromium();
  return resolved;
}

/** Launch options for Playwright's `chromium.launch()`. */
export async function chromiumLaunchOptions(): Promise<{
  executablePath: string;
  args: string[];
  env?: Record<string, string>;
}> {
  const { executablePath, env } = await chromiumForThisProcess();
  return {
    executablePath,
    args: [...chromiumArgs],
    ...(env ? { env: { ...(process.env as Record<string, string>), ...env } } : {}),
  };
}

/** "Chromium 153.0.7390.0 (npm @sparticuz/chromium 153.0.0)": for the one line a build prints. */
export function describeChromium(chromium: ResolvedChromium, version: string): string {
  const where =
    chromium.source === 'npm'
      ? `npm @sparticuz/chromium ${packageVersion('@sparticuz/chromium')}`
      : `${chromium.source}: ${chromium.executablePath}`;
  return `Chromium ${version} (${where})`;
}
