import type { APIRoute } from 'astro';
import { jsonResponse, publishedCollection } from '../lib/postman/published.ts';

/** The API as a Postman collection (v2.1), built with the site from the same spec as /openapi.json. */
export const GET: APIRoute = async () => jsonResponse(await publishedCollection());
