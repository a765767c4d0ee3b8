import type { APIRoute } from 'astro';
import { changelogAtom } from '../../lib/api-changelog-feed.ts';
import { changelogItems } from '../../lib/api-changelog-view.ts';
import { loadReferenceModel } from '../../lib/reference/load.ts';
import { withBase } from '../../../lib/markdown/rehype-base-links.ts';
import { readSiteEnv } from '../../../lib/site-env.ts';

/** The API changelog as an Atom feed, built with the site. */
export const GET: APIRoute = async ({ site }) => {
  const model = await loadReferenceModel();
  const origin = site ?? new URL('https://docs.blueround.com/');
  // The same setting astro.config.mjs gives Astro as `base`.
  const { base } = readSiteEnv();
  const absolute = (path: string) => new URL(withBase(path, base), origin).href;
  const atom = await changelogAtom(changelogItems(model), {
    pageUrl: absolute('/reference/changelog/'),
    feedUrl: absolute('/reference/changelog.xml'),
    absolute,
    apiTitle: model.title,
  });
  return new Response(atom, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
