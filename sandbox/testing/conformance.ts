/**
 * The shared conformance check every sandbox test runs on every response:
 * the status is documented for the operation (or is the generic 404/405/413/415
 * envelope), every documented header is present and matches its schema, and
 * the body matches the documented schema. It reads the bundled spec directly,
 * not the generated route table, so it also catches a stale generated runtime.
 */
import { bundleSpec } from '../../openapi/bundled-spec.ts';
import { errorStatusesOf } from '../../openapi/error-statuses.ts';
import { allowedMethods } from '../../openapi/http-methods.ts';
import { operations } from '../../openapi/operations.ts';
import { createPathMatcher } from '../../openapi/path-template.ts';
import { createResponseCheck, documentedResponse } from '../../openapi/response-check.ts';
import { isObject, objectAt } from '../../openapi/spec-walk.ts';

export interface CapturedResponse {
  status: number;
  headers: Headers;
  text: string;
}

export interface Conformance {
  /** Problems with `response` as the answer to `method url`; empty when it conforms. */
  check(method: string, url: string, response: CapturedResponse): string[];
}

const genericStatuses: Record<number, string> = {
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

export async function loadConformance(): Promise<Conformance> {
  const document = await bundleSpec({ dereference: true });
  const { validate, checkDocumented } = createResponseCheck();
  const errorSchema = objectAt(objectAt(document, 'components'), 'schemas')['Error'];
  const errorStatuses = errorStatusesOf(document);
  if (!isObject(errorSchema)) throw new Error('The spec has no Error schema.');
  const rateHeaders = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];
  const walked = operations(document);
  const matcher = createPathMatcher(walked.map((operation) => operation.path));

  function parseJson(response: CapturedResponse, problems: string[]): unknown {
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('application/json')) problems.push(`body with Content-Type "${type}", not application/json`);
    try {
      return JSON.parse(response.text) as unknown;
    } catch {
      problems.push(`body is not JSON: ${response.text.slice(0, 200)}`);
      return undefined;
    }
  }

  function checkEnvelope(body: unknown, response: CapturedResponse, problems: string[], code?: string) {
    problems.push(...validate(`${response.status} envelope`, body, errorSchema));
    const error = objectAt(body, 'error');
    if (code && error['code'] !== code) problems.push(`code ${String(error['code'])}, expected ${code}`);
    if (typeof error['code'] === 'string' && errorStatuses[error['code']] !== response.status) {
      problems.push(`code ${error['code']} on status ${response.status}`);
    }
    const requestId = response.headers.get('x-request-id');
    if (requestId !== null && error['request_id'] !== requestId)
      problems.push('error.request_id differs from X-Request-Id');
  }

  return {
    check(method, url, response) {
      const problems: string[] = [];
      const { pathname } = new URL(url);
      const isApi = pathname === '/v1' || pathname.startsWith('/v1/');
      const template = matcher.match(pathname)?.template;
      const onPath = walked.filter((operation) => operation.path === template);
      // HEAD is answered as the path's GET operation, without a body (RFC 9110 §9.3.2).
      const operation = onPath.find(
        (candidate) => candidate.method === (method === 'HEAD' ? 'get' : method.toLowerCase()),
      );
      if (method === 'HEAD' && response.text !== '') problems.push('HEAD answered with a body');

      if (isApi) {
        for (const name of [...rateHeaders, 'X-Request-Id', 'BlueRound-Version']) {
          if (!response.headers.has(name)) problems.push(`/v1 response without ${name}`);
        }
      }

      const documented = operation && documentedResponse(operation, response.status);
      if (!documented) {
        const code = genericStatuses[response.status];
        if (!code) return [...problems, `${method} ${pathname}: status ${response.status} is not documented`];
        if (response.status === 404 && operation) problems.push(`404 on a path the spec lists`);
        if (response.status === 405) {
          const allowed = allowedMethods(onPath.map((candidate) => candidate.method));
          const allow = (response.headers.get('allow') ?? '')
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean);
          if (allowed.length === 0 || operation)
            problems.push(`405 for a method the spec lists, or on an unknown path`);
          if ([...allow].sort().join() !== [...allowed].sort().join())
            problems.push(`Allow "${allow.join(', ')}", spec lists ${allowed.join(', ')}`);
        }
        if (method !== 'HEAD') checkEnvelope(parseJson(response, problems), response, problems, code);
        return problems.map((problem) => `${method} ${pathname} → ${response.status}: ${problem}`);
      }

      const media = objectAt(objectAt(documented, 'content'), 'application/json');
      const documentsBody = Object.keys(objectAt(documented, 'content')).length > 0;
      // Only a documented body is parsed: text where none is documented is reported as it came.
      const body = !documentsBody || method === 'HEAD' ? response.text || undefined : parseJson(response, problems);
      problems.push(...checkDocumented(documented, { headers: response.headers, body, skipBody: method === 'HEAD' }));
      if (
        documentsBody &&
        method !== 'HEAD' &&
        (media['schema'] === errorSchema || objectAt(body, 'error')['request_id'] !== undefined)
      ) {
        checkEnvelope(body, response, problems);
      }
      return problems.map((problem) => `${method} ${pathname} → ${response.status}: ${problem}`);
    },
  };
}
