/**
 * Link check of the built site with linkinator: every internal link, anchor
 * (#fragment) and asset always; external links only when CHECK_EXTERNAL_LINKS=1
 * (GitHub Actions; these machines have no network). Each broken link is reported
 * with the content file and line that holds it.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { readSiteEnv } from '../../lib/site-env.ts';
import { sourceLocation } from './content-source.ts';

const { base } = readSiteEnv();
const checkExternal = process.env.CHECK_EXTERNAL_LINKS === '1';

/** Hosts that are documented but never answer: keep this list short and say why. */
const neverReachable = [
  // Reserved .test name: the sandbox lives in the reader's service worker only.
  /^https?:\/\/sandbox\.blueround\.test/,
  // Production API: documented, never called from docs or CI.
  /^https?:\/\/api\.blueround\.com/,
  // The sandbox's local HTTP server, only there while `npm run sandbox` runs.
  /^https?:\/\/(127\.0\.0\.1|localhost):4010/,
];

/**
 * linkinator resolves root-relative links against its server root. For a
 * sub-path build (BASE=/blueround-docs/) the site is mounted at that path in a
 * scratch root, so `/blueround-docs/…` links resolve and `/…` ones do not.
 */
function mountedSite(): { path: string; serverRoot?: string; cleanup: () => void } {
  if (base === '/') return { path: 'dist', cleanup: () => undefined };
  const root = mkdtempSync(join(tmpdir(), 'site-root-'));
  const mountPoint = join(root, base);
  mkdirSync(dirname(mountPoint.replace(/\/$/, '')), { recursive: true });
  symlinkSync(resolve('dist'), mountPoint.replace(/\/$/, ''));
  return {
    path: base.replace(/^\/|\/$/g, ''),
    serverRoot: root,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

const site = mountedSite();
const checker = new LinkChecker();
const result = await checker.check({
  path: site.path,
  ...(site.serverRoot ? { serverRoot: site.serverRoot } : {}),
  recurse: true,
  checkFragments: true,
  checkCss: true,
  concurrency: 50,
  retryErrors: checkExternal,
  retryErrorsCount: 3,
  linksToSkip: (link: string) => {
    if (neverReachable.some((pattern) => pattern.test(link))) return Promise.resolve(true);
    const internal = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(link);
    return Promise.resolve(!internal && !checkExternal);
  },
});

site.cleanup();
const broken = result.links.filter((link: LinkResult) => link.state === LinkState.BROKEN);
/** linkinator reports local pages as `dist/<path>` or as served URLs: reduce both to `/<path>`. */
function sitePath(url: string | undefined): string {
  if (!url) return '?';
  const local = `/${url.replace(new RegExp(`^(dist|${site.path})/?`), '')}`;
  const path = URL.canParse(url) ? new URL(url).pathname + new URL(url).hash : local;
  return base !== '/' && path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}
for (const link of broken) {
  const target = sitePath(link.url);
  const where = sourceLocation(
    sitePath(link.parent),
    target.split('#')[0] === sitePath(link.parent) ? `#${target.split('#')[1]}` : target,
  );
  const location = where.line ? `${where.file}:${where.line}` : where.file;
  console.error(`${location}: broken link ${target} (status ${link.status ?? 'none'})`);
  if (process.env.GITHUB_ACTIONS) {
    console.log(
      `::error file=${where.file},line=${where.line ?? 1},title=Broken link::${target} (status ${link.status ?? 'none'})`,
    );
  }
}
const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED).length;
console.log(
  `links: ${checked} checked, ${broken.length} broken${checkExternal ? '' : ' (external links skipped: no network)'}`,
);
process.exit(broken.length > 0 ? 1 : 0);
