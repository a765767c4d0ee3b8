/**
 * The Postman files the site publishes beside /openapi.json, at stable URLs.
 * The sandbox environment points at the local sandbox (`npx @blueround/sandbox`,
 * or `npm run sandbox` in this repository): the `.test` host only resolves
 * inside the docs site's service worker, never in Postman.
 */
import { bundleSpec } from '../../../openapi/bundled-spec.ts';
import { loadReferenceModel } from '../reference/load.ts';
import { buildPostmanCollection, postmanEnvironment } from './collection.ts';

export const postmanFiles = {
  collection: '/blueround.postman_collection.json',
  sandbox: '/blueround-sandbox.postman_environment.json',
  production: '/blueround-production.postman_environment.json',
} as const;

export const localSandboxUrl = 'http://127.0.0.1:4010';

export async function publishedCollection() {
  const [spec, model] = await Promise.all([bundleSpec(), loadReferenceModel()]);
  return buildPostmanCollection(spec, model);
}

export const sandboxEnvironment = () =>
  postmanEnvironment(
    'BlueRound sandbox (npx @blueround/sandbox)',
    localSandboxUrl,
    'sandbox_app_full',
    'sandbox_secret_full',
  );

/** Production credentials are yours to fill in; the file never carries any. */
export const productionEnvironment = () =>
  postmanEnvironment('BlueRound production', 'https://api.blueround.com', '', '');

export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
