/**
 * What the request console's form describes, turned into a path, a URL and a
 * curl command. Pure, so what the console sends and what "Copy as curl" gives
 * are built by the same code.
 */

export const sandboxBaseUrl = 'https://sandbox.blueround.test';

export interface RequestDraft {
  method: string;
  /** The spec's path template, e.g. `/v1/users/{id}`. */
  pathTemplate: string;
  pathParams: Readonly<Record<string, string>>;
  /** Empty values are left out. */
  query: Readonly<Record<string, string>>;
  /** The JSON text to send, or null for no body. */
  bodyText: string | null;
  idempotencyKey: string | null;
  apiVersion: string;
}

/** Fills `{name}` segments, percent-encoded; names with no value are listed in `missing`. */
export function fillPath(template: string, values: Readonly<Record<string, string>>) {
  const missing: string[] = [];
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name]?.trim() ?? '';
    if (value === '') missing.push(name);
    return encodeURIComponent(value);
  });
  return { path, missing };
}

export function queryOf(draft: Pick<RequestDraft, 'query'>): Record<string, string> {
  return Object.fromEntries(Object.entries(draft.query).filter(([, value]) => value.trim() !== ''));
}

export function draftUrl(draft: RequestDraft, baseUrl = sandboxBaseUrl): string {
  const search = new URLSearchParams(queryOf(draft)).toString();
  return `${baseUrl}${fillPath(draft.pathTemplate, draft.pathParams).path}${search === '' ? '' : `?${search}`}`;
}

/** POSIX shell single quotes: nothing inside expands. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export interface CurlInput {
  method: string;
  url: string;
  headers: readonly (readonly [string, string])[];
  body: string | null;
}

/**
 * A copy-paste-safe curl command. Every value is single-quoted except the
 * Authorization header, which is double-quoted so `$ACCESS_TOKEN` expands;
 * the token itself is never part of the command.
 */
export function curlCommand(input: CurlInput): string {
  const parts = [`curl -X ${input.method} ${shellQuote(input.url)}`];
  parts.push(`-H "Authorization: Bearer $ACCESS_TOKEN"`);
  for (const [name, value] of input.headers) parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (input.body !== null) parts.push(`--data ${shellQuote(input.body)}`);
  return parts.join(' \\\n  ');
}

/** The body as sent: compact JSON when it parses, the text as typed otherwise. */
function compactBody(bodyText: string): string {
  try {
    return JSON.stringify(JSON.parse(bodyText));
  } catch {
    return bodyText;
  }
}

export function draftCurl(draft: RequestDraft): string {
  const hasBody = draft.bodyText !== null && draft.bodyText.trim() !== '';
  const headers: [string, string][] = [
    ['Accept', 'application/json'],
    ['BlueRound-Version', draft.apiVersion],
  ];
  if (hasBody) headers.push(['Content-Type', 'application/json']);
  if (draft.idempotencyKey) headers.push(['Idempotency-Key', draft.idempotencyKey]);
  return curlCommand({
    method: draft.method,
    url: draftUrl(draft),
    headers,
    body: hasBody ? compactBody(draft.bodyText!) : null,
  });
}
