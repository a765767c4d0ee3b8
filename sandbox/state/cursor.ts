/**
 * Pagination cursors: opaque to clients and tamper-evident. A cursor names the
 * list, the filters it was issued under and the sequence number of the last
 * item served, followed by an HMAC-SHA-256 tag keyed with the sandbox's own
 * secret (`state.cursorSecret`, new at every seed). A forged, edited or
 * truncated cursor, or one replayed on another list or with other filters,
 * fails the tag check and answers 400. The next page starts below the sequence
 * number, so items created meanwhile never shift a page.
 *
 * HMAC runs inside the synchronous state transaction, and Web Crypto is async
 * only, so the tag uses @noble/hashes (audited, no dependencies, a few KB).
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/** Tag length in bytes: 128 bits is ample against forgery in a test sandbox and keeps cursors short. */
const tagBytes = 16;
const encoder = new TextEncoder();

export interface CursorScope {
  /** The list the cursor pages through, such as `users`. */
  list: string;
  /** The filters of the request that issued it; the same values must come back with the cursor. */
  filters: Readonly<Record<string, string | number | undefined>>;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Filters in a fixed order with absent ones left out, so `{a: undefined}` and `{}` bind alike. */
function filterKey(filters: CursorScope['filters']): string {
  return JSON.stringify(
    Object.entries(filters)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

function tagOf(secret: string, scope: CursorScope, seq: number): string {
  const message = `${scope.list}\n${filterKey(scope.filters)}\n${seq}`;
  return toBase64Url(hmac(sha256, encoder.encode(secret), encoder.encode(message)).subarray(0, tagBytes));
}

/** The `error.details[].issue` of a cursor that fails the check (the spec's InvalidCursor example). */
export const invalidCursorIssue = 'Unknown, altered or expired cursor, or the filters changed; start again without it.';

/** A fresh per-sandbox secret: 32 random bytes, hex. */
export function newCursorSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function encodeCursor(secret: string, scope: CursorScope, seq: number): string {
  return `${seq.toString(36)}.${tagOf(secret, scope, seq)}`;
}

/** Compares without stopping at the first difference, so timing does not reveal how much of a tag was right. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

/** The sequence number a cursor points at, or undefined for one this sandbox did not issue for `scope`. */
export function decodeCursor(secret: string, scope: CursorScope, cursor: string): number | undefined {
  const match = /^([0-9a-z]{1,11})\.([A-Za-z0-9_-]{22})$/.exec(cursor);
  if (!match) return undefined;
  const [, position = '', tag = ''] = match;
  const seq = parseInt(position, 36);
  if (!Number.isSafeInteger(seq) || seq <= 0 || seq.toString(36) !== position) return undefined;
  return sameText(tag, tagOf(secret, scope, seq)) ? seq : undefined;
}

/** One page, newest first, of records ordered oldest first. */
export function page<T extends { seq: number }>(
  records: readonly T[],
  cursor: { secret: string; scope: CursorScope },
  limit: number,
  after: number | undefined,
): { items: T[]; hasMore: boolean; nextCursor: string | null } {
  const items: T[] = [];
  let hasMore = false;
  for (let index = records.length - 1; index >= 0; index--) {
    const record = records[index];
    if (!record || (after !== undefined && record.seq >= after)) continue;
    if (items.length === limit) {
      hasMore = true;
      break;
    }
    items.push(record);
  }
  const last = items.at(-1);
  return {
    items,
    hasMore,
    nextCursor: hasMore && last ? encodeCursor(cursor.secret, cursor.scope, last.seq) : null,
  };
}
