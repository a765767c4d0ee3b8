/**
 * Proves that the configurable rules in redocly.yaml can fail: each case lints a
 * small spec that breaks one convention and expects a non-zero exit naming the
 * rule, and a conforming spec must lint clean so the rules are not trivially red.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const repoRoot = process.cwd();
const redoclyBin = resolve(repoRoot, 'node_modules/.bin/redocly');
const configPath = resolve(repoRoot, 'redocly.yaml');
const workDir = mkdtempSync(join(tmpdir(), 'blueround-lint-rules-'));
const lintEnv = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface LintResult {
  status: number | null;
  output: string;
}

let fixtureCount = 0;

function lint(spec: unknown): LintResult {
  fixtureCount += 1;
  const file = join(workDir, `fixture-${fixtureCount}.yaml`);
  writeFileSync(file, stringify(spec));
  // process.execPath: the .bin shim's `#!/usr/bin/env node` could pick an older system Node.
  const run = spawnSync(process.execPath, [redoclyBin, 'lint', file, '--config', configPath, '--format=stylish'], {
    cwd: workDir,
    encoding: 'utf8',
    env: lintEnv,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const headerSchema = { schema: { type: 'integer' } };
const v1Headers = () => ({
  'X-RateLimit-Limit': { ...headerSchema, example: 60 },
  'X-RateLimit-Remaining': { ...headerSchema, example: 59 },
  'X-RateLimit-Reset': { ...headerSchema, example: 1710408420 },
  'X-Request-Id': { schema: { type: 'string' }, example: 'req_8f14e45fceea' },
  'BlueRound-Version': { schema: { type: 'string' }, example: '2024-01-01' },
});
const errorResponse = (description: string, extraHeaders: Record<string, unknown> = {}) => ({
  description,
  headers: { ...v1Headers(), ...extraHeaders },
  content: {
    'application/json': {
      schema: { type: 'object', properties: { error: { type: 'object' } } },
      example: { error: {} },
    },
  },
});

/** A spec that follows every convention; each case below breaks exactly one. */
function conformingSpec() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lint fixture',
      version: '1.0.0',
      description: 'A fixture for the lint rules.',
      license: { name: 'Proprietary', url: 'https://www.blueround.com/legal/api-terms' },
    },
    servers: [{ url: 'https://sandbox.blueround.test' }],
    tags: [{ name: 'Things', description: 'Things.' }],
    security: [{ bearer: [] }],
    paths: {
      '/v1/things': {
        get: {
          operationId: 'listThings',
          summary: 'List things',
          description: 'Lists things.',
          tags: ['Things'],
          responses: {
            '200': {
              description: 'The things.',
              headers: v1Headers(),
              content: { 'application/json': { schema: { type: 'array' }, example: [] } },
            },
            '401': errorResponse('Unauthenticated.', { 'WWW-Authenticate': { schema: { type: 'string' } } }),
            '429': errorResponse('Rate limited.', { 'Retry-After': headerSchema }),
            '500': errorResponse('Internal error.'),
            '503': errorResponse('Unavailable.', { 'Retry-After': headerSchema }),
          },
        },
      },
      // Outside /v1 none of the /v1 conventions apply: no rate-limit headers, no 5xx.
      '/oauth/things': {
        post: {
          operationId: 'createOauthThing',
          summary: 'Create an OAuth thing',
          description: 'Creates a thing.',
          tags: ['Things'],
          responses: {
            '200': { description: 'Created.' },
            '400': { description: 'Bad request.' },
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}

type Spec = ReturnType<typeof conformingSpec>;
type V1Responses = Spec['paths']['/v1/things']['get']['responses'];
type V1Operation = Spec['paths']['/v1/things']['get'];

function withV1(change: (operation: V1Operation, responses: V1Responses) => void): Spec {
  const spec = conformingSpec();
  change(spec.paths['/v1/things'].get, spec.paths['/v1/things'].get.responses);
  return spec;
}

const lintConfig: unknown = parse(readFileSync(configPath, 'utf8'));
const customRuleIds = Object.keys((lintConfig as { rules?: Record<string, unknown> } | null)?.rules ?? {}).filter(
  (id) => id.startsWith('rule/'),
);

describe('the BlueRound spec', () => {
  // `redocly lint` exits 0 on warnings, so this is what keeps `npm run lint:api` at zero warnings.
  it('lints with no errors and no warnings', () => {
    const run = spawnSync(
      process.execPath,
      [redoclyBin, 'lint', 'openapi/openapi.yaml', '--format=json', '--lint-config=error'],
      { cwd: repoRoot, encoding: 'utf8', env: lintEnv },
    );
    const report = JSON.parse(run.stdout) as { totals: { errors: number; warnings: number }; problems: unknown[] };
    expect(report.problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(run.status).toBe(0);
  });
});

describe('redocly.yaml custom rules', () => {
  it('a spec that follows every convention lints clean', () => {
    const result = lint(conformingSpec());
    expect(result.output).not.toMatch(/warning|error/i);
    expect(result.status).toBe(0);
  });

  const cases: { rule: string; breaks: string; spec: () => Spec }[] = [
    {
      rule: 'rule/v1-operation-common-errors',
      breaks: 'a /v1 operation without its 503 response',
      spec: () => withV1((_, responses) => delete (responses as Partial<V1Responses>)['503']),
    },
    {
      rule: 'rule/v1-operation-common-errors',
      breaks: 'a /v1 operation without its 401 response',
      spec: () => withV1((_, responses) => delete (responses as Partial<V1Responses>)['401']),
    },
    {
      rule: 'rule/v1-response-headers-defined',
      breaks: 'a /v1 2xx response without headers',
      spec: () => withV1((_, responses) => delete (responses['200'] as { headers?: unknown }).headers),
    },
    {
      rule: 'rule/v1-response-headers',
      breaks: 'a /v1 2xx response without X-Request-Id',
      spec: () =>
        withV1((_, responses) => delete (responses['200'].headers as Record<string, unknown>)['X-Request-Id']),
    },
    {
      rule: 'rule/v1-response-headers',
      breaks: 'a /v1 2xx response without X-RateLimit-Reset',
      spec: () =>
        withV1((_, responses) => delete (responses['200'].headers as Record<string, unknown>)['X-RateLimit-Reset']),
    },
    {
      rule: 'rule/v1-response-headers',
      breaks: 'a /v1 error response without X-RateLimit-Remaining',
      spec: () =>
        withV1((_, responses) => delete (responses['500'].headers as Record<string, unknown>)['X-RateLimit-Remaining']),
    },
    {
      rule: 'rule/v1-retry-after',
      breaks: 'a /v1 429 response without Retry-After',
      spec: () => withV1((_, responses) => delete (responses['429'].headers as Record<string, unknown>)['Retry-After']),
    },
    {
      rule: 'rule/v1-unauthenticated-challenge',
      breaks: 'a /v1 401 response without WWW-Authenticate',
      spec: () =>
        withV1((_, responses) => delete (responses['401'].headers as Record<string, unknown>)['WWW-Authenticate']),
    },
    {
      rule: 'rule/operation-id-camel-case',
      breaks: 'a snake_case operationId',
      spec: () => withV1((operation) => (operation.operationId = 'list_things')),
    },
    {
      rule: 'rule/operation-summary-sentence-case',
      breaks: 'a lower-case summary with a final period',
      spec: () => withV1((operation) => (operation.summary = 'list things.')),
    },
    {
      rule: 'rule/operation-tagged',
      breaks: 'an operation with an empty tag list',
      spec: () => withV1((operation) => (operation.tags = [])),
    },
  ];

  it.each(cases)('$rule fails on $breaks', ({ rule, spec }) => {
    const result = lint(spec());
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(rule);
    // The fixture breaks one rule only, so no other custom rule may fire.
    for (const other of customRuleIds.filter((id) => id !== rule)) {
      expect(result.output).not.toMatch(new RegExp(`${other.replace('/', '\\/')}(\\s|$)`));
    }
  });

  it('every custom rule in redocly.yaml has a failing case', () => {
    expect(customRuleIds.length).toBeGreaterThan(0);
    expect(new Set(cases.map(({ rule }) => rule))).toEqual(new Set(customRuleIds));
  });
});
