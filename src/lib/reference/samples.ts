/**
 * curl, TypeScript (fetch, and the documented client where it has the call)
 * and Python samples of one request, the first three printed by Scalar's
 * snippet generator (`@scalar/snippetz`, the one the API client uses, so the
 * reference and the client show the same code) and then made runnable the way
 * the guides' samples are: the host from `BLUEROUND_API_BASE`, the token from
 * `ACCESS_TOKEN`, and the answer printed.
 */
import { snippetz } from '@scalar/snippetz';
import type { HarRequest } from '@scalar/types/snippetz';
import { accessTokenMarker, sandboxHost, type SampleRequest } from './sample-request.ts';
import { sdkSample } from './sdk-sample.ts';

export interface Sample {
  /** Tab label, shared with the guides' tabs so `syncKey="lang"` keeps one choice across pages. */
  label: 'curl' | 'TypeScript' | 'TypeScript (SDK)' | 'Python';
  lang: 'bash' | 'ts' | 'python';
  code: string;
}

const generator = snippetz();

function harRequest(request: SampleRequest): Partial<HarRequest> {
  const headers = [...request.headers];
  if (request.auth === 'bearer') headers.unshift({ name: 'Authorization', value: `Bearer ${accessTokenMarker}` });
  const har: Partial<HarRequest> = {
    method: request.method,
    url: `${sandboxHost}${request.path}`,
    queryString: request.query,
    headers,
  };
  if (request.body?.mediaType === 'application/json') {
    headers.push({ name: 'Content-Type', value: 'application/json' });
    har.postData = { mimeType: 'application/json', text: JSON.stringify(request.body.value) };
  } else if (request.body) {
    headers.push({ name: 'Content-Type', value: request.body.mediaType });
    const params = Object.entries(request.body.value).map(([name, value]) => ({ name, value }));
    har.postData = { mimeType: request.body.mediaType, params };
  }
  return har;
}

function print(
  target: 'shell' | 'js' | 'python',
  client: 'curl' | 'fetch' | 'requests',
  request: SampleRequest,
): string {
  const code = generator.print(target, client, harRequest(request));
  if (!code)
    throw new Error(`@scalar/snippetz printed nothing for ${target}/${client} of ${request.method} ${request.path}.`);
  return code;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hostPattern = escapeRegExp(sandboxHost);

function curlSample(request: SampleRequest): string {
  return (
    print('shell', 'curl', request)
      // The URL, quoted or not, becomes one double-quoted word so the shell expands the base.
      .replace(
        new RegExp(`^curl '?${hostPattern}([^\\s']*)'?`),
        (_, rest: string) => `curl "\${BLUEROUND_API_BASE:-${sandboxHost}}${rest}"`,
      )
      .replace(
        `--header 'Authorization: Bearer ${accessTokenMarker}'`,
        `--header "Authorization: Bearer ${accessTokenMarker}"`,
      )
  );
}

function typescriptSample(request: SampleRequest, emptyResponse: boolean): string {
  const call = print('js', 'fetch', request)
    .replace(new RegExp(`'${hostPattern}([^']*)'`), (_, rest: string) => `\`\${baseUrl}${rest}\``)
    .replace(`'Bearer ${accessTokenMarker}'`, '`Bearer ${process.env.ACCESS_TOKEN}`');
  return [
    `const baseUrl = process.env.BLUEROUND_API_BASE ?? '${sandboxHost}';`,
    '',
    `const response = await ${call};`,
    emptyResponse ? 'console.log(response.status);' : 'console.log(response.status, await response.json());',
  ].join('\n');
}

function pythonSample(request: SampleRequest): string {
  const call = print('python', 'requests', request)
    .replace(new RegExp(`"${hostPattern}([^"]*)"`), (_, rest: string) => `f"{base_url}${rest}"`)
    .replace(`"Bearer ${accessTokenMarker}"`, `f"Bearer {os.environ['ACCESS_TOKEN']}"`);
  return [
    'import os',
    '',
    'import requests',
    '',
    `base_url = os.environ.get("BLUEROUND_API_BASE", "${sandboxHost}")`,
    '',
    `response = ${call}`,
    'print(response.status_code, response.text)',
  ].join('\n');
}

/** `emptyResponse`: the success answer has no body, so the TypeScript sample does not parse one. */
export function requestSamples(request: SampleRequest, { emptyResponse = false } = {}): Sample[] {
  const sdk = sdkSample(request);
  return [
    { label: 'curl', lang: 'bash', code: curlSample(request) },
    { label: 'TypeScript', lang: 'ts', code: typescriptSample(request, emptyResponse) },
    ...(sdk === undefined ? [] : [{ label: 'TypeScript (SDK)', lang: 'ts', code: sdk } as const]),
    { label: 'Python', lang: 'python', code: pythonSample(request) },
  ];
}
