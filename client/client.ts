/**
 * `createClient`: wires options, token cache, rate-limit state and events
 * together, and runs the implicit `GET /v1/me` health check of the SDK
 * initialization flowchart before the first call.
 */
import { runCall, type CallContext, type RequestOptions } from './call.ts';
import { createEmitter } from './events.ts';
import { resolveOptions, type ClientOptions } from './options.ts';
import { createResources, type Resources } from './resources.ts';
import { TokenCache, type TokenSet } from './token-cache.ts';

export interface RedcoreClient extends Resources {
  /** Any API call through the same token, retry and rate-limit handling. `path` starts with `/`. */
  request<T = unknown>(method: string, path: string, options?: RequestOptions): Promise<T>;
  /** A usable token pair, fetched or refreshed first if needed (no health check). */
  token(): Promise<TokenSet>;
  /**
   * Revokes `token` (RFC 7009); by default the cached refresh token, which also
   * revokes its access token and empties the cache, like signing out.
   */
  revoke(token?: string): Promise<void>;
}

const healthCheckPath = '/v1/me';

export function createClient(options: ClientOptions): RedcoreClient {
  const resolved = resolveOptions(options);
  const emit = createEmitter(resolved.clock, resolved.onEvent);
  const tokens = new TokenCache({ ...resolved, emit });
  const context: CallContext = { ...resolved, emit, tokens, rateLimit: { last: null } };
  let lastCallId = 0;
  let healthy = !resolved.healthCheck;
  let healthCheck: Promise<unknown> | null = null;

  // The health check is a call of its own, framed by health-check events; if it
  // fails, every caller waiting on it gets its error and the next call tries again.
  const checkHealth = (run: (callId: number) => Promise<unknown>): Promise<unknown> => {
    const callId = ++lastCallId;
    emit(callId, { type: 'health-check', phase: 'start' });
    return run(callId).then(
      (result) => {
        healthy = true;
        emit(callId, { type: 'health-check', phase: 'ok' });
        return result;
      },
      (error: unknown) => {
        emit(callId, { type: 'health-check', phase: 'failed' });
        throw error;
      },
    );
  };

  const startHealthCheck = (method: string, path: string, requestOptions: RequestOptions): Promise<unknown> => {
    const check = checkHealth((callId) => runCall(context, callId, method, path, requestOptions)).finally(() => {
      healthCheck = null;
    });
    healthCheck = check;
    return check;
  };

  const request = async <T>(method: string, path: string, requestOptions: RequestOptions = {}): Promise<T> => {
    if (!healthy) {
      const isHealthCheck =
        method.toUpperCase() === 'GET' && path === healthCheckPath && requestOptions.query === undefined;
      // A first call that is GET /v1/me is the health check itself, not a second request.
      if (isHealthCheck && healthCheck === null) return (await startHealthCheck(method, path, requestOptions)) as T;
      await (healthCheck ?? startHealthCheck('GET', healthCheckPath, {}));
    }
    return (await runCall(context, ++lastCallId, method, path, requestOptions)) as T;
  };

  return {
    ...createResources(request),
    request,
    token: async () => {
      await tokens.accessToken(++lastCallId);
      const current = tokens.current;
      if (current === null) throw new Error('token cache empty right after a successful grant');
      return { ...current };
    },
    revoke: async (token) => {
      const target = token ?? tokens.current?.refreshToken ?? tokens.current?.accessToken;
      if (target == null) return;
      await tokens.revoke(++lastCallId, target);
    },
  };
}
