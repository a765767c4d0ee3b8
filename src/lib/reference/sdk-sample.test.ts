import { describe, expect, it } from 'vitest';
import { createClient, type RedcoreClient } from '@blueround/redcore';
import { sdkCalls } from '../../../client/sdk-calls.ts';
import { loadReferenceModel } from './load.ts';
import { sampleRequest } from './sample-request.ts';
import { sdkArguments, sdkCallOf, sdkPackageName, sdkSample } from './sdk-sample.ts';

const model = await loadReferenceModel();
const operation = (operationId: string) => {
  const found = model.operations.find((candidate) => candidate.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId} in the spec`);
  return found;
};

/** A client whose `fetch` answers every call with a bare success and records "METHOD /path". */
function recordingClient() {
  const sent: string[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    sent.push(`${method} ${url.pathname}`);
    if (url.pathname === '/oauth/token') {
      return Promise.resolve(
        Response.json({ access_token: 'a', token_type: 'Bearer', expires_in: 3600, refresh_token: 'r', scope: '' }),
      );
    }
    return Promise.resolve(method === 'DELETE' ? new Response(null, { status: 204 }) : Response.json({}));
  };
  return { sent, client: createClient({ clientId: 'app', clientSecret: 'secret', healthCheck: false, fetch }) };
}

/** The client method at a dotted path such as `users.create`, bound to its object. */
function methodAt(client: RedcoreClient, path: string): (...args: unknown[]) => Promise<unknown> {
  const names = path.split('.');
  const owner = names.slice(0, -1).reduce<object>((object, name) => (object as Record<string, object>)[name]!, client);
  const method = (owner as Record<string, unknown>)[names.at(-1)!];
  if (typeof method !== 'function') throw new Error(`the client has no method ${path}`);
  return (method as (...args: unknown[]) => Promise<unknown>).bind(owner);
}

describe('SDK samples', () => {
  it('name only operations of the spec', () => {
    const known = new Set(model.operations.map((candidate) => candidate.operationId));
    expect(Object.keys(sdkCalls).filter((operationId) => !known.has(operationId))).toEqual([]);
  });

  for (const [operationId, call] of Object.entries(sdkCalls)) {
    it(`${operationId}: client.${call.method} sends that operation's request`, async () => {
      const request = sampleRequest(operation(operationId));
      const { sent, client } = recordingClient();
      await methodAt(client, call.method)(...sdkArguments(call, request));
      expect(sent.at(-1)).toBe(`${request.method} ${request.path}`);
    });
  }

  it('print the import, the client and the call with the examples as literals', () => {
    const sample = sdkSample(sampleRequest(operation('createUser')))!;
    expect(sample).toContain(`import { createClient } from '${sdkPackageName}';`);
    expect(sdkPackageName).toBe('@blueround/redcore');
    expect(sample).toMatch(/const result = await client\.users\.create\(\s*\{\s*email: '[^']+@[^']+',/);
    expect(sample).toMatch(/\{ idempotencyKey: '[^']+' \},?\s*\);/);
    expect(sdkSample(sampleRequest(operation('listUsers')))).toContain('await client.users.list({ limit: 20 });');
    expect(sdkSample(sampleRequest(operation('releaseLock')))).toMatch(/\nawait client\.locks\.release\('lck_\w+'\);$/);
  });

  it('are left out where the client has no call', () => {
    expect(sdkCallOf('resetSandbox')).toBeUndefined();
    expect(sdkSample(sampleRequest(operation('resetSandbox')))).toBeUndefined();
    expect(sdkCallOf('toString')).toBeUndefined();
  });

  it('name the argument the example lacks', () => {
    const request = { ...sampleRequest(operation('getUser')), pathParameters: {} };
    expect(() => sdkSample(request)).toThrow('getUser: the SDK call\'s argument "id" is not a path parameter');
  });
});
