import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MermaidGraphReader } from '../../../lib/diagrams/graph.ts';
import { checkArchitectureFacts } from './arch-facts.ts';
import { checkClaims, type Finding } from './rules.ts';
import { diagramTexts, pageTexts, scenarioTexts } from './sources.ts';
import { loadVocabulary, type SpecVocabulary } from './vocabulary.ts';

/** One page with one false claim of each kind, each on a known line. */
const fixture = `---
title: False claims
---

Create a lock with \`POST /v1/locks\`; it answers \`202\` when the lock is yours.

| Status | Code                 |
| ------ | -------------------- |
| 404    | \`DUPLICATE_RESOURCE\` |

Send \`X-Request-Token\` with every call.

The SDK gives up after 6 such waits in a row.

A refresh with an old token fails with \`invalid_grants\`; a missing user answers \`USER_NOT_FOUND\`.

Users have IDs like \`user_98765\`.

\`\`\`bash
curl -X POST https://sandbox.blueround.test/oauth/token \\
  -d grant_type=client_credentials -d scope=users:delete
\`\`\`

\`\`\`mermaid
flowchart TD
  start(["Start"]) --> create["POST /v1/user"]
\`\`\`
`;

const expected: [number, RegExp][] = [
  [5, /`POST \/v1\/locks` does not answer 202 in the spec/],
  [9, /DUPLICATE_RESOURCE is answered with 409 in the spec, not 404/],
  [11, /header X-Request-Token is not in the spec; did you mean X-Request-Id\?/],
  [13, /429 waits in a row: the page says 6, policy\/policy.ts says 5/],
  [15, /OAuth error invalid_grants is not in the spec; did you mean invalid_grant\?/],
  [15, /error code USER_NOT_FOUND is not in the spec; did you mean NOT_FOUND\?/],
  [17, /ID prefix user_ .* did you mean usr_\?/],
  [21, /scope users:delete is not in the spec; did you mean users:(read|write)\?/],
  [26, /`POST \/v1\/user` is not in the spec; did you mean `POST \/v1\/users`\?/],
];

describe('lint:claims', () => {
  let vocabulary: SpecVocabulary;
  const reader = new MermaidGraphReader();
  const file = join(mkdtempSync(join(tmpdir(), 'claims-')), 'false-claims.md');
  let findings: Finding[] = [];

  beforeAll(async () => {
    vocabulary = await loadVocabulary();
    writeFileSync(file, fixture);
    const { texts, diagrams } = pageTexts(file);
    for (const diagram of diagrams) texts.push(...(await diagramTexts(file, diagram, reader)));
    findings = texts.flatMap((text) => checkClaims(text, vocabulary));
  }, 60_000);
  afterAll(() => reader.close());

  for (const [line, message] of expected) {
    it(`fails ${message.source.slice(0, 50)}… at line ${line}`, () => {
      expect(findings.filter((f) => f.file === file && f.line === line).map((f) => f.message)).toContainEqual(
        expect.stringMatching(message),
      );
    });
  }

  it('reports nothing else on that page', () => {
    expect(findings).toHaveLength(expected.length);
  });

  it('accepts true claims: templated paths, listed statuses, spec headers, scopes and prefixes', () => {
    const text = {
      file: 'x.md',
      line: 1,
      kind: 'prose' as const,
      text: '`GET /v1/users/usr_98765` answers 404 without the user. Send `Idempotency-Key` and `users:write`. Code 409 DUPLICATE_RESOURCE; refresh fails with invalid_grant. Events are kept 30 days.',
    };
    expect(checkClaims(text, vocabulary)).toEqual([]);
  });

  it('fails an architecture fact another page states differently, with file and line', () => {
    const text = {
      file: 'overview.md',
      line: 20,
      kind: 'prose' as const,
      text: 'Requests reach one of\nthree core services, behind a 3-node Redis cluster, over two availability zones on port 8080.',
    };
    const findings = checkArchitectureFacts(text);
    expect(findings.map(({ file, line }) => ({ file, line }))).toEqual([{ file: 'overview.md', line: 21 }]);
    expect(findings[0]?.message).toMatch(
      /"three core services" contradicts src\/data\/architecture.ts \(coreServices: 6\)/,
    );
    expect(checkArchitectureFacts({ ...text, text: 'The cache is a 5-node Redis cluster.' })[0]?.message).toMatch(
      /redisClusterNodes: 3/,
    );
  });

  it("reads the console's scenarios", () => {
    expect(scenarioTexts().some((t) => t.text.includes('POST /v1/users'))).toBe(true);
  });
});
