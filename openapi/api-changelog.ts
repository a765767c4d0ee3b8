/**
 * The API changelog (openapi/changelog.yaml): one entry per change, each with
 * the date it shipped, the dated API version it belongs to, its kind, the
 * operations it affects and, for anything an integrator must act on, a
 * migration note. The /reference/changelog/ page, its Atom feed and the
 * breaking-change gate (npm run lint:api:diff) all read it through here, so a
 * malformed entry fails all three with the file and line.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export const changelogPath = resolve(process.cwd(), 'openapi/changelog.yaml');

export const changeKinds = ['added', 'changed', 'deprecated', 'removed', 'fixed'] as const;
export type ChangeKind = (typeof changeKinds)[number];

export interface ChangelogEntry {
  /** When the change shipped, `YYYY-MM-DD`. */
  date: string;
  /** The dated API version (`info.version`, `BlueRound-Version`) the change belongs to. */
  version: string;
  kind: ChangeKind;
  /** One line, Markdown. */
  title: string;
  /** Optional detail, Markdown. */
  description?: string;
  /** operationIds of the affected operations. */
  operations: string[];
  /** What integrators do about it, Markdown; required for `changed`, `removed` and `deprecated`. */
  migration?: string;
  /** 1-based line of the entry in the file, for error messages. */
  line: number;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const needsMigration: readonly ChangeKind[] = ['changed', 'removed', 'deprecated'];

export class ChangelogError extends Error {}

function isRealDate(text: string): boolean {
  return isoDate.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

/**
 * Parses and checks changelog text. `knownOperations`, when given, is the set
 * of operationIds in the spec: an entry naming another one is an error.
 */
export function parseChangelog(
  text: string,
  file = changelogPath,
  knownOperations?: ReadonlySet<string>,
): ChangelogEntry[] {
  const name = relative(process.cwd(), file) || file;
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const fail = (line: number, message: string): never => {
    throw new ChangelogError(`${name}:${line}: ${message}`);
  };
  const [syntax] = document.errors;
  if (syntax) fail(syntax.linePos?.[0].line ?? 1, syntax.message);
  if (!isSeq(document.contents)) fail(1, 'the changelog must be a YAML list of entries.');
  const entries: ChangelogEntry[] = [];
  for (const [index, node] of (document.contents as { items: unknown[] }).items.entries()) {
    const at = lineOf(node as Node);
    const label = `entry ${index + 1}`;
    if (!isMap(node)) fail(at, `${label} must be a mapping with date, version, kind, title and operations.`);
    const raw = (node as { toJSON(): unknown }).toJSON() as Record<string, unknown>;
    const known = ['date', 'version', 'kind', 'title', 'description', 'operations', 'migration'];
    const unknown = Object.keys(raw).find((key) => !known.includes(key));
    if (unknown) fail(at, `${label} has an unknown field "${unknown}"; fields are ${known.join(', ')}.`);
    const text = (key: string, required: boolean): string | undefined => {
      const value = raw[key];
      if (value === undefined && !required) return undefined;
      if (typeof value !== 'string' || value.trim() === '') {
        fail(at, `${label}: "${key}" must be ${required ? 'a non-empty string' : 'a non-empty string when given'}.`);
      }
      return (value as string).trim();
    };
    const date = text('date', true) ?? '';
    const version = text('version', true) ?? '';
    if (!isRealDate(date)) fail(at, `${label}: "date" must be a date written YYYY-MM-DD, not ${date}.`);
    if (!isRealDate(version)) fail(at, `${label}: "version" must be a dated version YYYY-MM-DD, not ${version}.`);
    const kind = text('kind', true) as ChangeKind;
    if (!changeKinds.includes(kind))
      fail(at, `${label}: "kind" must be one of ${changeKinds.join(', ')}, not ${kind}.`);
    const operations = raw['operations'];
    if (!Array.isArray(operations) || operations.some((id) => typeof id !== 'string')) {
      fail(at, `${label}: "operations" must be a list of operationIds (it may be empty: []).`);
    }
    for (const id of operations as string[]) {
      if (knownOperations && !knownOperations.has(id)) fail(at, `${label}: the spec has no operation "${id}".`);
    }
    const migration = text('migration', false);
    if (!migration && needsMigration.includes(kind)) fail(at, `${label}: a "${kind}" entry needs a "migration" note.`);
    const description = text('description', false);
    entries.push({
      date,
      version,
      kind,
      title: text('title', true) ?? '',
      ...(description ? { description } : {}),
      operations: operations as string[],
      ...(migration ? { migration } : {}),
      line: at,
    });
  }
  return entries;
}

export function loadChangelog(knownOperations?: ReadonlySet<string>, file = changelogPath): ChangelogEntry[] {
  return parseChangelog(readFileSync(file, 'utf8'), file, knownOperations);
}

/** Newest first: by date, then by version, then in file order. */
export function newestFirst(entries: readonly ChangelogEntry[]): ChangelogEntry[] {
  return [...entries].sort(
    (a, b) => b.date.localeCompare(a.date) || b.version.localeCompare(a.version) || a.line - b.line,
  );
}

/** Anchor of an entry on the changelog page, stable while its date and title stay. */
export function entryAnchor(entry: Pick<ChangelogEntry, 'date' | 'title'>): string {
  const words = entry.title
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${entry.date}-${words}`;
}
