import { describe, expect, it, vi } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { DiagramBuildError } from '../lib/diagrams/rehype-diagrams.ts';
import { mdxErrorsInPage, mdxErrorsInPageIntegration } from './mdx-errors-in-page.ts';
import { frontmatterProblems, problemKey } from './page-problems.ts';

/** A stand-in for @astrojs/mdx's Vite plugin: compiles to the source it was given, or fails on a marker. */
function fakeMdxConfig() {
  const handler = vi.fn((code: string) =>
    code.includes('BROKEN')
      ? Promise.reject(new DiagramBuildError([{ file: 'src/a.mdx', line: 9, message: 'Parse error' }]))
      : Promise.resolve({ code }),
  );
  const logger = { warn: vi.fn(), error: vi.fn() };
  const config = { plugins: [{ name: '@mdx-js/rolldown', transform: { handler } }], logger };
  const hook = mdxErrorsInPage().configResolved as (config: ResolvedConfig) => void;
  hook(config as unknown as ResolvedConfig);
  const transform = config.plugins[0]!.transform.handler as unknown as (
    code: string,
    id: string,
  ) => Promise<{ code: string }>;
  return { transform, handler, logger };
}

describe('.mdx errors in the page (astro dev)', () => {
  it('compiles a page that fails into the error box, naming file and line', async () => {
    const { transform, logger } = fakeMdxConfig();
    const { code } = await transform('BROKEN', '/abs/src/a.mdx');
    expect(code).toContain('<Fragment set:html=');
    expect(code).toContain('src/a.mdx:9');
    expect(code).toContain('dev-page-error');
    expect(logger.error).toHaveBeenCalled();
  });

  it('leaves a page that compiles alone', async () => {
    const { transform } = fakeMdxConfig();
    expect((await transform('# Fine', '/abs/src/b.mdx')).code).toBe('# Fine');
  });

  it('shows a frontmatter problem the loader found instead of the page', async () => {
    const { transform } = fakeMdxConfig();
    const file = '/abs/src/c.mdx';
    frontmatterProblems.set(problemKey(file), { file: 'src/c.mdx', line: 3, message: 'content_type', hint: 'fix it' });
    try {
      expect((await transform('# Fine', file)).code).toContain('src/c.mdx:3');
    } finally {
      frontmatterProblems.delete(problemKey(file));
    }
  });

  it('is added to `astro dev` only, so `astro build` still fails', () => {
    const added: unknown[] = [];
    const setup = mdxErrorsInPageIntegration().hooks['astro:config:setup']!;
    for (const command of ['build', 'dev'] as const) {
      void setup({ command, updateConfig: (config: unknown) => added.push([command, config]) } as never);
    }
    expect(added).toHaveLength(1);
    expect((added[0] as unknown[])[0]).toBe('dev');
  });
});
