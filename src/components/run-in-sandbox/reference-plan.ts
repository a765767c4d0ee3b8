import { accessTokenMarker, type SampleRequest } from '../../lib/reference/sample-request.ts';
import { freshKeyMarker, type RunPlan } from './plan.ts';

/** The reference sample's request as a one-step plan: the very request its three samples print. */
export function referencePlan(request: SampleRequest): RunPlan {
  // The spec's one example key on every POST would clash (409) between operations: each run sends a fresh one.
  const headers: [string, string][] = request.headers.map(({ name, value }) => [
    name,
    name === 'Idempotency-Key' ? freshKeyMarker : value,
  ]);
  if (request.auth === 'bearer') headers.unshift(['Authorization', `Bearer ${accessTokenMarker}`]);
  const search = new URLSearchParams(request.query.map(({ name, value }) => [name, value])).toString();
  const path = search ? `${request.path}?${search}` : request.path;
  if (!request.body) return [{ method: request.method, path, headers }];
  headers.push(['Content-Type', request.body.mediaType]);
  const body =
    request.body.mediaType === 'application/json'
      ? JSON.stringify(request.body.value, null, 2)
      : new URLSearchParams(request.body.value).toString();
  return [{ method: request.method, path, headers, body }];
}
