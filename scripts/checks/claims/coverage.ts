import type { ClaimText } from './rules.ts';
import { findOperation } from './rules.ts';
import type { SpecVocabulary } from './vocabulary.ts';

/** What the spec has that no guide explains, and the error codes no scenario or sample reaches. */
export function coverageGaps(
  vocabulary: SpecVocabulary,
  guideTexts: ClaimText[],
  reachingTexts: ClaimText[],
): string[] {
  const guides = guideTexts.map((t) => t.text).join('\n');
  const explained = new Set<string>();
  for (const match of guides.matchAll(/\b(GET|POST|PUT|PATCH|DELETE)\s+(\/[^\s`"'()<>,;|\]]*)/g)) {
    const operation = findOperation(vocabulary, match[1]!, match[2]!.replace(/[?#].*$/, '').replace(/[.:…]+$/, ''));
    if (operation) explained.add(`${operation.method} ${operation.path}`);
  }
  const gaps: string[] = [];
  for (const op of vocabulary.operations)
    if (!explained.has(`${op.method} ${op.path}`))
      gaps.push(`operation ${op.method} ${op.path} is explained in no guide`);
  const mentions = (name: string, text: string) =>
    new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'i').test(text);
  for (const code of vocabulary.errorCodes.keys())
    if (!mentions(code, guides)) gaps.push(`error code ${code} is explained in no guide`);
  for (const scope of vocabulary.scopes)
    if (!mentions(scope, guides)) gaps.push(`scope ${scope} is explained in no guide`);
  for (const header of vocabulary.headers)
    if (!mentions(header, guides)) gaps.push(`header ${header} is explained in no guide`);
  const reaching = reachingTexts.map((t) => t.text).join('\n');
  // A sample or scenario reaches a code when it names it or shows its status (e.g. `HTTP/1.1 503`).
  for (const [code, statuses] of vocabulary.errorCodes)
    if (!mentions(code, reaching) && ![...statuses].some((status) => mentions(status, reaching)))
      gaps.push(`error code ${code} is reached by no console scenario or code sample`);
  return gaps;
}
