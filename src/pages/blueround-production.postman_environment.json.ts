import type { APIRoute } from 'astro';
import { jsonResponse, productionEnvironment } from '../lib/postman/published.ts';

/** Postman environment for production; the client ID and secret are left for you to fill in. */
export const GET: APIRoute = () => jsonResponse(productionEnvironment());
