/**
 * Every build setting that comes from the environment, read in one place.
 *
 * SITE_URL   canonical origin (default https://docs.blueround.com)
 * BASE       sub-path for forks' GitHub Pages, e.g. /blueround-docs/ (default /)
 * REPO_URL   repository for "Edit this page" links
 */
export interface SiteEnv {
  siteUrl: string;
  base: string;
  repoUrl: string;
  editBranch: string;
}

function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '/').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}

export function readSiteEnv(env: NodeJS.ProcessEnv = process.env): SiteEnv {
  return {
    siteUrl: env.SITE_URL?.trim() || 'https://docs.blueround.com',
    base: normaliseBase(env.BASE),
    repoUrl: (env.REPO_URL?.trim() || 'https://github.com/blueround/blueround-docs').replace(/\/+$/, ''),
    editBranch: env.EDIT_BRANCH?.trim() || 'main',
  };
}
