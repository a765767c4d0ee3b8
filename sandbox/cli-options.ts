/**
 * Command line of the HTTP sandbox (`npx @blueround/sandbox`, `npm run sandbox`):
 * `--port` / `PORT` (default 4010) and `--host` / `HOST` (default 127.0.0.1,
 * loopback only; a container sets 0.0.0.0 so its published port reaches it).
 * Flags win over the environment.
 */
import { parseArgs } from 'node:util';

export const defaultPort = 4010;
export const defaultHost = '127.0.0.1';

export const usage = `Usage: blueround-sandbox [--port <n>] [--host <address>]

Serves the BlueRound sandbox API over HTTP (default http://${defaultHost}:${defaultPort}).

  --port <n>        Port to listen on, 0 to 65535 (0 picks a free one). Env: PORT.
  --host <address>  Address to listen on (default ${defaultHost}, loopback only). Env: HOST.
  -h, --help        Show this help.`;

export type CliOptions = { help: true } | { help: false; port: number; host: string };

export class CliUsageError extends Error {}

export function parseCliOptions(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { help: true };

  const rawPort = values.port ?? env['PORT'] ?? String(defaultPort);
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort.trim()) || !Number.isInteger(port) || port > 65_535) {
    const source = values.port === undefined ? 'PORT' : '--port';
    throw new CliUsageError(`${source} must be an integer from 0 to 65535, not ${JSON.stringify(rawPort)}`);
  }
  const host = (values.host ?? env['HOST'] ?? defaultHost).trim();
  if (host === '') throw new CliUsageError('--host / HOST must not be empty');
  return { help: false, port, host };
}
