/**
 * Serves the MSW handler list over plain HTTP with node:http and MSW's
 * `getResponse()`. @mswjs/http-middleware (0.10.3, the latest) calls
 * `handleRequest()`, which MSW 3 removed, and throws on every request, so this
 * small adapter replaces it. Every request is re-addressed to the sandbox origin,
 * so the same handlers answer `http://127.0.0.1:4010/v1/...` exactly as they
 * answer `https://sandbox.blueround.test/v1/...` in the browser.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getResponse, type RequestHandler } from 'msw';
import type { Engine } from './engine/pipeline.ts';
import { envelope } from './engine/reply.ts';
import { maxRequestBodyBytes } from '../policy/policy.ts';
import { newRequestId } from './state/ids.ts';
import { matchRoute, sandboxOrigin } from './spec/routes.ts';

// Hop-by-hop and framing headers belong to this connection, not to the request the handlers see.
const connectionHeaders = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  'expect',
  'te',
  'trailer',
  'proxy-connection',
]);

/** Reads at most `limit` bytes and drains the rest, so an oversized body still gets its 413 answer. */
async function readCapped(request: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  let kept = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    if (kept >= limit) continue;
    const part = chunk.subarray(0, limit - kept);
    chunks.push(part);
    kept += part.length;
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function sandboxUrl(raw: string | undefined): string {
  // Keep the path and query only: absolute-form targets or `//host` paths must not pick another origin.
  const target = raw ?? '/';
  if (target.startsWith('/')) return `${sandboxOrigin}${target}`;
  try {
    const parsed = new URL(target);
    return `${sandboxOrigin}${parsed.pathname}${parsed.search}`;
  } catch {
    return `${sandboxOrigin}/`;
  }
}

function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, values] of Object.entries(request.headersDistinct)) {
    if (connectionHeaders.has(name) || !values) continue;
    for (const value of values) {
      try {
        headers.append(name, value);
      } catch {
        // A value fetch cannot carry is dropped, as a browser would never send it.
      }
    }
  }
  return headers;
}

async function send(response: Response, method: string, reply: ServerResponse): Promise<void> {
  const body = method === 'HEAD' ? new Uint8Array() : new Uint8Array(await response.arrayBuffer());
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => headers.push([name, value]));
  reply.writeHead(response.status, headers.flat());
  reply.end(body);
}

export function createSandboxHttpServer(handlers: RequestHandler[], engine: Engine): Server {
  return createServer((incoming, reply) => {
    void (async () => {
      const method = incoming.method ?? 'GET';
      const url = sandboxUrl(incoming.url);
      try {
        const bytes = await readCapped(incoming, maxRequestBodyBytes + 1);
        let request: Request;
        try {
          const hasBody = bytes.byteLength > 0 && method !== 'GET' && method !== 'HEAD';
          request = new Request(url, { method, headers: headersOf(incoming), ...(hasBody ? { body: bytes } : {}) });
        } catch {
          // fetch refuses methods such as TRACE; the spec lists none of them anywhere.
          const match = matchRoute(method, new URL(url).pathname);
          await send(
            await engine.respondUnrouted({ method, url }, match.kind === 'operation' ? { kind: 'not-found' } : match),
            method,
            reply,
          );
          return;
        }
        const response = await getResponse(handlers, request);
        await send(response ?? (await engine.respondUnrouted(request, { kind: 'not-found' })), method, reply);
      } catch (error) {
        console.error('BlueRound sandbox: HTTP adapter error', error);
        if (reply.headersSent) {
          reply.end();
          return;
        }
        const requestId = newRequestId();
        const body = envelope('INTERNAL_ERROR', 'Something went wrong on our side; retry with back-off.', requestId);
        reply.writeHead(500, { 'Content-Type': 'application/json', 'X-Request-Id': requestId });
        reply.end(JSON.stringify(body));
      }
    })();
  });
}
