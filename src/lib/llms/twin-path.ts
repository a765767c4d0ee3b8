/** `/guides/quickstart/` → `/guides/quickstart.md`; the home page is `/index.md`. */
export function twinPath(path: string): string {
  return path === '/' ? '/index.md' : `${path.replace(/\/$/, '')}.md`;
}
