/**
 * The versioning policy as a check (guides/versioning.mdx): non-breaking
 * changes need nothing; a breaking change passes only when the same change
 * ships a new dated version (a later `info.version`, which
 * `policy/policy.ts` must accept as `currentApiVersion`) and a new changelog
 * entry for that version naming the operation, with a migration note.
 *
 * One narrower case passes without a version: an added or tightened limit
 * (`maxLength`, `maximum`…) acknowledged by a new `fixed` changelog entry that
 * names the operation, because it documents what the server already enforced.
 * Removals, new required fields, type, status and auth changes never do.
 */
import type { ChangelogEntry } from '../../src/lib/api-changelog.ts';
import { classifyChanges, type ClassifiedChange } from './classify.ts';

export interface GateInput {
  before: unknown;
  after: unknown;
  beforeChangelog: readonly ChangelogEntry[];
  afterChangelog: readonly ChangelogEntry[];
  /** `currentApiVersion` of policy/policy.ts in the working tree: the version the sandbox accepts. */
  acceptedVersion: string;
}

export interface GateResult {
  changes: ClassifiedChange[];
  beforeVersion: string;
  afterVersion: string;
  /** One message per problem; the gate passes when there are none. */
  failures: string[];
}

const breakingKinds = ['changed', 'removed', 'deprecated'];

function versionOf(document: unknown): string {
  const info = (document as { info?: { version?: unknown } }).info;
  return typeof info?.version === 'string' ? info.version : '';
}

/** Entries the change adds: in the working tree, not in the base (line numbers aside). */
function addedEntries(before: readonly ChangelogEntry[], after: readonly ChangelogEntry[]): ChangelogEntry[] {
  const key = (entry: ChangelogEntry) => JSON.stringify({ ...entry, line: 0 });
  const existing = new Set(before.map(key));
  return after.filter((entry) => !existing.has(key(entry)));
}

function names(entry: ChangelogEntry, operations: readonly string[]): boolean {
  return operations.length === 0 || operations.some((id) => entry.operations.includes(id));
}

export function evaluateGate(input: GateInput): GateResult {
  const changes = classifyChanges(input.before, input.after);
  const beforeVersion = versionOf(input.before);
  const afterVersion = versionOf(input.after);
  const added = addedEntries(input.beforeChangelog, input.afterChangelog);
  const newVersion = afterVersion > beforeVersion;
  const failures: string[] = [];

  if (afterVersion < beforeVersion) {
    failures.push(`info.version went back from ${beforeVersion} to ${afterVersion}; versions only move forward.`);
  }
  if (newVersion) {
    if (input.acceptedVersion !== afterVersion) {
      failures.push(
        `info.version is ${afterVersion} but policy/policy.ts currentApiVersion is ${input.acceptedVersion}: the sandbox would not accept BlueRound-Version: ${afterVersion}. Set both to the new date.`,
      );
    }
    if (!added.some((entry) => entry.version === afterVersion)) {
      failures.push(`info.version moved to ${afterVersion} without a new entry for it in openapi/changelog.yaml.`);
    }
  }

  for (const change of changes.filter((candidate) => candidate.severity === 'breaking')) {
    const acknowledged =
      (change.narrowing && added.some((entry) => entry.kind === 'fixed' && names(entry, change.operations))) ||
      (newVersion &&
        added.some(
          (entry) =>
            entry.version === afterVersion &&
            breakingKinds.includes(entry.kind) &&
            entry.migration !== undefined &&
            names(entry, change.operations),
        ));
    if (acknowledged) continue;
    const operations = change.operations.join(', ') || '(no operation)';
    failures.push(
      `${operations} (${change.where}): ${change.description} is a breaking change. ` +
        (newVersion
          ? `Add an openapi/changelog.yaml entry with version: '${afterVersion}', kind changed or removed, operations [${operations}] and a migration note.`
          : `Ship it in a new dated version: set info.version (and currentApiVersion in policy/policy.ts) to a date after ${beforeVersion}, and add an openapi/changelog.yaml entry for that version, kind changed or removed, naming ${operations}, with a migration note.`),
    );
  }
  return { changes, beforeVersion, afterVersion, failures };
}
