/**
 * Opaque pagination cursors: base64url JSON naming the list and the sequence
 * number of the last item served. The next page starts below it, so items
 * created meanwhile never shift a page.
 */

interface CursorData {
  list: string;
  seq: number;
}

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function encodeCursor(list: string, seq: number): string {
  return toBase64Url(JSON.stringify({ list, seq } satisfies CursorData));
}

/** The sequence number a cursor points at, or undefined for a cursor this list never issued. */
export function decodeCursor(list: string, cursor: string): number | undefined {
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
    const data: unknown = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    if (typeof data !== 'object' || data === null) return undefined;
    const { list: name, seq } = data as Partial<CursorData>;
    return name === list && typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0 ? seq : undefined;
  } catch {
    return undefined;
  }
}

/** One page, newest first, of records ordered oldest first. */
export function page<T extends { seq: number }>(
  records: readonly T[],
  list: string,
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
  return { items, hasMore, nextCursor: hasMore && last ? encodeCursor(list, last.seq) : null };
}
