/**
 * Reads response bodies defensively: an error can come from something in
 * front of the API (a proxy's HTML page), so nothing here trusts the shape.
 */
import type { ApiErrorCode } from './errors.ts';
import type { ErrorDetail } from './types.ts';

export interface ErrorFacts {
  code: ApiErrorCode;
  message: string;
  requestId: string | null;
  details: ErrorDetail[];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDetail(value: unknown): value is ErrorDetail {
  return isRecord(value) && typeof value['field'] === 'string' && typeof value['issue'] === 'string';
}

/** A `/v1` envelope `{error: {code, message, request_id, details?}}` or an OAuth `{error, error_description}`. */
export async function readError(response: Response): Promise<ErrorFacts> {
  const body = parseJson(await response.text());
  const headerId = response.headers.get('X-Request-Id');
  const envelope = isRecord(body) ? body['error'] : undefined;
  if (isRecord(envelope) && typeof envelope['code'] === 'string') {
    return {
      code: envelope['code'],
      message: typeof envelope['message'] === 'string' ? envelope['message'] : response.statusText,
      requestId: typeof envelope['request_id'] === 'string' ? envelope['request_id'] : headerId,
      details: Array.isArray(envelope['details']) ? envelope['details'].filter(isDetail) : [],
    };
  }
  if (isRecord(body) && typeof envelope === 'string') {
    const description = body['error_description'];
    return {
      code: envelope,
      message: typeof description === 'string' ? description : envelope,
      requestId: headerId,
      details: [],
    };
  }
  return {
    code: 'UNKNOWN',
    message: `HTTP ${response.status} ${response.statusText}`.trim(),
    requestId: headerId,
    details: [],
  };
}

/** The JSON of a 2xx, or `undefined` for an empty body (204). */
export async function readSuccess(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return undefined;
  const body = parseJson(text);
  if (body === undefined) throw new SyntaxError(`expected a JSON body, got: ${text.slice(0, 80)}`);
  return body;
}
