import type { Loader, LoaderContext } from 'astro/loaders';
import { frontmatterProblem, problemHtml, renderProblem, type PageProblem } from './dev-error.ts';
import { frontmatterProblems, problemKey } from './page-problems.ts';

type RenderEntry = { filePath?: string } & Record<string, unknown>;
type RenderFunction = (entry: RenderEntry) => Promise<unknown>;
interface EntryType {
  getRenderFunction?: (config: unknown) => Promise<RenderFunction>;
}
/** Astro passes the entry types to loaders without declaring them. */
type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };

function renderedProblem(problem: PageProblem) {
  return {
    html: problemHtml(problem),
    metadata: { headings: [], localImagePaths: [], remoteImagePaths: [], imagePaths: [], frontmatter: {} },
  };
}

/**
 * In `astro dev`, a page that does not render (broken diagram, unknown
 * {{policy}} name, bad frontmatter) is stored with an error box for its body:
 * the writer sees file, line, message and hint where the content would be, and
 * saving the fix re-renders it (the content digest changes).
 */
function showErrorsInPage(context: ContextWithEntryTypes): ContextWithEntryTypes {
  // Shared with the .mdx pages, which compile outside the loader (mdx-errors-in-page.ts).
  const parseData: LoaderContext['parseData'] = async (props) => {
    try {
      if (props.filePath) frontmatterProblems.delete(problemKey(props.filePath));
      return await context.parseData(props);
    } catch (error) {
      if (!props.filePath) throw error;
      frontmatterProblems.set(problemKey(props.filePath), frontmatterProblem(props.filePath, error));
      context.logger.error(error instanceof Error ? error.message : String(error));
      const title = typeof props.data.title === 'string' ? props.data.title : 'Frontmatter error';
      const fallback = { title, content_type: 'concept', product: 'docs' } as unknown as typeof props.data;
      return context.parseData({ ...props, data: fallback });
    }
  };
  const entryTypes = new Map(
    [...(context.entryTypes ?? [])].map(([extension, type]): [string, EntryType] => {
      const inner = type.getRenderFunction;
      if (!inner) return [extension, type];
      return [
        extension,
        {
          ...type,
          getRenderFunction: async (config) => {
            const render = await inner(config);
            return async (entry) => {
              const badFrontmatter = entry.filePath ? frontmatterProblems.get(problemKey(entry.filePath)) : undefined;
              if (badFrontmatter) return renderedProblem(badFrontmatter);
              try {
                return await render(entry);
              } catch (error) {
                context.logger.error(error instanceof Error ? error.message : String(error));
                return renderedProblem(renderProblem(entry.filePath ?? '', error));
              }
            };
          },
        },
      ];
    }),
  );
  return { ...context, parseData, entryTypes };
}

/**
 * Astro's glob loader logs a page that fails to render (a broken diagram, an
 * unknown {{policy}} name, any plugin error) and stores it with an empty body
 * under its content digest, so this build exits 0 and the next one skips the
 * page. For builds (`failOnError`), this wrapper forgets such entries and fails
 * the sync so the build stops. In `astro dev` the error is shown in the page.
 */
export function strictLoader(inner: Loader, options: { failOnError: boolean }): Loader {
  return {
    ...inner,
    name: `strict:${inner.name}`,
    load: async (context: LoaderContext) => {
      if (!options.failOnError) {
        await inner.load(showErrorsInPage(context));
        return;
      }
      const failures: string[] = [];
      const logger = Object.create(context.logger) as LoaderContext['logger'];
      logger.error = (message: string) => {
        failures.push(message);
        context.logger.error(message);
      };
      await inner.load({ ...context, logger });
      if (failures.length === 0) return;
      for (const entry of context.store.values()) {
        if (entry.filePath && /\.mdx?$/.test(entry.filePath) && !entry.rendered) context.store.delete(entry.id);
      }
      throw new Error(`${failures.length} page(s) failed to render:\n${failures.join('\n')}`);
    },
  };
}
