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
