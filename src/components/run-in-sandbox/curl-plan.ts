/**
 * Build time: turns a guide's curl sample into the requests "Run in sandbox"
 * sends. Only what the guides use is understood; anything else (another host,
 * an unknown flag, a non-curl command) makes the sample not runnable, so a
 * button never sends something other than what the reader sees.
 */
import { parse, type ParseEntry } from 'shell-quote';
import type { PlannedRequest, RunPlan } from './plan.ts';

const sandboxHost = 'https://sandbox.blueround.test';

/** Flags that change nothing about the request the sandbox sees. */
const ignoredFlags = new Set(['-s', '-S', '-sS', '-i', '--include', '--silent', '--show-error', '-f', '--fail', '-v']);
const ignoredFlagsWithValue = new Set(['--retry', '--retry-max-time', '--max-time', '-m']);

class NotRunnable extends Error {}

function words(command: string): string[] {
  // Variables stay as `$NAME` for the browser to fill; the sandbox base default is the host itself.
  const entries: ParseEntry[] = parse(command.replace(/\$\{BLUEROUND_API_BASE:-([^}]+)\}/g, '$1'), (key) => `$${key}`);
  const result: string[] = [];
  for (const entry of entries) {
    if (typeof entry === 'string') result.push(entry);
    else if ('op' in entry && entry.op === '|')
      break; // `| jq …` only formats the answer
    else throw new NotRunnable(`unsupported shell syntax ${JSON.stringify(entry)}`);
  }
  return result;
}

function curlRequest(args: string[]): PlannedRequest {
  if (args[0] !== 'curl') throw new NotRunnable(`not a curl command: ${args[0]}`);
  let url: string | undefined;
  let method: string | undefined;
  const headers: [string, string][] = [];
  const data: string[] = [];
  let dataInQuery = false;
  for (let index = 1; index < args.length; index++) {
    const arg = args[index]!;
    const value = () => {
      const next = args[++index];
      if (next === undefined) throw new NotRunnable(`${arg} needs a value`);
      return next;
    };
    if (arg === '-H' || arg === '--header') {
      const header = value();
      const colon = header.indexOf(':');
      headers.push([header.slice(0, colon).trim(), header.slice(colon + 1).trim()]);
    } else if (arg === '-X' || arg === '--request') method = value();
    else if (['-d', '--data', '--data-raw', '--data-binary'].includes(arg)) data.push(value());
    else if (arg === '--data-urlencode') {
      const [name, ...rest] = value().split('=');
      data.push(`${name}=${encodeURIComponent(rest.join('=')).replace(/%20/g, '+')}`);
    } else if (arg === '-u' || arg === '--user') {
      headers.push(['Authorization', `Basic ${Buffer.from(value()).toString('base64')}`]);
    } else if (arg === '-G' || arg === '--get') dataInQuery = true;
    else if (ignoredFlags.has(arg)) continue;
    else if (ignoredFlagsWithValue.has(arg)) value();
    else if (arg.startsWith('-')) throw new NotRunnable(`unsupported curl flag ${arg}`);
    else if (url === undefined) url = arg;
    else throw new NotRunnable(`a second URL ${arg}`);
  }
  if (!url?.startsWith(`${sandboxHost}/`)) throw new NotRunnable(`not a sandbox URL: ${url}`);
  let path = url.slice(sandboxHost.length);
  if (dataInQuery && data.length > 0) path += `${path.includes('?') ? '&' : '?'}${data.splice(0).join('&')}`;
  const request: PlannedRequest = { method: method ?? (data.length > 0 ? 'POST' : 'GET'), path, headers };
  if (data.length > 0) {
    request.body = data.join('&');
    if (!headers.some(([name]) => name.toLowerCase() === 'content-type')) {
      headers.push(['Content-Type', 'application/x-www-form-urlencoded']); // curl's default for -d
    }
  }
  return request;
}

/** Joins continued lines and drops comments and blank lines: one shell command per entry. */
function commands(code: string): string[] {
  return code
    .replace(/\\\r?\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

const keepPattern = /^(?:export\s+)?([A-Z_][A-Z0-9_]*)=\$\(([\s\S]+)\|\s*jq\s+-r\s+\.([a-z_]+)\)$/;

/** The requests of a curl sample, or `undefined` when it is not one a button can run. */
export function curlPlan(code: string): RunPlan | undefined {
  try {
    const plan = commands(code).map((command) => {
      const keep = keepPattern.exec(command);
      if (keep) return { ...curlRequest(words(keep[2]!)), keep: { name: keep[1]!, field: keep[3]! } };
      return curlRequest(words(command));
    });
    return plan.length > 0 ? plan : undefined;
  } catch (error) {
    if (error instanceof NotRunnable) return undefined;
    throw error;
  }
}
