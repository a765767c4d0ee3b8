import { readFileSync } from 'node:fs';

export interface RecordedResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Reads one raw `curl -i` output file (as the sandbox session records them). */
export function readCurlResponse(file: string): RecordedResponse {
  const raw = readFileSync(file, 'latin1');
  // curl -i may print interim responses (100 Continue) first; the last header block is the answer.
  const blocks = raw.split('\r\n\r\n');
  let headerIndex = 0;
  while (/^HTTP\/\S+ 1\d\d/.test(blocks[headerIndex] ?? '') && headerIndex < blocks.length - 1) headerIndex++;
  const [statusLine = '', ...headerLines] = (blocks[headerIndex] ?? '').split('\r\n');
  const status = Number(/^HTTP\/\S+ (\d{3})/.exec(statusLine)?.[1]);
  const headers = new Headers();
  for (const header of headerLines) {
    const colon = header.indexOf(':');
    if (colon > 0) headers.append(header.slice(0, colon).trim(), header.slice(colon + 1).trim());
  }
  const text = Buffer.from(blocks.slice(headerIndex + 1).join('\r\n\r\n'), 'latin1').toString('utf8');
  return { status, headers, text };
}

/** The session manifest: one `METHOD<TAB>PATH<TAB>FILE` line per recorded response. */
export function readManifest(path: string): { method: string; path: string; file: string }[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [method = '', requestPath = '', file = ''] = line.split('\t');
      return { method, path: requestPath, file };
    });
}
