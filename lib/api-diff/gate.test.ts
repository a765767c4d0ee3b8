/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call -- PR-like edits reach into the untyped bundled spec by path. */
/** The breaking-change gate on PR-like edits of the real spec. */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSpec } from '../../src/lib/bundled-spec.ts';
import type { ChangelogEntry } from '../../src/lib/api-changelog.ts';
import { currentApiVersion } from '../../policy/policy.ts';
import { classifyChanges } from './classify.ts';
import { evaluateGate, type GateInput } from './gate.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see the file comment.
type Spec = any;
let base: Spec;

beforeAll(async () => {
  base = await bundleSpec();
});

function edited(edit: (spec: Spec) => void): Spec {
  const copy: Spec = structuredClone(base);
  edit(copy);
  return copy;
}

function gate(after: Spec, extra: Partial<GateInput> = {}) {
  return evaluateGate({
    before: base,
    after,
    beforeChangelog: [],
    afterChangelog: [],
    acceptedVersion: currentApiVersion,
    ...extra,
  });
}

const entry = (fields: Partial<ChangelogEntry>): ChangelogEntry => ({
  date: '2026-12-02',
  version: '2025-06-01',
  kind: 'removed',
  title: 'A change',
  operations: [],
  migration: 'Do this instead.',
  line: 1,
  ...fields,
});

const removeUserName = (spec: Spec) => {
  delete spec.components.schemas.User.properties.name;
  spec.components.schemas.User.required = spec.components.schemas.User.required.filter((n: string) => n !== 'name');
};

describe('lint:api:diff gate', () => {
  it('passes the spec against itself', () => {
    const result = gate(base);
    expect(result.changes).toEqual([]);
    expect(result.failures).toEqual([]);
  });

  it('fails a removed response property, naming each operation and the property', () => {
    const { failures } = gate(edited(removeUserName));
    expect(failures.length).toBeGreaterThan(0);
    expect(failures).toContainEqual(
      expect.stringMatching(
        /^getUser \(GET \/v1\/users\/\{id\}\): removed property `name` of the 200 response body .*breaking change/,
      ),
    );
    for (const id of ['listUsers', 'createUser', 'updateUser', 'listEvents']) {
      expect(
        failures.some((failure) => failure.startsWith(`${id} `)),
        id,
      ).toBe(true);
    }
  });

  it('fails an optional request field made required, naming the operation and the field', () => {
    const { failures } = gate(edited((spec) => (spec.components.schemas.UpdateUserRequest.required = ['role'])));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^updateUser \(PATCH \/v1\/users\/\{id\}\): made "role" required in the request body/);
  });

  it('passes a new optional request field and a new response property', () => {
    const result = gate(
      edited((spec) => {
        spec.components.schemas.UpdateUserRequest.properties.nickname = { type: 'string', maxLength: 50 };
        spec.components.schemas.User.properties.nickname = { type: 'string' };
      }),
    );
    expect(result.failures).toEqual([]);
    expect(result.changes.filter((change) => change.severity === 'non-breaking').length).toBeGreaterThan(0);
  });

  it('fails a removed operation, a removed enum value, a narrowed type, a changed status and a new scope', () => {
    const after = edited((spec) => {
      delete spec.paths['/v1/locks/{id}'];
      spec.components.schemas.UserRole.enum.pop();
      spec.components.schemas.Lock.properties.expires_at.type = 'integer';
      spec.paths['/v1/events'].get.responses['201'] = spec.paths['/v1/events'].get.responses['200'];
      delete spec.paths['/v1/events'].get.responses['200'];
      spec.paths['/v1/me'].get.security = [{ oauth2: ['users:read'] }];
    });
    const failures = gate(after).failures.join('\n');
    expect(failures).toMatch(/^releaseLock \(DELETE \/v1\/locks\/\{id\}\): removed the operation/m);
    expect(failures).toMatch(/^createUser .*removed enum value "viewer" of `role` in the request body/m);
    expect(failures).toMatch(
      /^acquireLock .*changed `type` of `expires_at` in the 201 response body from "string" to "integer"/m,
    );
    expect(failures).toMatch(/^listEvents .*removed the 200 response/m);
    expect(failures).toMatch(/^getCurrentApplication .*security/m);
  });

  it('passes a breaking change shipped in a new dated version with a changelog entry and migration', () => {
    const after = edited((spec) => {
      removeUserName(spec);
      spec.info.version = '2025-06-01';
    });
    const operations = ['listUsers', 'createUser', 'getUser', 'updateUser', 'resendInvitation', 'listEvents'];
    const changelog = [entry({ operations, title: 'Removed `name` from users' })];
    expect(gate(after, { afterChangelog: changelog, acceptedVersion: '2025-06-01' }).failures).toEqual([]);
    // The sandbox must accept the new version …
    expect(gate(after, { afterChangelog: changelog }).failures.join()).toMatch(/currentApiVersion/);
    // … the entry must be new, for that version, and name every operation the change reaches.
    expect(gate(after, { acceptedVersion: '2025-06-01' }).failures.join()).toMatch(/without a new entry/);
    const partial = [entry({ operations: ['getUser'] })];
    const failures = gate(after, { afterChangelog: partial, acceptedVersion: '2025-06-01' }).failures;
    expect(failures.some((failure) => failure.startsWith('listUsers '))).toBe(true);
    expect(failures.some((failure) => failure.startsWith('getUser '))).toBe(false);
  });

  it('lets a fixed entry acknowledge a newly stated limit, but not a removal', () => {
    const limit = edited((spec) => (spec.components.parameters.UserId.schema.maxLength = 64));
    expect(gate(limit).failures.join()).toMatch(/^getUser .*maxLength/);
    const fixed = [
      entry({ kind: 'fixed', version: '2024-01-01', operations: ['getUser', 'updateUser', 'resendInvitation'] }),
    ];
    expect(gate(limit, { afterChangelog: fixed }).failures).toEqual([]);
    expect(gate(edited(removeUserName), { afterChangelog: fixed }).failures.length).toBeGreaterThan(0);
  });

  it('reports a deprecation without failing', () => {
    const changes = classifyChanges(
      base,
      edited((spec) => (spec.paths['/v1/me'].get.deprecated = true)),
    );
    expect(changes).toEqual([
      expect.objectContaining({ severity: 'deprecated', operations: ['getCurrentApplication'] }),
    ]);
  });
});
