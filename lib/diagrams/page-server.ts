import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

/** A folder served under `/<name>/`, with the content type of its files. */
export interface ServedFolder {
  dir: string;
  contentType: string;
}

/**
 * The renderer's page and the files it loads (Mermaid's ~100 module chunks,
 * ELK, the font) over plain HTTP on a free loopback port. Answering them
 * through Playwright's request interception cost a base64 copy of every file
 * through the DevTools protocol, for each page, uncached; here Chromium reads
 * them as from any server, and its cache serves the second page.
 */
export async function servePage(html: string, folders: Record<string, ServedFolder>): Promise<PageServer> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    const [, name, ...rest] = pathname.split('/').map(decodeURIComponent);
    const folder = name ? folders[name] : undefined;
    if (!folder || rest.some((part) => part === '..' || part.includes('\\'))) {
      response.writeHead(404).end();
      return;
    }
    const file = createReadStream(join(folder.dir, ...rest));
    file.on('error', () => response.writeHead(404).end());
    file.on('open', () => {
      response.writeHead(200, { 'content-type': folder.contentType, 'cache-control': 'max-age=86400' });
      file.pipe(response);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
