/**
 * The shared conformance check every sandbox test runs on every response:
 * the status is documented for the operation (or is the generic 404/405/413/415
 * envelope), every documented header is present and matches its schema, and
 * the body matches the documented schema. It reads the bundled spec directly,
 * not the generated route table, so it also catches a stale generated runtime.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { bundleSpec } from '../../openapi/bundled-spec.ts';
import { errorStatusesOf } from '../../openapi/error-statuses.ts';
import { httpMethods } from '../../openapi/http-methods.ts';
import { isObject, objectAt, type JsonObject } from '../../openapi/spec-walk.ts';

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

function pathPattern(path: string): RegExp {
  const escaped = path
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${escaped}$`);
}

function headerValue(raw: string, schema: JsonObject): unknown {
  if (schema['type'] === 'integer' || schema['type'] === 'number') return /^-?\d+$/.test(raw) ? Number(raw) : raw;
  if (schema['type'] === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

export async function loadConformance(): Promise<Conformance> {
  const document = await bundleSpec({ dereference: true });
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
  addFormats(ajv);
  const compiled = new WeakMap<object, ValidateFunction>();
  const validatorOf = (schema: JsonObject) => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(schema);
      compiled.set(schema, validate);
    }
    return validate;
  };
  const errorSchema = objectAt(objectAt(document, 'components'), 'schemas')['Error'];
  const errorStatuses = errorStatusesOf(document);
  if (!isObject(errorSchema)) throw new Error('The spec has no Error schema.');
  const rateHeaders = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];
  const paths = Object.entries(objectAt(document, 'paths')).map(([path, item]) => ({
    path,
    item: item as JsonObject,
    pattern: pathPattern(path),
  }));

  function checkSchema(where: string, value: unknown, schema: unknown, problems: string[]) {
    if (!isObject(schema)) return;
    const validate = validatorOf(schema);
    if (!validate(value))
      problems.push(`${where}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(value)?.slice(0, 300)}`);
  }

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
    checkSchema(`${response.status} envelope`, body, errorSchema, problems);
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
      const entry = paths.find((candidate) => candidate.pattern.test(pathname));
      // HEAD is answered as the path's GET operation, without a body (RFC 9110 §9.3.2).
      const operation = entry ? entry.item[method === 'HEAD' ? 'get' : method.toLowerCase()] : undefined;
      if (method === 'HEAD' && response.text !== '') problems.push('HEAD answered with a body');

      if (isApi) {
        for (const name of [...rateHeaders, 'X-Request-Id', 'BlueRound-Version']) {
          if (!response.headers.has(name)) problems.push(`/v1 response without ${name}`);
        }
      }

      const documented = isObject(operation) ? objectAt(operation, 'responses')[String(response.status)] : undefined;
      if (!isObject(documented)) {
        const code = genericStatuses[response.status];
        if (!code) return [...problems, `${method} ${pathname}: status ${response.status} is not documented`];
        if (response.status === 404 && entry && isObject(operation)) problems.push(`404 on a path the spec lists`);
        if (response.status === 405) {
          const allowed = entry
            ? httpMethods
                .filter((name) => isObject(entry.item[name]))
                .flatMap((name) => (name === 'get' ? ['GET', 'HEAD'] : [name.toUpperCase()]))
            : [];
          const allow = (response.headers.get('allow') ?? '')
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean);
          if (allowed.length === 0 || isObject(operation))
            problems.push(`405 for a method the spec lists, or on an unknown path`);
          if ([...allow].sort().join() !== [...allowed].sort().join())
            problems.push(`Allow "${allow.join(', ')}", spec lists ${allowed.join(', ')}`);
        }
        if (method !== 'HEAD') checkEnvelope(parseJson(response, problems), response, problems, code);
        return problems.map((problem) => `${method} ${pathname} → ${response.status}: ${problem}`);
      }

      for (const [name, header] of Object.entries(objectAt(documented, 'headers'))) {
        if (!isObject(header)) continue;
        const raw = response.headers.get(name);
        if (raw === null) {
          if (header['required'] === true) problems.push(`missing header ${name}`);
          continue;
        }
        checkSchema(`header ${name}`, headerValue(raw, objectAt(header, 'schema')), header['schema'], problems);
      }
      const content = objectAt(documented, 'content');
      const media = objectAt(content, 'application/json');
      if (Object.keys(content).length === 0) {
        if (response.text !== '') problems.push(`body "${response.text.slice(0, 100)}" where the spec documents none`);
      } else if (method !== 'HEAD') {
        const body = parseJson(response, problems);
        checkSchema('body', body, media['schema'], problems);
        if (media['schema'] === errorSchema || objectAt(body, 'error')['request_id'] !== undefined) {
          checkEnvelope(body, response, problems);
        }
      }
      return problems.map((problem) => `${method} ${pathname} → ${response.status}: ${problem}`);
    },
  };
}
