import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { bundleSpec } from '../../openapi/bundled-spec.ts';

/** The bundled OpenAPI description as one YAML file, built with the site. */
export const GET: APIRoute = async () => {
  const spec = await bundleSpec();
  const text = stringify(spec, {
    // YAML 1.1 quoting keeps values such as `2024-01-01` strings for 1.1 parsers too (PyYAML, older tools).
    version: '1.1',
    // The bundle shares objects between paths; anchors and aliases would make the file harder to read.
    aliasDuplicateObjects: false,
    lineWidth: 0,
  });
  return new Response(text, {
    headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
  });
};
