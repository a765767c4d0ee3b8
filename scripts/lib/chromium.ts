import { existsSync } from 'node:fs';

/**
 * The one place that decides which Chromium every tool launches (rehype-mermaid's
 * renderer, the diagram pipeline, Playwright tests, screenshot scripts).
 *
 * - `CHROMIUM_PATH=/path/to/chrome` uses that binary.
 * - `CHROMIUM_PATH=bundled` uses the browser `npx playwright install chromium`
 *   downloaded (GitHub Actions, where downloads work).
 * - Unset: Debian's `/usr/bin/chromium` (these machines cannot download browsers).
 */
export const debianChromiumPath = '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a closed network and runnable as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export function chromiumExecutablePath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured === 'bundled') return undefined;
  const path = configured || debianChromiumPath;
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it (apt-get install -y chromium), ` +
        'point CHROMIUM_PATH at a Chromium binary, or set CHROMIUM_PATH=bundled ' +
        'after `npx playwright install chromium`.',
    );
  }
  return path;
}

/** Launch options for Playwright's `chromium.launch()`. */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env): {
  executablePath?: string;
  args: string[];
} {
  const executablePath = chromiumExecutablePath(env);
  return executablePath ? { executablePath, args: [...chromiumArgs] } : { args: [...chromiumArgs] };
}
