import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every page the built site publishes, as paths relative to the site's base
 * (e.g. `guides/quickstart/`), read from the sitemap Astro wrote into dist/.
 */
export function sitemapPaths(distDir = 'dist'): string[] {
  const files = readdirSync(distDir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error(`No sitemap in ${distDir}/: run \`npm run build\` first.`);
  const paths: string[] = [];
  for (const file of files) {
    const xml = readFileSync(join(distDir, file), 'utf8');
    for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const { pathname } = new URL(match[1]!);
      paths.push(pathname);
    }
  }
  return paths.sort();
}

/** Strips the configured base so a path can be passed to `page.goto()` relative to baseURL. */
export function relativeToBase(pathname: string, base: string): string {
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
}
