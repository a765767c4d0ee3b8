/**
 * Validates the responses recorded by scripts/sandbox-session.sh against the
 * OpenAPI spec (Ajv 2020 via sandbox/testing/conformance.ts). Argument: the
 * session's manifest, one `METHOD<TAB>PATH<TAB>FILE` line per response, each
 * file the raw `curl -i` output.
 */
import { readCurlResponse, readManifest } from './curl-response.ts';
import { loadConformance } from '../sandbox/testing/conformance.ts';

const manifestPath = process.argv[2];
if (!manifestPath) throw new Error('Usage: node scripts/validate-sandbox-session.ts MANIFEST');

const conformance = await loadConformance();
const statuses = new Map<number, number>();
let failures = 0;
let total = 0;

for (const { method, path, file } of readManifest(manifestPath)) {
  const { status, headers, text } = readCurlResponse(file);
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
