import { describe, expect, it } from 'vitest';
import { bundleSpec } from './bundled-spec.ts';
import { createRefResolver, resolveAny } from './refs.ts';
import { operations } from './operations.ts';

const version = { name: 'BlueRound-Version', in: 'header', required: false, schema: { type: 'string' } };
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

describe('operations', () => {
  it('lists paths in spec order and methods in httpMethods order', () => {
    const document = {
      paths: {
        '/b': { delete: {}, get: {}, post: {}, parameters: [] },
        '/a': { patch: {}, put: {}, summary: 'not an operation' },
      },
    };
    expect(operations(document).map(({ method, path }) => `${method} ${path}`)).toEqual([
      'get /b',
      'post /b',
      'delete /b',
      'put /a',
      'patch /a',
    ]);
  });

  it('gives every operation the path-level parameters, then its own', () => {
    const limit = { name: 'limit', in: 'query', schema: { type: 'integer' } };
    const [get, post] = operations({
      paths: { '/x/{id}': { parameters: [id, version], get: { parameters: [limit] }, post: {} } },
    });
    expect(get?.parameters).toEqual([id, version, limit]);
    expect(post?.parameters).toEqual([id, version]);
  });

  it('lets an operation redefine a path-level parameter with the same name and in (OpenAPI 3.1 §4.8.10)', () => {
    const requiredVersion = { ...version, required: true, description: 'This one needs it.' };
    const [get, post] = operations({
      paths: { '/x/{id}': { parameters: [id, version], get: { parameters: [requiredVersion] }, post: {} } },
    });
    expect(get?.parameters).toEqual([id, requiredVersion]);
    expect(post?.parameters).toEqual([id, version]);
  });

  it('keeps a path-level parameter whose name matches but whose location differs', () => {
    const idQuery = { name: 'id', in: 'query', schema: { type: 'string' } };
    const [get] = operations({ paths: { '/x/{id}': { parameters: [id], get: { parameters: [idQuery] } } } });
    expect(get?.parameters).toEqual([id, idQuery]);
  });

  it('follows $refs with a resolver, and compares the parameters they point at', () => {
    const document = {
      components: { parameters: { Version: version } },
      paths: {
        '/x': {
          parameters: [{ $ref: '#/components/parameters/Version' }],
          get: { parameters: [{ ...version, deprecated: true }] },
        },
      },
    };
    const [get] = operations(document, resolveAny(createRefResolver(document)));
    expect(get?.parameters).toEqual([{ ...version, deprecated: true }]);
  });

  it('refuses a $ref without a resolver instead of comparing references by name', () => {
    const document = { paths: { '/x': { parameters: [{ $ref: '#/components/parameters/Version' }], get: {} } } };
    expect(() => operations(document)).toThrow(/\$ref: #\/components\/parameters\/Version.*dereference/);
  });

  it('walks the bundled spec: every operation has an operationId, and the version header once', async () => {
    const walked = operations(await bundleSpec({ dereference: true }));
    expect(walked.length).toBeGreaterThan(10);
    for (const { method, path, operation, parameters } of walked) {
      expect(operation['operationId'], `${method} ${path}`).toEqual(expect.any(String));
      const keys = parameters.map((parameter) => `${String(parameter['in'])}:${String(parameter['name'])}`);
      expect(new Set(keys).size, `${method} ${path}: ${keys.join(', ')}`).toBe(keys.length);
    }
  });
});
