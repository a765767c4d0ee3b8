import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { specRootPath } from '../../../openapi/bundled-spec.ts';
import { apiClientPath, tagPagePath } from './slugs.ts';

interface SidebarLink {
  label: string;
  link: string;
}

/** Tag names as the root of the split spec declares them (the bundle keeps them in the same order). */
export function declaredTagNames(rootYaml: string = readFileSync(specRootPath, 'utf8')): string[] {
  const root = parse(rootYaml) as { tags?: { name?: unknown }[] };
  return (root.tags ?? []).map((tag, index) => {
    if (typeof tag.name !== 'string') throw new Error(`tags[${index}] in ${specRootPath} has no name.`);
    return tag.name;
  });
}

/** The "API reference" sidebar group: overview, one page per tag, then the interactive client. */
export function referenceSidebarItems(tagNames: string[] = declaredTagNames()): SidebarLink[] {
  return [
    { label: 'Overview', link: '/reference/' },
    ...tagNames.map((name) => ({ label: name, link: tagPagePath(name) })),
    { label: 'API client', link: apiClientPath() },
  ];
}
