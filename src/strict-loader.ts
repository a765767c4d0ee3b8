import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * Astro's glob loader logs a page that fails to render (a broken diagram, an
 * unknown {{policy}} name, any plugin error) and stores it with an empty body
 * under its content digest, so this build exits 0 and the next one skips the
 * page. This wrapper forgets such entries (they render again next time) and,
 * outside `astro dev`, fails the sync so the build stops.
 */
export function strictLoader(inner: Loader, options: { failOnError: boolean }): Loader {
  return {
    ...inner,
    name: `strict:${inner.name}`,
    load: async (context: LoaderContext) => {
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
      if (options.failOnError) {
        throw new Error(`${failures.length} page(s) failed to render:\n${failures.join('\n')}`);
      }
    },
  };
}
