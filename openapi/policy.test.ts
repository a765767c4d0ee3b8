import { beforeAll, describe, expect, it } from 'vitest';
import {
  accessTokenTtlSeconds,
  currentApiVersion,
  eventRetentionDays,
  idempotencyKeyTtlHours,
  invitationTtlHours,
  maxRequestBodyBytes,
  maxRetries,
  policyText,
  rateLimitDefaultLimit,
  rateLimitDefaultWindowSeconds,
  refreshTokenTtlDays,
} from '../policy/policy.ts';
import type { components as ApiComponents } from '../sandbox/generated/api-types.ts';
import { bundleSpec, type OpenApiDocument } from '../src/lib/bundled-spec.ts';
import { isObject, objectAt, responseBodyExamples } from './spec-walk.ts';

// Casting example values to these types is safe: examples.test.ts validates every example against its schema.
type Schemas = ApiComponents['schemas'];

let document: OpenApiDocument;
let components: Record<string, unknown>;

beforeAll(async () => {
  document = await bundleSpec({ dereference: true });
  components = objectAt(document, 'components');
});

function component(kind: string, name: string) {
  return objectAt(objectAt(components, kind), name);
}

function exampleValue(name: string) {
  return component('examples', name)['value'];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Every string in the document, for "no other number is stated" checks. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (isObject(value)) return Object.values(value).flatMap(allStrings);
  return [];
}

function tagDescription(name: string): string {
  const tags = Array.isArray(document['tags']) ? document['tags'].filter(isObject) : [];
  return text(tags.find((tag) => tag['name'] === name)?.['description']);
}

const hours = (iso: string) => Date.parse(iso) / 3_600_000;

describe('spec numbers agree with policy/policy.ts', () => {
  it('access and refresh token lifetimes', () => {
    const tokenResponse = component('schemas', 'TokenResponse');
    const expiresIn = objectAt(objectAt(tokenResponse, 'properties'), 'expires_in');
    expect(objectAt(component('examples', 'TokenIssued'), 'value')['expires_in']).toBe(accessTokenTtlSeconds);
    expect(text(expiresIn['description'])).toContain(String(accessTokenTtlSeconds));

    const oauth2 = component('securitySchemes', 'oauth2');
    for (const description of [text(oauth2['description']), text(objectAt(document, 'info')['description'])]) {
      expect(description).toContain(policyText['accessTokenTtl']);
      expect(description).toContain(policyText['refreshTokenTtl']);
    }
    expect(policyText['refreshTokenTtl']).toBe(`${refreshTokenTtlDays} days`);
  });

  it('API version', () => {
    const info = objectAt(document, 'info');
    expect(info['version']).toBe(currentApiVersion);
    const versionParameter = component('parameters', 'BlueRoundVersion');
    expect(objectAt(versionParameter, 'schema')['default']).toBe(currentApiVersion);
    expect(versionParameter['example']).toBe(currentApiVersion);
    expect(component('headers', 'BlueRound-Version')['example']).toBe(currentApiVersion);
    expect(text(info['description'])).toContain(`\`${currentApiVersion}\``);

    const eventPage = exampleValue('EventListPage') as Schemas['EventList'];
    for (const event of eventPage.data) expect(event.api_version).toBe(currentApiVersion);
  });

  it('default rate limit', () => {
    expect(component('headers', 'X-RateLimit-Limit')['example']).toBe(rateLimitDefaultLimit);
    expect(text(objectAt(document, 'info')['description'])).toContain(policyText['rateLimitDefault']);
    expect(text(component('headers', 'X-RateLimit-Limit')['description'])).toContain(policyText['rateLimitDefault']);
    const rateLimited = exampleValue('RateLimited') as Schemas['Error'];
    expect(rateLimited.error.message).toContain(policyText['rateLimitDefault']);
    expect(policyText['rateLimitDefault']).toBe(
      `${rateLimitDefaultLimit} requests per ${rateLimitDefaultWindowSeconds} s`,
    );
  });

  it(`invitation lifetime: every pending invitation expires ${policyText['invitationTtl']} after it was last sent`, () => {
    // Every user object in any example, nested ones (lists, event payloads) included.
    const pendingUsers: Record<string, unknown>[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      if (!isObject(value)) return;
      if (value['status'] === 'pending_invite') pendingUsers.push(value);
      Object.values(value).forEach(collect);
    };
    for (const example of Object.values(objectAt(components, 'examples'))) {
      if (isObject(example)) collect(example['value']);
    }
    expect(pendingUsers.length).toBeGreaterThan(3);
    for (const user of pendingUsers) {
      const ttlHours = hours(text(user['invitation_expires_at'])) - hours(text(user['updated_at']));
      expect(ttlHours, String(user['id'])).toBe(invitationTtlHours);
    }
    expect(tagDescription('Users')).toContain(policyText['invitationTtl']);
    expect(policyText['invitationTtl']).toBe(`${invitationTtlHours} h`);
    const createUser = objectAt(objectAt(objectAt(document, 'paths'), '/v1/users'), 'post');
    expect(text(createUser['description'])).toContain(policyText['invitationTtl']);
  });

  it('idempotency-key lifetime, event retention and body limit in prose', () => {
    const info = text(objectAt(document, 'info')['description']);
    expect(info).toContain(policyText['idempotencyKeyTtl']);
    expect(policyText['idempotencyKeyTtl']).toBe(`${idempotencyKeyTtlHours} h`);
    expect(text(component('parameters', 'IdempotencyKey')['description'])).toContain(policyText['idempotencyKeyTtl']);

    expect(info).toContain(policyText['maxRequestBody']);
    expect(info).toContain(maxRequestBodyBytes.toLocaleString('en-US'));
    const tooLarge = exampleValue('PayloadTooLarge') as Schemas['Error'];
    expect(tooLarge.error.message).toContain(maxRequestBodyBytes.toLocaleString('en-US'));

    expect(policyText['eventRetention']).toBe(`${eventRetentionDays} days`);
    expect(tagDescription('Events')).toContain(policyText['eventRetention']);
    const listEvents = objectAt(objectAt(objectAt(document, 'paths'), '/v1/events'), 'get');
    expect(text(listEvents['description'])).toContain(`last ${policyText['eventRetention']}`);
  });

  it('retry schedule in the error guidance', () => {
    const info = text(objectAt(document, 'info')['description']);
    expect(info).toContain(policyText['retrySchedule']);
    expect(info).toContain(policyText['retryJitter']);
    expect(info).toContain(`at most ${maxRetries} retries`);
  });

  it('states each policy duration with no other value anywhere in the spec', () => {
    const strings = allStrings(document).join('\n');
    const statedHours = new Set([...strings.matchAll(/(\d+) h\b/g)].map((match) => Number(match[1])));
    expect([...statedHours].sort()).toEqual([idempotencyKeyTtlHours, invitationTtlHours].sort());
    const statedDays = new Set([...strings.matchAll(/(\d+) days\b/g)].map((match) => Number(match[1])));
    expect([...statedDays]).toEqual([...new Set([refreshTokenTtlDays, eventRetentionDays])]);
  });
});

