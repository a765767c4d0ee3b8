/**
 * Validates the responses recorded by scripts/sandbox-session.sh against the
 * OpenAPI spec (Ajv 2020 via sandbox/testing/conformance.ts). Argument: the
 * session's manifest, one `METHOD<TAB>PATH<TAB>FILE` line per response, each
 * file the raw `curl -i` output.
 */
import { readFileSync } from 'node:fs';
import { loadConformance } from '../sandbox/testing/conformance.ts';

const manifestPath = process.argv[2];
if (!manifestPath) throw new Error('Usage: node scripts/validate-sandbox-session.ts MANIFEST');

const conformance = await loadConformance();
const statuses = new Map<number, number>();
let failures = 0;
let total = 0;

for (const line of readFileSync(manifestPath, 'utf8').split('\n').filter(Boolean)) {
  const [method = '', path = '', file = ''] = line.split('\t');
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
  total++;
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const problems = conformance.check(method, `https://sandbox.blueround.test${path}`, { status, headers, text });
  if (problems.length > 0) {
    failures++;
    for (const problem of problems) console.log(`FAIL ${problem}`);
  }
}

const spread = [...statuses]
  .sort(([a], [b]) => a - b)
  .map(([status, count]) => `${status}×${count}`)
  .join(' ');
console.log(`${total - failures} passed, ${failures} failed`);
console.log(`statuses: ${spread}`);
process.exitCode = failures > 0 ? 1 : 0;
