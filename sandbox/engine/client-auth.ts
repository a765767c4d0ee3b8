/**
 * OAuth client authentication (RFC 6749 §2.3.1): HTTP Basic with form-encoded
 * `client_id:client_secret`, or both as body parameters; one method per request.
 */
import { appByClientId, type App } from '../state/apps.ts';

export type ClientAuth =
  { ok: true; app: App } | { ok: false; error: 'invalid_request' | 'invalid_client'; description: string };

const failed: ClientAuth = { ok: false, error: 'invalid_client', description: 'Client authentication failed.' };

function formDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

function fromBasic(credentials: string): { id: string; secret: string } | undefined {
  let decoded: string;
  try {
    decoded = atob(credentials);
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const id = formDecode(decoded.slice(0, colon));
  const secret = formDecode(decoded.slice(colon + 1));
  return id === undefined || secret === undefined ? undefined : { id, secret };
}

export function authenticateClient(authorization: string | null, form: URLSearchParams): ClientAuth {
  const usesBasic = authorization !== null && /^Basic(\s|$)/i.test(authorization);
  const usesBody = form.has('client_id') || form.has('client_secret');
  if (usesBasic && usesBody) {
    return {
      ok: false,
      error: 'invalid_request',
      description: 'Authenticate with HTTP Basic or with client_id and client_secret in the body, not both.',
    };
  }
  let credentials: { id: string; secret: string } | undefined;
  if (usesBasic) {
    credentials = fromBasic(/^Basic\s+(\S+)\s*$/i.exec(authorization)?.[1] ?? '');
  } else {
    const id = form.get('client_id');
    const secret = form.get('client_secret');
    credentials = id === null || secret === null ? undefined : { id, secret };
  }
  if (!credentials) return failed;
  const app = appByClientId(credentials.id);
  return app && app.clientSecret === credentials.secret ? { ok: true, app } : failed;
}
