/**
 * The split OpenAPI description under openapi/ bundled into one document, for
 * the /openapi.json and /openapi.yaml endpoints and for the spec's unit tests.
 */
import { resolve } from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';

/**
 * Resolved from the working directory because Astro runs endpoints from a
 * bundled chunk in a temporary folder, where `import.meta.url` no longer
 * points into src/. `astro build`, `astro dev` and Vitest all run from the
 * repository root.
 */
export const specRootPath = resolve(process.cwd(), 'openapi/openapi.yaml');

export interface BundleSpecOptions {
  /** Inline every `$ref` (for validating examples) instead of keeping internal `#/components/…` references. */
  dereference?: boolean;
}

export type OpenApiDocument = Record<string, unknown>;

export interface BundledSpec {
  document: OpenApiDocument;
  /** Absolute paths of every file the bundle read, the root included. */
  files: string[];
}

export async function bundleSpecWithFiles(options: BundleSpecOptions = {}): Promise<BundledSpec> {
  // An empty config: bundling must not depend on the lint rules in redocly.yaml.
  const config = await createConfig({});
  const result = await bundle({
    ref: specRootPath,
    config,
    dereference: options.dereference ?? false,
  });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    const list = errors
      .map((problem) => `- ${problem.message} (${problem.location[0]?.source.absoluteRef ?? specRootPath})`)
      .join('\n');
    throw new Error(`Bundling ${specRootPath} failed:\n${list}`);
  }
  return {
    document: result.bundle.parsed as OpenApiDocument,
    files: [...new Set([specRootPath, ...result.fileDependencies])],
  };
}

export async function bundleSpec(options: BundleSpecOptions = {}): Promise<OpenApiDocument> {
  return (await bundleSpecWithFiles(options)).document;
}
