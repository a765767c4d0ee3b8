import { spawn } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv } from './scratch-project.ts';

export interface DevServer {
  origin: string;
  /** Everything the server printed so far. */
  log(): string;
  /** Ends the server; resolves once it has exited (its port is free again). */
  stop(): Promise<void>;
}

/** `astro dev` in `dir` (a scratch project) on 127.0.0.1:`port`, with its own diagram cache. */
export function startDevServer(dir: string, port: number): DevServer {
  const server = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: childEnv({ ASTRO_TELEMETRY_DISABLED: '1', DIAGRAM_CACHE_DIR: join(dir, '.diagram-cache') }),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stop() ends npx, Astro and the diagram browser together.
    detached: true,
  });
  let log = '';
  server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  return {
    origin: `http://127.0.0.1:${port}`,
    log: () => log,
    stop: async () => {
      if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
      await exited;
    },
  };
}

/**
 * Milliseconds until `url` answers 200 with a body for which `ready` holds,
 * polling every 40 ms; throws after `timeoutMs` with the last body's start.
 */
export async function untilServed(
  url: string,
  ready: (html: string) => boolean,
  what: string,
  timeoutMs = 60_000,
): Promise<number> {
  const started = performance.now();
  let last = '';
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      const html = await response.text();
      if (response.ok && ready(html)) return performance.now() - started;
      last = `${response.status} ${html.replace(/\s+/g, ' ').slice(0, 300)}`;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  throw new Error(`${what}: not served within ${timeoutMs / 1000} s (${url}); last answer: ${last}`);
}

/**
 * Saves like an editor's atomic save: a whole new file renamed over the old.
 * A plain write truncates first, and a watcher that reads the empty file and
 * then coalesces the write's own event serves a page with no frontmatter.
 */
export function saveFile(path: string, text: string): void {
  const temporary = `${path}.saving`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
