import type { APIRoute } from 'astro';
import { llmsFull } from '../lib/llms/llms-txt.ts';
import { markdownPages } from '../lib/llms/pages.ts';
import { siteInfo } from '../lib/llms/site.ts';

/** Every page of the site, API reference included, as one Markdown text. */
export const GET: APIRoute = async ({ site }) =>
  new Response(llmsFull(await markdownPages(), siteInfo(site, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
