import type { Oas3_1Definition } from '@redocly/openapi-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSpec, type OpenApiDocument } from '../../../openapi/bundled-spec.ts';
import { operations } from '../../../openapi/operations.ts';
import { loadSpecDefinition } from './load.ts';
import { buildReferenceModel } from './build-model.ts';
import type { ReferenceModel } from './model.ts';
import { tagSlug } from './slugs.ts';

type Json = Record<string, unknown>;

let spec: Oas3_1Definition;
let dereferenced: OpenApiDocument;
let model: ReferenceModel;

beforeAll(async () => {
  spec = await loadSpecDefinition();
  dereferenced = await bundleSpec({ dereference: true });
  model = buildReferenceModel(spec);
});

/** Every operation of the dereferenced spec, from the shared walk (openapi/operations.test.ts tests it), not the model's code. */
function specOperations() {
  return operations(dereferenced);
}

describe('reference model of the real spec', () => {
  it('has every operation once, on the page of its first tag', () => {
    const expected = specOperations().map(({ path, method, operation }) => ({
      key: `${method} ${path}`,
      tag: (operation['tags'] as string[])[0],
    }));
    const actual = model.tags.flatMap((tag) =>
      tag.operations.map((operation) => ({ key: `${operation.method} ${operation.path}`, tag: tag.name })),
    );
    expect(actual.sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      expected.sort((a, b) => a.key.localeCompare(b.key)),
    );
  });

  it('lists the declared tags in spec order with page slugs', () => {
    const declared = (spec.tags ?? []).map((tag) => tag.name);
    expect(model.tags.map((tag) => tag.name)).toEqual(declared);
    expect(model.tags.map((tag) => tag.slug)).toEqual(declared.map(tagSlug));
  });

  it('keeps every parameter (path-level too), response, header and example of each operation', () => {
    for (const { path, method, operation, parameters } of specOperations()) {
      const found = model.operations.find((candidate) => candidate.path === path && candidate.method === method)!;
      expect(found.parameters.map((parameter) => `${parameter.in}:${parameter.name}`).sort()).toEqual(
        parameters.map((parameter) => `${String(parameter['in'])}:${String(parameter['name'])}`).sort(),
      );

      const responses = operation['responses'] as Record<string, Json>;
      expect(found.responses.map((response) => response.status)).toEqual(Object.keys(responses));
      for (const response of found.responses) {
        const source = responses[response.status]!;
        expect(response.headers.map((header) => header.name)).toEqual(Object.keys((source['headers'] as Json) ?? {}));
        const content = (source['content'] as Record<string, Json>) ?? {};
        expect(response.contents.map((media) => media.mediaType)).toEqual(Object.keys(content));
        for (const media of response.contents) {
          expect(media.examples.map((example) => example.name)).toEqual(
            Object.keys((content[media.mediaType]!['examples'] as Json) ?? {}),
          );
        }
      }

      const body = operation['requestBody'] as Json | undefined;
      expect(found.requestBody !== undefined).toBe(body !== undefined);
    }
  });

  it("keeps an enum's values when a parameter's own words replace the schema's", () => {
    const listUsers = model.operations.find((operation) => operation.operationId === 'listUsers')!;
    const status = listUsers.parameters.find((parameter) => parameter.name === 'status')!;
    expect(status.schema.description).toBe('Only return users with this status.');
    expect(status.schema.constraints).toContainEqual({
      label: 'one of',
      values: ['pending_invite', 'active', 'inactive'],
    });
  });

  it('names the scopes each /v1 operation needs and no scopes for the sandbox controls', () => {
    const createUser = model.operations.find((operation) => operation.operationId === 'createUser')!;
    expect(createUser.scopes).toEqual(['users:write']);
    const reset = model.operations.find((operation) => operation.operationId === 'resetSandbox')!;
    expect(reset.security).toEqual([]);
    const token = model.operations.find((operation) => operation.operationId === 'issueToken')!;
    expect(token.security).toEqual([[{ scheme: 'clientBasicAuth', scopes: [] }], []]);
  });

  it('encodes form examples as they are sent and pretty-prints JSON ones', () => {
    const token = model.operations.find((operation) => operation.operationId === 'issueToken')!;
    const refresh = token.requestBody!.contents[0]!.examples.find((example) => example.name === 'RefreshTokenGrant')!;
    expect(refresh.lang).toBe('text');
    expect(refresh.code).toMatch(/^grant_type=refresh_token&refresh_token=/);
    const createUser = model.operations.find((operation) => operation.operationId === 'createUser')!;
    expect(createUser.requestBody!.contents[0]!.examples[0]!.code).toContain('\n  "email": ');
  });

  it('gives every /v1 error code its status and the operations that can answer with it', () => {
    const byCode = new Map(model.errorCodes.map((row) => [row.code, row]));
    expect(byCode.get('DUPLICATE_RESOURCE')?.status).toBe('409');
    expect(
      byCode
        .get('DUPLICATE_RESOURCE')
        ?.returnedBy.map((link) => link.operationId)
        .sort(),
    ).toEqual(['acquireLock', 'createUser', 'resendInvitation']);
    for (const row of model.errorCodes) {
      for (const link of row.returnedBy) expect(link.status, `${row.code} from ${link.operationId}`).toBe(row.status);
    }
  });

  it('lists the OAuth error codes with the statuses they come with', () => {
    expect(model.oauthErrorCodes.map((row) => [row.code, row.status])).toEqual([
      ['invalid_request', '400, 413'],
      ['invalid_client', '401'],
      ['invalid_grant', '400'],
      ['unsupported_grant_type', '400'],
      ['invalid_scope', '400'],
    ]);
  });

  it('indexes the rate-limit headers as present on every /v1 response', () => {
    const everywhere = model.responseHeaders
      .filter((header) => header.appearsOn === 'every `/v1` response')
      .map((header) => header.name);
    expect(everywhere).toEqual(
      expect.arrayContaining(['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'X-Request-Id']),
    );
    expect(
      model.responseHeaders.find((header) => header.name === 'X-RateLimit-Remaining')?.schema.description,
    ).not.toMatch(/Always 0/);
  });
});

describe('shared error bodies', () => {
  it('point error responses at the envelope the overview describes, with their own examples', () => {
    const createUser = model.operations.find((operation) => operation.operationId === 'createUser')!;
    const conflict = createUser.responses.find((response) => response.status === '409')!.contents[0]!;
    expect(conflict.sharedSchemaAnchor).toBe('error-envelope');
    expect(conflict.examples.map((example) => example.name)).toEqual(['DuplicateEmail', 'IdempotencyKeyReused']);
    const created = createUser.responses.find((response) => response.status === '201')!.contents[0]!;
    expect(created.sharedSchemaAnchor).toBeUndefined();
    const token = model.operations.find((operation) => operation.operationId === 'issueToken')!;
    expect(token.responses.find((response) => response.status === '400')!.contents[0]!.sharedSchemaAnchor).toBe(
      'oauth-errors',
    );
  });
});

describe('repeats on one tag page', () => {
  it('show a schema table and an example set once, then point back to them', () => {
    const users = model.tags.find((tag) => tag.name === 'Users')!;
    const operation = (id: string) => users.operations.find((candidate) => candidate.operationId === id)!;
    const body = (id: string, status: string) =>
      operation(id).responses.find((response) => response.status === status)!.contents[0]!;

    expect(body('createUser', '201').schemaShownAt).toBeUndefined();
    expect(body('getUser', '200').schemaShownAt).toEqual({
      anchor: 'create-user-201',
      label: 'the 201 response of Invite a user',
    });
    expect(body('listUsers', '401').examplesShownAt).toBeUndefined();
    // A response shared by several operations (here 401) is shown once, then pointed to.
    const unauthorized = operation('updateUser').responses.find((response) => response.status === '401')!;
    expect(unauthorized.shownAt).toEqual({ anchor: 'list-users-401', label: 'the 401 response of List users' });
    // A response with examples of its own is shown in full.
    expect(body('updateUser', '400').examplesShownAt).toBeUndefined();
    expect(operation('createUser').responses.find((response) => response.status === '409')!.shownAt).toBeUndefined();
    // Different examples of the same schema are all shown.
    expect(body('updateUser', '200').examplesShownAt).toBeUndefined();
    // Each page starts afresh.
    const locks = model.tags.find((tag) => tag.name === 'Locks')!;
    expect(
      locks.operations[0]!.responses.find((response) => response.status === '401')!.contents[0]!.examplesShownAt,
    ).toBeUndefined();
  });
});

describe('standard headers', () => {
  it('marks the common /v1 headers so operation pages can name them briefly', () => {
    const listUsers = model.operations.find((operation) => operation.operationId === 'listUsers')!;
    const ok = listUsers.responses.find((response) => response.status === '200')!;
    expect(ok.headers.filter((header) => header.standard).map((header) => header.name)).toEqual([
      'X-RateLimit-Limit',
      'X-RateLimit-Remaining',
      'X-RateLimit-Reset',
      'X-Request-Id',
      'BlueRound-Version',
    ]);
    const limited = listUsers.responses.find((response) => response.status === '429')!;
    const remaining = limited.headers.find((header) => header.name === 'X-RateLimit-Remaining')!;
    expect(remaining.standard).toBeUndefined();
    expect(remaining.schema.description).toMatch(/Always 0/);
  });
});
