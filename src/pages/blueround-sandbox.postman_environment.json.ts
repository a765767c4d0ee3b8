import type { APIRoute } from 'astro';
import { jsonResponse, sandboxEnvironment } from '../lib/postman/published.ts';

/** Postman environment for the sandbox served by `npm run sandbox`, with the sandbox credentials. */
export const GET: APIRoute = () => jsonResponse(sandboxEnvironment());
