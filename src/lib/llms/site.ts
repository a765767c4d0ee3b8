import { withBase } from '../../../lib/markdown/rehype-base-links.ts';
import type { SiteInfo } from './llms-txt.ts';

/** The site's name and absolute URLs, for the files assistants read. */
export function siteInfo(site: URL | undefined, base: string): SiteInfo {
  return {
    title: 'BlueRound Docs',
    description:
      'Architecture, flows, guides and the API reference of the BlueRound platform: an OAuth 2.0 JSON API for users, events and distributed locks, with a sandbox.',
    url: (path) => (site ? new URL(withBase(path, base), site).href : withBase(path, base)),
  };
}
