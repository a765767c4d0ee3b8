/**
 * The Postman collection (v2.1) of the API, converted from the bundled spec by
 * `openapi-to-postmanv2` (folders per tag, every documented response saved as
 * an example), then made to run as it stands: each request sends what the
 * reference's sample sends, `/v1` calls use an OAuth 2.0 client-credentials
 * token fetched by the collection itself, IDs created by one request feed the
 * next, and each request checks its documented success status.
 */
import { createHash } from 'node:crypto';
import { convertV2 } from 'openapi-to-postmanv2';
import type { OpenApiDocument } from '../../../openapi/bundled-spec.ts';
import type { OperationModel, ReferenceModel } from '../reference/model.ts';
import { sampleRequest, sampleResponse, type SampleRequest } from '../reference/sample-request.ts';
import { tokenScript, statusTest, keepIdTest } from './scripts.ts';

interface KeyValue {
  key: string;
  value: string;
  disabled?: boolean;
  type?: string;
}

interface PostmanRequest {
  method: string;
  url: { host: string[]; path: string[]; query?: KeyValue[]; variable?: KeyValue[] };
  header?: KeyValue[];
  body?: { mode?: string; raw?: string; urlencoded?: KeyValue[]; options?: unknown };
  auth?: { type: string; [key: string]: unknown };
}

export interface PostmanItem {
  id?: string;
  name: string;
  item?: PostmanItem[];
  request?: PostmanRequest;
  response?: unknown[];
  event?: { listen: 'prerequest' | 'test'; script: { type: 'text/javascript'; exec: string[] } }[];
}

export interface PostmanCollection {
  info: { _postman_id?: string; name: string; schema: string; [key: string]: unknown };
  item: PostmanItem[];
  auth?: unknown;
  event?: PostmanItem['event'];
  variable?: KeyValue[];
}

/** Sandbox credentials in a sample become the environment's, so production works with your own. */
const credentialVariables: Record<string, string> = {
  sandbox_app_full: '{{clientId}}',
  sandbox_secret_full: '{{clientSecret}}',
};

function convert(spec: OpenApiDocument): Promise<PostmanCollection> {
  return new Promise((resolve, reject) => {
    convertV2(
      { type: 'json', data: spec },
      { folderStrategy: 'Tags', parametersResolution: 'Example', includeAuthInfoInExample: false },
      (error, result) => {
        const data = result?.output?.[0]?.data as PostmanCollection | undefined;
        if (error || !result?.result || !data)
          reject(
            error instanceof Error
              ? error
              : new Error(`openapi-to-postmanv2: ${result?.reason ?? 'conversion failed'}`),
          );
        else resolve(data);
      },
    );
  });
}

/** `/v1/users/{id}` → `userId`: the variable a create request fills and later requests use. */
function idVariable(path: string): string | undefined {
  const match = /\/([a-z]+)s\/\{id\}/.exec(path);
  return match ? `${match[1]}Id` : undefined;
}

function applySample(request: PostmanRequest, operation: OperationModel, sample: SampleRequest): void {
  const sampled = new Set(sample.query.map((entry) => entry.name));
  // One fixed example key on every POST would replay or clash (409) across requests: Postman makes a fresh one.
  for (const entry of request.header ?? []) if (entry.key === 'Idempotency-Key') entry.value = '{{$guid}}';
  for (const entry of request.url.query ?? []) entry.disabled = !sampled.has(entry.key);
  const variable = idVariable(operation.path);
  for (const entry of request.url.variable ?? []) if (entry.key === 'id' && variable) entry.value = `{{${variable}}}`;
  if (sample.body?.mediaType === 'application/x-www-form-urlencoded') {
    request.body = {
      mode: 'urlencoded',
      urlencoded: Object.entries(sample.body.value).map(([key, value]) => ({
        key,
        value: credentialVariables[value] ?? value,
      })),
    };
  } else if (sample.body) {
    request.body = {
      mode: 'raw',
      raw: JSON.stringify(sample.body.value, null, 2),
      options: { raw: { language: 'json' } },
    };
  }
  // Operations that take no bearer token (the OAuth endpoints, the sandbox controls) send none.
  if (sample.auth === 'none') request.auth = { type: 'noauth' };
  else delete request.auth; // inherit the collection's OAuth 2.0
}

