import { accessTokenMarker, type SampleRequest } from '../../lib/reference/sample-request.ts';
import type { RunPlan } from './plan.ts';

/** The reference sample's request as a one-step plan: the very request its three samples print. */
export function referencePlan(request: SampleRequest): RunPlan {
  const headers: [string, string][] = request.headers.map(({ name, value }) => [name, value]);
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
