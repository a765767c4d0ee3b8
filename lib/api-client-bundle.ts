import type { AstroIntegration } from 'astro';

/** Vite's own threshold for "Some chunks are larger than 500 kB after minification". */
export const initialChunkLimitBytes = 500_000;

export interface ChunkInfo {
  fileName: string;
  isEntry: boolean;
  /** Chunks this one imports statically (loaded with it). */
  imports: readonly string[];
  size: number;
}

/** Chunks a page can load before any dynamic `import()` runs: entries and their static imports. */
export function initialChunks(chunks: readonly ChunkInfo[]): Set<string> {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set<string>();
  const visit = (name: string) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const imported of byName.get(name)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
  return initial;
}

export function oversizedInitialChunks(chunks: readonly ChunkInfo[], limitBytes = initialChunkLimitBytes) {
  const initial = initialChunks(chunks);
  return chunks.filter((chunk) => initial.has(chunk.fileName) && chunk.size > limitBytes);
}

/**
 * Vite settings for the API client (Scalar, Vue and the MSW sandbox), which
 * the site loads only on demand from /reference/try/:
 *
 * - Dev: those packages are reached only through dynamic imports, so Vite
 *   would discover them mid-session, re-bundle its dependencies and fail the
 *   import ("Outdated Optimize Dep"); pre-bundling them at startup avoids it.
 * - Vue's compile-time flags, which its bundler build asks to be defined.
 * - Vite warns about any chunk over 500 kB. Scalar is such a bundle by design
 *   and loads only when a reader opens the client, so the warning is replaced
 *   by the same check on chunks a page loads up front; on-demand chunks are
 *   weighed by `npm run check:budgets` and the reference's e2e budget test.
 */
export function apiClientBundle(): AstroIntegration {
  return {
    name: 'blueround:api-client-bundle',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            optimizeDeps: { include: ['@scalar/api-reference', 'msw/browser'] },
            define: {
              __VUE_OPTIONS_API__: 'true',
              __VUE_PROD_DEVTOOLS__: 'false',
              __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
            },
            build: { chunkSizeWarningLimit: Number.MAX_SAFE_INTEGER },
            plugins: [
              {
                name: 'blueround:initial-chunk-size',
                applyToEnvironment: (environment) => environment.name === 'client',
                generateBundle(_options, bundle) {
                  const chunks = Object.values(bundle).flatMap((output) =>
                    output.type === 'chunk'
                      ? [
                          {
                            fileName: output.fileName,
                            isEntry: output.isEntry,
                            imports: output.imports,
                            size: output.code.length,
                          },
                        ]
                      : [],
                  );
                  for (const chunk of oversizedInitialChunks(chunks)) {
                    this.warn(
                      `${chunk.fileName} is ${Math.round(chunk.size / 1000)} kB and loads with a page; ` +
                        'split it or load it with a dynamic import().',
                    );
                  }
                },
              },
            ],
          },
        });
      },
    },
  };
}