function scripts(operation: OperationModel): NonNullable<PostmanItem['event']> {
  const response = sampleResponse(operation);
  const created =
    operation.method === 'post' && operation.path.startsWith('/v1/') ? idVariable(`${operation.path}/{id}`) : undefined;
  const exec = [...statusTest(operation.summary, Number(response.status), response.body)];
  if (created && /^20[01]$/.test(response.status)) exec.push(...keepIdTest(created));
  return [{ listen: 'test', script: { type: 'text/javascript', exec } }];
}

/** A UUID derived from `seed`, so the collection is byte-identical build after build. */
function stableId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function stabilise(value: unknown, path: string): void {
  if (Array.isArray(value)) value.forEach((entry, index) => stabilise(entry, `${path}/${index}`));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of ['id', '_postman_id'])
      if (typeof record[key] === 'string') record[key] = stableId(`${path}/${key}`);
    for (const [key, entry] of Object.entries(record)) stabilise(entry, `${path}/${key}`);
  }
}

export async function buildPostmanCollection(spec: OpenApiDocument, model: ReferenceModel): Promise<PostmanCollection> {
  const collection = await convert(spec);
  const bySummary = new Map(model.operations.map((operation) => [operation.summary, operation]));
  const variables = new Map<string, string>();
  for (const folder of collection.item) {
    for (const item of folder.item ?? []) {
      const operation = bySummary.get(item.name);
      if (!operation || !item.request) throw new Error(`Postman item "${item.name}" matches no operation of the spec.`);
      applySample(item.request, operation, sampleRequest(operation));
      item.event = scripts(operation);
      // Saved responses show the request that was sent (the converter fakes enum values at random).
      for (const saved of (item.response ?? []) as { originalRequest?: PostmanRequest }[]) {
        if (saved.originalRequest && item.request.body) saved.originalRequest.body = item.request.body;
      }
      const variable = idVariable(operation.path);
      const example = operation.parameters.find((parameter) => parameter.in === 'path')?.example;
      if (variable && example) variables.set(variable, example);
    }
  }
  collection.info.name = model.title;
  collection.auth = {
    type: 'oauth2',
    oauth2: [
      { key: 'grant_type', value: 'client_credentials', type: 'string' },
      { key: 'accessTokenUrl', value: '{{baseUrl}}/oauth/token', type: 'string' },
      { key: 'clientId', value: '{{clientId}}', type: 'string' },
      { key: 'clientSecret', value: '{{clientSecret}}', type: 'string' },
      { key: 'client_authentication', value: 'body', type: 'string' },
      { key: 'tokenName', value: 'BlueRound', type: 'string' },
      { key: 'accessToken', value: '{{accessToken}}', type: 'string' },
      { key: 'addTokenTo', value: 'header', type: 'string' },
      { key: 'headerPrefix', value: 'Bearer', type: 'string' },
    ],
  };
  collection.event = [{ listen: 'prerequest', script: { type: 'text/javascript', exec: tokenScript } }];
  // The environment chooses the host; IDs start as the spec's examples until a create request replaces them.
  collection.variable = [...variables].map(([key, value]) => ({ key, value }));
  stabilise(collection, 'blueround');
  return collection;
}

export interface PostmanEnvironment {
  id: string;
  name: string;
  values: { key: string; value: string; type: 'default' | 'secret'; enabled: boolean }[];
  _postman_variable_scope: 'environment';
}

export function postmanEnvironment(
  name: string,
  baseUrl: string,
  clientId: string,
  clientSecret: string,
): PostmanEnvironment {
  return {
    id: stableId(`environment/${name}`),
    name,
    values: [
      { key: 'baseUrl', value: baseUrl, type: 'default', enabled: true },
      { key: 'clientId', value: clientId, type: 'default', enabled: true },
      { key: 'clientSecret', value: clientSecret, type: 'secret', enabled: true },
    ],
    _postman_variable_scope: 'environment',
  };
}
