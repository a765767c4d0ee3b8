/**
 * Strings JSON.parse accepts but other parsers reject: an unpaired UTF-16
 * surrogate (`"\ud800x"`, which RFC 8259 §8.2 leaves unpredictable and no
 * UTF-8 text can hold) and NUL (`"\u0000"`, which truncates strings in C and
 * is refused by PostgreSQL text columns). Stored, they would be echoed in
 * every later list and break strict clients, so bodies with them answer 400.
 */
import type { ErrorDetail } from '../spec/issues.ts';

export const illFormedStringIssue = 'Must not contain a NUL character or an unpaired UTF-16 surrogate.';
const illFormedKeyIssue = 'Has a field name with a NUL character or an unpaired UTF-16 surrogate.';

function isClean(text: string): boolean {
  return text.isWellFormed() && !text.includes('\u0000');
}

/**
 * One detail per string (or object key) that is not clean, named by its dotted
 * path as validation names fields. Iterative: a body may nest thousands deep.
 */
export function illFormedStrings(root: unknown): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const pending: { value: unknown; path: string[] }[] = [{ value: root, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    const field = path.length > 0 ? path.join('.') : 'body';
    if (typeof value === 'string') {
      if (!isClean(value)) details.push({ field, issue: illFormedStringIssue });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, path: [...path, String(index)] }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (isClean(key)) pending.push({ value: item, path: [...path, key] });
        else details.push({ field, issue: illFormedKeyIssue });
      }
    }
  }
  return details;
}

export const duplicateKeyIssue = 'Is given more than once.';

interface Level {
  kind: 'object' | 'array';
  /** Object: keys seen so far and whether the next string is a key. Array: the current index. */
  keys: Set<string>;
  expectKey: boolean;
  at: string;
}

/**
 * Field names given twice in one object (`{"email":"a","email":"b"}`).
 * JSON.parse keeps the last silently, other parsers keep the first or fail
 * (RFC 8259 §4), so which value counts would depend on the reader. `text`
 * must already be valid JSON: only strings and brackets need reading.
 */
export function duplicateKeys(text: string): ErrorDetail[] {
  const stack: Level[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    const top = stack.at(-1);
    if (char === '"') {
      let end = index + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(index, end + 1)) as string;
        // Ancestors name where this object sits; its own `at` is the previous key, not part of the path.
        const path = [...stack.slice(0, -1).map((level) => level.at), key].filter((part) => part !== '').join('.');
        if (top.keys.has(key)) return [{ field: path, issue: duplicateKeyIssue }];
        top.keys.add(key);
        top.expectKey = false;
        top.at = key;
      }
      index = end;
    } else if (char === '{' || char === '[') {
      stack.push({
        kind: char === '{' ? 'object' : 'array',
        keys: new Set(),
        expectKey: char === '{',
        at: char === '[' ? '0' : '',
      });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',' && top) {
      if (top.kind === 'object') top.expectKey = true;
      else top.at = String(Number(top.at) + 1);
    }
  }
  return [];
}
