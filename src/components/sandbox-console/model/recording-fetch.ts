/**
 * A fetch that keeps a copy of every request and response passing through it,
 * so the console can show the exact headers and bodies the client exchanged
 * (the client itself returns only parsed bodies).
 */

export interface Exchange {
  method: string;
  url: string;
  requestHeaders: [string, string][];
  requestBody: string | null;
  status: number;
  responseHeaders: [string, string][];
  responseBody: string;
  /** Real milliseconds from sending to the complete response body. */
  durationMs: number;
}

function bodyText(body: BodyInit | null | undefined): string | null {
  if (body === null || body === undefined) return null;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  return '[binary body]';
}

export function recordingFetch(
  inner: typeof fetch,
  onExchange: (exchange: Exchange) => void,
  now: () => number = () => performance.now(),
): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const started = now();
    const response = await inner(input, init);
    const responseBody = await response.clone().text();
    onExchange({
      method: request.method,
      url: request.url,
      requestHeaders: [...request.headers],
      requestBody: bodyText(init?.body),
      status: response.status,
      responseHeaders: [...response.headers],
      responseBody,
      durationMs: now() - started,
    });
    return response;
  };
}
