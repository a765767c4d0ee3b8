/**
 * Everything about a request that does not depend on the state: the body read
 * (at most one byte over the limit is kept), its media type and parse, and the
 * spec checks of parameters and body. Computed before the state transaction, so
 * the transaction itself stays short and synchronous.
 */
import { maxRequestBodyBytes } from '../../policy/policy.ts';
import type { ErrorDetail } from '../spec/issues.ts';
import type { RouteSpec } from '../spec/routes.ts';
import { checkJsonBody, checkParams, type ParamValues } from '../spec/validate.ts';
import { duplicateKeys, illFormedStrings } from './json-text.ts';

export type BodyOutcome =
  | { kind: 'absent' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'unsupported-media'; contentType: string }
  | { kind: 'malformed'; issue: string }
  | { kind: 'invalid'; details: ErrorDetail[] }
  | { kind: 'json'; value: unknown }
  | { kind: 'form'; form: URLSearchParams };

export interface Incoming {
  requestId: string;
  route: RouteSpec;
  method: string;
  pathname: string;
  headers: Headers;
  pathParams: Record<string, string>;
  params: ParamValues;
  /** Problems with `BlueRound-Version`, reported before scope and other parameters. */
  versionIssues: ErrorDetail[];
  paramIssues: ErrorDetail[];
  body: BodyOutcome;
}

/** `type/subtype` in lower case, without parameters such as `charset`. */
export function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** JSON with object keys sorted, so two bodies that differ only in key order or spacing compare equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

async function readBody(request: Request): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  return new Uint8Array(await request.arrayBuffer());
}

function parseBody(route: RouteSpec, bytes: Uint8Array, contentType: string | null, validate: boolean): BodyOutcome {
  if (!route.body || bytes.byteLength === 0) return { kind: 'absent' };
  if (bytes.byteLength > maxRequestBodyBytes) return { kind: 'too-large', bytes: bytes.byteLength };
  const mediaType = mediaTypeOf(contentType);
  if (!route.body.mediaTypes.includes(mediaType)) return { kind: 'unsupported-media', contentType: mediaType };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'malformed', issue: 'Is not valid UTF-8.' };
  }
  if (mediaType === 'application/x-www-form-urlencoded') return { kind: 'form', form: new URLSearchParams(text) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'malformed', issue: 'Is not valid JSON.' };
  }
  const illFormed = [...illFormedStrings(value), ...duplicateKeys(text)];
  if (illFormed.length > 0) return { kind: 'invalid', details: illFormed };
  const details = checkJsonBody(route, value, validate);
  if (details.length > 0) return { kind: 'invalid', details };
  return { kind: 'json', value };
}

export async function readIncoming(
  request: Request,
  route: RouteSpec,
  pathParams: Record<string, string>,
  requestId: string,
  validate: boolean,
): Promise<Incoming> {
  const url = new URL(request.url);
  const bytes = await readBody(request);
  const { values, issues } = checkParams(route, url, request.headers, validate);
  return {
    requestId,
    route,
    method: request.method,
    pathname: url.pathname,
    headers: request.headers,
    pathParams,
    params: values,
    versionIssues: issues.filter((issue) => issue.field === 'BlueRound-Version'),
    paramIssues: issues.filter((issue) => issue.field !== 'BlueRound-Version'),
    body: parseBody(route, bytes, request.headers.get('content-type'), validate),
  };
}
