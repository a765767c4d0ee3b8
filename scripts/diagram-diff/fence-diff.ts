import type { DiagramSource } from '../../lib/diagrams/collect.ts';

export type FenceChange =
  | { status: 'added'; after: DiagramSource }
  | { status: 'changed'; before: DiagramSource; after: DiagramSource }
  | { status: 'removed'; before: DiagramSource };

/**
 * Pairs a page's ```mermaid fences before and after a change. Fences whose
 * source is unchanged are matched first, wherever they moved (so inserting a
 * diagram above others does not mark them all as changed); the rest pair up in
 * page order as "changed", and what is left over was added or removed.
 */
export function diffFences(before: DiagramSource[], after: DiagramSource[]): FenceChange[] {
  const unmatchedBefore = [...before];
  const unmatchedAfter: DiagramSource[] = [];
  for (const fence of after) {
    const same = unmatchedBefore.findIndex((old) => old.source === fence.source);
    if (same === -1) unmatchedAfter.push(fence);
    else unmatchedBefore.splice(same, 1);
  }
  const changes: FenceChange[] = [];
  const paired = Math.min(unmatchedBefore.length, unmatchedAfter.length);
  for (let index = 0; index < paired; index++) {
    changes.push({ status: 'changed', before: unmatchedBefore[index]!, after: unmatchedAfter[index]! });
  }
  for (const fence of unmatchedAfter.slice(paired)) changes.push({ status: 'added', after: fence });
  for (const fence of unmatchedBefore.slice(paired)) changes.push({ status: 'removed', before: fence });
  return changes;
}

/** One line of `git diff --name-status -M`: what happened to which content file. */
export interface FileChange {
  status: 'A' | 'M' | 'D' | 'R';
  path: string;
  /** The path on the base side (differs from `path` for renames). */
  basePath: string;
}

export function parseNameStatus(output: string): FileChange[] {
  return output
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [code = '', first = '', second] = line.split('\t');
      const status = code[0] as FileChange['status'] | 'C' | 'T';
      if (status === 'R' || status === 'C') return { status: 'R', path: second!, basePath: first };
      if (status === 'T') return { status: 'M', path: first, basePath: first };
      return { status, path: first, basePath: first };
    });
}

/** Where a content file is published, relative to the site's base: `guides/quickstart/`. */
export function pagePath(file: string, contentDir = 'src/content/docs/'): string {
  const slug = file
    .slice(contentDir.length)
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '')
    .toLowerCase();
  return slug ? `${slug}/` : '';
}
