import { describe, expect, it } from 'vitest';
import { routes } from '../../sandbox/generated/spec-runtime.js';
import { currentApiVersion } from '../../policy/policy.ts';
import { entryAnchor, loadChangelog, newestFirst, parseChangelog } from './api-changelog.ts';

const operations = new Set(routes.map((route) => route.operationId));

const valid = `- date: '2026-01-02'
  version: '2024-01-01'
  kind: fixed
  title: A fix
  operations: [getUser]
`;

describe('openapi/changelog.yaml', () => {
  it('parses, names only operations of the spec, and has an entry for the current version', () => {
    const entries = loadChangelog(operations);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.some((entry) => entry.version === currentApiVersion && entry.date === currentApiVersion)).toBe(true);
    const anchors = entries.map(entryAnchor);
    expect(new Set(anchors).size, 'anchors are unique').toBe(anchors.length);
  });

  it('sorts newest first', () => {
    const entries = parseChangelog(
      `${valid}- date: '2026-03-01'\n  version: '2024-01-01'\n  kind: added\n  title: Later\n  operations: []\n`,
    );
    expect(newestFirst(entries).map((entry) => entry.title)).toEqual(['Later', 'A fix']);
  });

  it.each([
    [
      'an unknown kind',
      valid.replace('kind: fixed', 'kind: improved'),
      /changelog\.yaml:1: entry 1: "kind" must be one of/,
    ],
    ['an impossible date', valid.replace("'2026-01-02'", "'2026-02-30'"), /:1: entry 1: "date" must be a date/],
    [
      'a removal without migration',
      valid.replace('kind: fixed', 'kind: removed'),
      /:1: entry 1: a "removed" entry needs a "migration" note/,
    ],
    ['an unknown operation', valid.replace('getUser', 'getUsers'), /:1: entry 1: the spec has no operation "getUsers"/],
    ['an unknown field', `${valid}  author: me\n`, /:1: entry 1 has an unknown field "author"/],
    [
      'a second entry without title',
      `${valid}- date: '2026-01-03'\n  version: '2024-01-01'\n  kind: added\n  operations: []\n`,
      /:6: entry 2: "title" must be a non-empty string/,
    ],
    ['not a list', 'date: 2026-01-01\n', /:1: the changelog must be a YAML list/],
  ])('rejects %s with the file and line', (_name, text, message) => {
    expect(() => parseChangelog(text, 'openapi/changelog.yaml', operations)).toThrow(message);
  });
});
