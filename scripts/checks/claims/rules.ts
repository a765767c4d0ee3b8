import { policyText } from '../../../policy/policy.ts';
import * as policy from '../../../policy/policy.ts';
import { nearest } from './nearest.ts';
import type { SpecVocabulary } from './vocabulary.ts';

/** Where a piece of text sits and what it is: prose (paragraphs, tables, headings), code, a diagram label, a console scenario. */
export interface ClaimText {
  file: string;
  line: number;
  text: string;
  kind: 'prose' | 'code' | 'diagram' | 'scenario';
}

export interface Finding {
  file: string;
  line: number;
  message: string;
}

/**
 * Paths the architecture pages name that are internal, not public API
 * operations, so they are not in the spec. Keep this list short: each entry
 * says where it is used.
 */
export const internalPaths: readonly string[] = [
  // Gateway routing on System architecture and Architecture overview: whole families, not operations.
  '/oauth/*',
  '/v1/*',
];

/**
 * UPPER_SNAKE names that are not error codes: environment variables and
 * constants the samples and SDK pages use. Error codes are checked against the spec.
 */
export const notErrorCodes: readonly string[] = [
  'REDCORE_CLIENT_ID',
  'REDCORE_CLIENT_SECRET',
  'REDCORE_API_KEY',
  'ACCESS_TOKEN',
  'REFRESH_TOKEN',
  'CLIENT_ID',
  'CLIENT_SECRET',
  'BASE_URL',
  'BLUEROUND_API_BASE',
  'LAST_EVENT_ID',
];

/** Header names HTTP itself defines; the spec lists only BlueRound's own and the ones it documents. */
export const standardHeaders: readonly string[] = [
  'Authorization',
  'Content-Type',
  'Content-Length',
  'Accept',
  'User-Agent',
  'Location',
  'Host',
  'Origin',
  'Access-Control-Allow-Origin',
  'Allow',
];

/** Capitalised hyphenated words in prose that look like headers but are not. */
const notHeaders = new Set(['Multi-AZ', 'Cross-Origin', 'Service-to-Service', 'Role-Based', 'Real-Time', 'Read-Only']);

