/**
 * The changelog as the page and the feed show it: entries newest first, each
 * operation resolved to its reference page (an entry naming an operation the
 * spec lacks fails the build, with the changelog line).
 */
import { entryAnchor, loadChangelog, newestFirst, type ChangelogEntry } from '../../openapi/api-changelog.ts';
import type { HttpMethod } from '../../openapi/http-methods.ts';
import type { ReferenceModel } from './reference/model.ts';
import { tagPagePath } from './reference/slugs.ts';

export interface OperationLink {
  operationId: string;
  method: HttpMethod;
  path: string;
  summary: string;
  deprecated: boolean;
  /** Root-relative: the tag page and the operation's anchor. */
  href: string;
}

export interface ChangelogItem extends ChangelogEntry {
  anchor: string;
  links: OperationLink[];
}

export const kindLabels: Record<ChangelogEntry['kind'], string> = {
  added: 'Added',
  changed: 'Changed',
  deprecated: 'Deprecated',
  removed: 'Removed',
  fixed: 'Fixed',
};

/** The title without Markdown code marks, for the table of contents and the feed. */
export function plainTitle(entry: Pick<ChangelogEntry, 'title'>): string {
  return entry.title.replace(/`/g, '');
}

export function changelogItems(model: ReferenceModel): ChangelogItem[] {
  const byId = new Map(model.operations.map((operation) => [operation.operationId, operation]));
  const entries = newestFirst(loadChangelog(new Set(byId.keys())));
  return entries.map((entry) => ({
    ...entry,
    anchor: entryAnchor(entry),
    links: entry.operations.map((id) => {
      const operation = byId.get(id);
      if (!operation) throw new Error(`openapi/changelog.yaml:${entry.line}: the spec has no operation "${id}".`);
      return {
        operationId: id,
        method: operation.method,
        path: operation.path,
        summary: operation.summary,
        deprecated: operation.deprecated,
        href: `${tagPagePath(operation.tagName)}#${operation.anchor}`,
      };
    }),
  }));
}
