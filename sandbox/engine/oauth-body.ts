/**
 * What the /oauth endpoints answer before their operation runs: RFC 6749 §5.2
 * bodies (`{error, error_description}`), never the /v1 envelope, because OAuth
 * clients parse every error of these endpoints that way. A body over the size
 * limit answers 413 and a field over the `maxLength` the spec states answers
 * 400, both with `invalid_request`.
 */
import { maxRequestBodyBytes, policyText } from '../../policy/policy.ts';
import type { RouteSpec } from '../spec/routes.ts';
import type { Incoming } from './incoming.ts';
import type { Reply } from './reply.ts';

// RFC 6749 §5.1: token responses, errors included, must not be cached.
export const noStoreHeaders = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

function oauthErrorReply(status: 400 | 413, description: string): Reply {
  return { status, headers: noStoreHeaders, body: { error: 'invalid_request', error_description: description } };
}

/** The first form field longer than the spec allows, in the spec's order. */
function overlongField(route: RouteSpec, form: URLSearchParams): { name: string; limit: number } | undefined {
  for (const [name, limit] of Object.entries(route.formFieldMaxLength ?? {})) {
    // JSON Schema counts code points, not UTF-16 units.
    if (form.getAll(name).some((value) => [...value].length > limit)) return { name, limit };
  }
  return undefined;
}

/** The reply that stops an /oauth request before its operation, or undefined to let it run. */
export function oauthBodyReply(incoming: Incoming): Reply | undefined {
  if (incoming.body.kind === 'too-large') {
    return oauthErrorReply(
      413,
      `The request body is over ${maxRequestBodyBytes} bytes (${policyText['maxRequestBody'] ?? ''}).`,
    );
  }
  if (incoming.body.kind !== 'form') return undefined;
  const overlong = overlongField(incoming.route, incoming.body.form);
  return overlong
    ? oauthErrorReply(400, `The ${overlong.name} parameter is longer than ${overlong.limit} characters.`)
    : undefined;
}