describe('numbers the spec states in prose agree with its own schemas', () => {
  it('lock TTL bounds', () => {
    const ttl = objectAt(objectAt(component('schemas', 'CreateLockRequest'), 'properties'), 'ttl_seconds');
    const range = `${String(ttl['minimum'])} to ${String(ttl['maximum'])}`;
    expect(text(ttl['description'])).toContain(`from ${range}`);
    const acquire = objectAt(objectAt(objectAt(document, 'paths'), '/v1/locks'), 'post');
    expect(text(acquire['description'])).toContain(`(${range})`);
    const invalidTtl = exampleValue('InvalidLockTtl') as Schemas['Error'];
    expect(invalidTtl.error.details?.[0]?.issue).toContain(`from ${range}`);
  });

  it('page size bounds and default', () => {
    const limit = component('parameters', 'Limit');
    const schema = objectAt(limit, 'schema');
    const range = `${String(schema['minimum'])} to ${String(schema['maximum'])}`;
    expect(text(limit['description'])).toBe(
      `Maximum number of items on the page, from ${range}; ${String(schema['default'])} when omitted.`,
    );
    expect(text(objectAt(document, 'info')['description'])).toContain(
      `\`limit\` is ${range} and defaults to ${String(schema['default'])}`,
    );
    const invalid = exampleValue('InvalidListParameters') as Schemas['Error'];
    expect(invalid.error.details?.[0]?.issue).toContain(`from ${range}`);
  });

  it('every 429 example says the same limit as the header examples', () => {
    for (const { where, status, value } of responseBodyExamples(document)) {
      if (status !== '429') continue;
      expect(JSON.stringify(value), where).toContain(`${rateLimitDefaultLimit} requests`);
    }
  });
});