const operationPattern = /\b(GET|POST|PUT|PATCH|DELETE)\s+(\/[^\s`"'()<>,;|\]]*)/g;
const statusPattern = /(?<![\w.:/-])([1-5]\d\d)(?![\w.%]|\s?ms\b|\s?(?:s|h|days|seconds)\b)/g;
const errorCodePattern = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;
const headerPattern = /\b(?:X-[A-Za-z]+(?:-[A-Za-z]+)*|[A-Z][a-z]+(?:-[A-Z][A-Za-z]*)+)\b/g;
const scopePattern = /(?<![\w/.:-])([a-z]+):([a-z]+)(?![\w/:-])/g;
const oauthErrorPattern =
  /\b(invalid_[a-z_]+|unauthorized_client|unsupported_[a-z_]+|access_denied|server_error|temporarily_unavailable)\b/g;
const idPattern = /(?<![\w-])([a-z]{2,4})_(?=[A-Za-z0-9]*[0-9…])[A-Za-z0-9…]+/g;

function cleanPath(raw: string): string {
  return raw.replace(/[?#].*$/, '').replace(/[.:…]+$/, '');
}

function matchesTemplate(path: string, template: string): boolean {
  const a = path.split('/');
  const b = template.split('/');
  return (
    a.length === b.length && a.every((segment, i) => segment === b[i] || (/^\{.+\}$/.test(b[i]!) && segment !== ''))
  );
}

export function findOperation(vocabulary: SpecVocabulary, method: string, path: string) {
  return vocabulary.operations.find((op) => op.method === method && matchesTemplate(path, op.path));
}

/** Sentences of a text, each with its offset, so a status is tied to the path in the same sentence. */
function sentences(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const pattern = /[^.!?\n]+(?:[.!?](?=\s|$)|\n|$)/g;
  for (const match of text.matchAll(pattern)) out.push({ text: match[0], offset: match.index });
  return out;
}

const lineAt = (claim: ClaimText, offset: number) =>
  claim.line + (claim.text.slice(0, offset).match(/\n/g)?.length ?? 0);

type NumericPolicyKey = {
  [K in keyof typeof policy]: (typeof policy)[K] extends number ? K : never;
}[keyof typeof policy];

/** Claims about the policy's numbers, recognised by the words around them. */
const policyClaims: { key: NumericPolicyKey; pattern: RegExp; describe: string }[] = [
  {
    key: 'maxRateLimitRetries',
    pattern: /(?<![\d.])(\d{1,2})\s+(?:such\s+|rate-limit\s+|429\s+)*waits\s+in\s+a\s+row/i,
    describe: '429 waits in a row',
  },
  { key: 'maxRetries', pattern: /\bup to (\d+) (?:retries|times)\b/i, describe: 'retries of a 5xx' },
  {
    key: 'invitationTtlHours',
    pattern: /\binvitation[^.]{0,60}?\b(\d+)\s*h\b/i,
    describe: 'invitation lifetime (hours)',
  },
  {
    key: 'idempotencyKeyTtlHours',
    pattern: /\b(?:idempotency|Idempotency-Key)[^.]{0,60}?\b(\d+)\s*h\b/i,
    describe: 'idempotency key lifetime (hours)',
  },
  {
    key: 'refreshTokenTtlDays',
    pattern: /\brefresh token[^.]{0,60}?\b(\d+)\s*days\b/i,
    describe: 'refresh token lifetime (days)',
  },
  {
    key: 'eventRetentionDays',
    pattern: /\bevents? (?:are |is )?(?:kept|retained|stored)[^.]{0,30}?\b(\d+)\s*days\b/i,
    describe: 'event retention (days)',
  },
  {
    key: 'accessTokenTtlSeconds',
    pattern: /\baccess token[^.]{0,60}?\b(\d{3,5})\s*(?:s|seconds)\b/i,
    describe: 'access token lifetime (seconds)',
  },
];

/** Checks one piece of text; returns what does not resolve against the spec and the policy. */
export function checkClaims(claim: ClaimText, vocabulary: SpecVocabulary): Finding[] {
  const findings: Finding[] = [];
  const report = (offset: number, message: string) =>
    findings.push({ file: claim.file, line: lineAt(claim, offset), message });
  const text = claim.text;
  const operationNames = vocabulary.operations.map((op) => `${op.method} ${op.path}`);

  for (const sentence of sentences(text)) {
    const operations = [...sentence.text.matchAll(operationPattern)];
    for (const match of operations) {
      const path = cleanPath(match[2]!);
      if (internalPaths.includes(path)) continue;
      const operation = findOperation(vocabulary, match[1]!, path);
      if (!operation) {
        report(
          sentence.offset + match.index,
          `\`${match[1]} ${path}\` is not in the spec; did you mean \`${nearest(`${match[1]} ${path}`, operationNames)}\`?`,
        );
        continue;
      }
      // A status in the same sentence as one operation is a claim about that operation's answers.
      if (operations.length !== 1 || claim.kind === 'code') continue;
      const rest = sentence.text.slice(match.index + match[0].length);
      for (const status of rest.matchAll(statusPattern)) {
        if (!operation.statuses.has(status[1]!))
          report(
            sentence.offset + match.index,
            `\`${operation.method} ${operation.path}\` does not answer ${status[1]} in the spec (it answers ${[...operation.statuses].join(', ')})`,
          );
      }
    }
  }

  // Error codes: everywhere but code, where only quoted strings are claims (constants are not).
  const codeTexts =
    claim.kind === 'code'
      ? [...text.matchAll(/["'`]([A-Z][A-Z0-9_]+)["'`]/g)].map((m) => ({ value: m[1]!, index: m.index }))
      : [...text.matchAll(errorCodePattern)].map((m) => ({ value: m[0], index: m.index }));
  for (const { value, index } of codeTexts) {
    if (!value.includes('_') || vocabulary.errorCodes.has(value) || notErrorCodes.includes(value)) continue;
    report(
      index,
      `error code ${value} is not in the spec; did you mean ${nearest(value, vocabulary.errorCodes.keys())}?`,
    );
  }
  for (const match of text.matchAll(/\b([1-5]\d\d)\s+`?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/g)) {
    const statuses = vocabulary.errorCodes.get(match[2]!);
    if (statuses && statuses.size > 0 && !statuses.has(match[1]!))
      report(match.index, `${match[2]} is answered with ${[...statuses].join(' or ')} in the spec, not ${match[1]}`);
  }

  const knownHeaders = new Map([...vocabulary.headers, ...standardHeaders].map((h) => [h.toLowerCase(), h]));
  for (const match of text.matchAll(headerPattern)) {
    const name = match[0];
    if (notHeaders.has(name) || knownHeaders.has(name.toLowerCase())) continue;
    // `X-RateLimit-*` names a family of headers the spec has.
    if (
      text.startsWith('-*', match.index + name.length) &&
      [...knownHeaders.keys()].some((h) => h.startsWith(name.toLowerCase() + '-'))
    )
      continue;
    // Prose words like "Mobile-Friendly" are rare; anything X- or followed by a colon is a header claim.
    if (!name.startsWith('X-') && !new RegExp(`${name}\\s*:`).test(text) && claim.kind === 'prose') continue;
    report(match.index, `header ${name} is not in the spec; did you mean ${nearest(name, knownHeaders.values())}?`);
  }

  const resources = new Set([...vocabulary.scopes].map((s) => s.split(':')[0]));
  const actions = new Set([...vocabulary.scopes].map((s) => s.split(':')[1]));
  for (const match of text.matchAll(scopePattern)) {
    const scope = match[0];
    if (vocabulary.scopes.has(scope)) continue;
    if (!resources.has(match[1]) && !actions.has(match[2])) continue;
    report(match.index, `scope ${scope} is not in the spec; did you mean ${nearest(scope, vocabulary.scopes)}?`);
  }

  for (const match of text.matchAll(oauthErrorPattern)) {
    if (vocabulary.oauthErrors.has(match[1]!)) continue;
    if (claim.kind === 'code' && !/["'`]/.test(text[match.index - 1] ?? '')) continue;
    report(
      match.index,
      `OAuth error ${match[1]} is not in the spec; did you mean ${nearest(match[1]!, vocabulary.oauthErrors)}?`,
    );
  }

  for (const match of text.matchAll(idPattern)) {
    if (vocabulary.idPrefixes.has(match[1]!)) continue;
    report(
      match.index,
      `ID prefix ${match[1]}_ (in ${match[0]}) is not in the spec; did you mean ${nearest(match[1]!, vocabulary.idPrefixes)}_?`,
    );
  }

  if (claim.kind !== 'code') {
    for (const rule of policyClaims) {
      for (const sentence of sentences(text)) {
        const match = rule.pattern.exec(sentence.text);
        if (!match) continue;
        const expected = String(policy[rule.key]);
        if (match[1] !== expected)
          report(
            sentence.offset + match.index,
            `${rule.describe}: the page says ${match[1]}, policy/policy.ts says ${expected} (${rule.key}); write the {{policy.…}} placeholder instead of the number`,
          );
      }
    }
  }
  return findings;
}

export { policyText };
