import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { problemHtml, renderProblem, type PageProblem } from './dev-error.ts';
import { frontmatterProblems, problemKey } from './page-problems.ts';

/** The name @astrojs/mdx gives its Vite plugin (vite-plugin-mdx.js). */
const mdxPluginName = '@mdx-js/rolldown';

type TransformHandler = (this: unknown, code: string, id: string, ...rest: unknown[]) => Promise<unknown>;

/** An MDX page whose whole body is the error box; compiled by the MDX plugin itself, so it has a page's exports. */
export function problemPage(problem: PageProblem): string {
  return `<Fragment set:html={${JSON.stringify(problemHtml(problem))}} />\n`;
}

/**
 * `.md` pages render in the content loader, where strict-loader.ts turns a
 * failure into the in-page error box. `.mdx` pages compile as Vite modules, so
 * a failure there (a broken diagram, an unknown {{policy…}} name, MDX syntax)
 * would be Astro's error overlay instead. In `astro dev` this wraps the MDX
 * plugin's transform: a page that does not compile, or whose frontmatter the
 * loader rejected, compiles to the same box instead. Saving the fix changes the
 * file, so Vite compiles it again and the page comes back.
 */
export function mdxErrorsInPage(): Plugin {
  return {
    name: 'blueround:mdx-errors-in-page',
    apply: 'serve',
    configResolved(config) {
      const mdx = config.plugins.find((plugin) => plugin.name === mdxPluginName);
      const transform = mdx?.transform;
      if (!transform || typeof transform !== 'object' || typeof transform.handler !== 'function') {
        config.logger.warn(`${mdxPluginName} not found: .mdx errors show as Astro's overlay, not in the page.`);
        return;
      }
      const compile = transform.handler as TransformHandler;
      const wrapped: TransformHandler = async function (code, id, ...rest) {
        const file = id.split('?')[0]!;
        let problem = frontmatterProblems.get(problemKey(file));
        if (!problem) {
          try {
            return await compile.call(this, code, id, ...rest);
          } catch (error) {
            problem = renderProblem(file, error);
            config.logger.error(error instanceof Error ? error.message : String(error));
          }
        }
        return compile.call(this, problemPage(problem), id, ...rest);
      };
      (transform as { handler: TransformHandler }).handler = wrapped;
    },
  };
}

/** Adds the plugin in `astro dev` only: `astro build` keeps failing on the same errors. */
export function mdxErrorsInPageIntegration(): AstroIntegration {
  return {
    name: 'blueround:mdx-errors-in-page',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ vite: { plugins: [mdxErrorsInPage()] } });
      },
    },
  };
}
