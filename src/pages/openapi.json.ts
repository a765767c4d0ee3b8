import type { APIRoute } from 'astro';
import { bundleSpec } from '../../openapi/bundled-spec.ts';

/** The bundled OpenAPI description as one JSON file, built with the site. */
export const GET: APIRoute = async () => {
  const spec = await bundleSpec();
  return new Response(`${JSON.stringify(spec, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
