import type { APIRoute } from 'astro';
import { llmsIndex } from '../lib/llms/llms-txt.ts';
import { markdownPages } from '../lib/llms/pages.ts';
import { siteInfo } from '../lib/llms/site.ts';
import { postmanFiles } from '../lib/postman/published.ts';

/** The llmstxt.org index: every page of the site as a link to its Markdown twin. */
export const GET: APIRoute = async ({ site }) => {
  const body = llmsIndex(await markdownPages(), siteInfo(site, import.meta.env.BASE_URL), [
    { title: 'OpenAPI description', path: '/openapi.json', note: 'the whole API as OpenAPI 3.1 JSON' },
    { title: 'Postman collection', path: postmanFiles.collection, note: 'the API as a Postman collection v2.1' },
  ]);
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
