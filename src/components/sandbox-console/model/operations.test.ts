import { describe, expect, it } from 'vitest';
import { bundleSpec } from '../../../../openapi/bundled-spec.ts';
import { consoleOperations } from './operations.ts';

describe('consoleOperations', async () => {
  const operations = consoleOperations(await bundleSpec({ dereference: true }));

  it('offers every /v1 operation of the spec and nothing else', () => {
    expect(operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual(
      expect.arrayContaining(['GET /v1/me', 'GET /v1/users', 'POST /v1/users', 'DELETE /v1/locks/{id}']),
    );
    expect(operations.every((operation) => operation.path.startsWith('/v1/'))).toBe(true);
  });

  it('keeps path and query parameters with their examples, and the body example', () => {
    const create = operations.find((operation) => operation.id === 'createUser')!;
    expect(create.idempotent).toBe(true);
    expect(create.scopes).toEqual(['users:write']);
    expect(create.body?.required).toBe(true);
    const example = JSON.parse(create.body!.example) as Record<string, unknown>;
    expect(Object.keys(example).sort()).toEqual(['email', 'name', 'role']);

    const get = operations.find((operation) => operation.id === 'getUser')!;
    expect(get.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
    expect(get.parameters[0]!.example).toMatch(/^usr_/);

    const list = operations.find((operation) => operation.id === 'listUsers')!;
    expect(list.parameters.find((parameter) => parameter.name === 'status')?.values).toContain('pending_invite');
    expect(list.body).toBeNull();
  });
});

describe('consoleOperations and deprecation', async () => {
  const spec = await bundleSpec({ dereference: true });
  /* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- a PR-like edit of the untyped bundle. */
  const paths = spec['paths'] as any;
  paths['/v1/me'].get.deprecated = true;
  paths['/v1/me'].get['x-sunset'] = '2026-07-01';
  paths['/v1/users'].get.parameters[1].deprecated = true;
  /* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access */
  const operations = consoleOperations(spec);

  it('carries deprecated operations with their sunset, and deprecated parameters', () => {
    expect(operations.find((operation) => operation.id === 'getCurrentApplication')?.deprecation).toEqual({
      sunset: '2026-07-01',
    });
    expect(operations.find((operation) => operation.id === 'getUser')?.deprecation).toBeNull();
    const list = operations.find((operation) => operation.id === 'listUsers')!;
    expect(list.parameters.filter((parameter) => parameter.deprecated).map((parameter) => parameter.name)).toEqual([
      'cursor',
    ]);
  });
});
