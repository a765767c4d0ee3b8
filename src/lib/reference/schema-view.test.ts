import { describe, expect, it } from 'vitest';
import { createRefResolver } from '../../../openapi/refs.ts';
import { summarizeSchema, viewSchema, type Schema } from './schema-view.ts';

function documentWith(schemas: Record<string, Schema>) {
  return { openapi: '3.1.0', components: { schemas } };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const document = documentWith({
  Role: { type: 'string', description: 'What the user may do.', enum: ['admin', 'member'] },
  Status: { type: 'string', description: '`on`: running. `off`: stopped.', enum: ['on', 'off'] },
  User: {
    type: 'object',
    description: 'A person.',
    required: ['id', 'role'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', pattern: '^usr_[a-z0-9]+$', description: 'Unique ID.' },
      role: ref('Role'),
      invited_until: { type: ['string', 'null'], format: 'date-time' },
      manager: { ...ref('User'), description: 'Who manages this user.' },
    },
  },
  UserList: {
    type: 'object',
    required: ['data'],
    properties: {
      data: { type: 'array', items: ref('User') },
      limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
      tags: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'integer', enum: [500, 503] } },
    },
  },
  Basic: {
    type: 'object',
    required: ['kind'],
    properties: { kind: { type: 'string', const: 'basic' }, name: { type: 'string', minLength: 1, maxLength: 10 } },
  },
  Fancy: {
    type: 'object',
    title: 'Fancy request',
    properties: { kind: { type: 'string', const: 'fancy' } },
  },
  Request: {
    description: 'By kind.',
    oneOf: [ref('Basic'), ref('Fancy')],
    discriminator: { propertyName: 'kind', mapping: { basic: '#/components/schemas/Basic' } },
  },
  Combined: {
    allOf: [ref('Basic'), { type: 'object', required: ['extra'], properties: { extra: { type: 'boolean' } } }],
  },
  NestedUnion: {
    type: 'object',
    properties: { choice: { oneOf: [{ type: 'string' }, { type: 'integer' }] } },
  },
});

const resolver = createRefResolver(document);

describe('viewSchema', () => {
  it('flattens nested objects and arrays into rows with paths, depth and required flags', () => {
    const view = viewSchema(ref('UserList'), resolver);
    expect(view.rows.map((row) => [row.path, row.depth, row.required])).toEqual([
      ['data', 0, true],
      ['data[].id', 1, true],
      ['data[].role', 1, true],
      ['data[].invited_until', 1, false],
      ['data[].manager', 1, false],
      ['limit', 0, false],
      ['tags', 0, false],
    ]);
  });

  it('does not expand a schema inside itself', () => {
    const view = viewSchema(ref('User'), resolver);
    const manager = view.rows.find((row) => row.path === 'manager');
    expect(manager?.typeName).toBe('User');
    expect(view.rows.some((row) => row.path.startsWith('manager.'))).toBe(false);
  });

  it('prefers a description written next to a $ref, then the target, then the array items', () => {
    const user = viewSchema(ref('User'), resolver);
    expect(user.rows.find((row) => row.name === 'manager')?.description).toBe('Who manages this user.');
    expect(user.rows.find((row) => row.name === 'role')?.description).toBe('What the user may do.');
    const list = viewSchema(ref('UserList'), resolver);
    expect(list.rows.find((row) => row.name === 'data')?.description).toBe('A person.');
  });

  it('labels types with format, null and array items', () => {
    const list = viewSchema(ref('UserList'), resolver);
    expect(list.rows.find((row) => row.path === 'data')).toMatchObject({ type: 'array of object', typeName: 'User' });
    expect(list.rows.find((row) => row.path === 'data[].invited_until')?.type).toBe('string (date-time) | null');
    expect(list.rows.find((row) => row.path === 'tags')?.type).toBe('array of integer');
  });

  it('turns validation keywords into readable constraints', () => {
    const user = viewSchema(ref('User'), resolver);
    expect(user.summary.constraints).toEqual([{ label: 'no other properties' }]);
    expect(user.rows.find((row) => row.name === 'id')?.constraints).toEqual([
      { label: 'pattern', values: ['^usr_[a-z0-9]+$'] },
    ]);
    expect(user.rows.find((row) => row.name === 'role')?.constraints).toEqual([
      { label: 'one of', values: ['admin', 'member'] },
    ]);
    const list = viewSchema(ref('UserList'), resolver);
    expect(list.rows.find((row) => row.name === 'limit')?.constraints).toEqual([
      { label: '1 to 100' },
      { label: 'default', values: ['20'] },
    ]);
    expect(list.rows.find((row) => row.name === 'tags')?.constraints).toEqual([
      { label: 'at least 1 item' },
      { label: 'unique items' },
      { label: 'each item one of', values: ['500', '503'] },
    ]);
    const basic = viewSchema(ref('Basic'), resolver);
    expect(basic.rows.map((row) => row.constraints)).toEqual([
      [{ label: 'always', values: ['basic'] }],
      [{ label: '1 to 10 characters' }],
    ]);
  });

  it('gives each oneOf alternative its own table, labelled by discriminator value or title', () => {
    const view = viewSchema(ref('Request'), resolver);
    expect(view.variantKind).toBe('one of');
    expect(view.summary).toMatchObject({ type: 'one of', typeName: 'Request', description: 'By kind.' });
    expect(view.variants.map((variant) => variant.label)).toEqual(['kind: basic', 'Fancy request']);
    expect(view.variants[0]!.view.rows.map((row) => row.name)).toEqual(['kind', 'name']);
  });

  it('merges allOf parts into one table', () => {
    const view = viewSchema(ref('Combined'), resolver);
    expect(view.rows.map((row) => [row.name, row.required])).toEqual([
      ['kind', true],
      ['name', false],
      ['extra', true],
    ]);
  });

  it('fails instead of rendering a nested oneOf it cannot show', () => {
    expect(() => viewSchema(ref('NestedUnion'), resolver)).toThrow(/choice.*oneOf/);
  });
});

describe('summarizeSchema', () => {
  it('drops the enum list when the description already explains every value', () => {
    expect(summarizeSchema(ref('Status'), resolver).constraints).toEqual([]);
    expect(summarizeSchema(ref('Role'), resolver).constraints).toEqual([
      { label: 'one of', values: ['admin', 'member'] },
    ]);
  });

  it('describes a parameter schema in one line', () => {
    expect(summarizeSchema({ type: 'string', minLength: 1 }, resolver)).toEqual({
      type: 'string',
      constraints: [{ label: 'at least 1 character' }],
    });
    expect(summarizeSchema(ref('Role'), resolver)).toMatchObject({ type: 'string', typeName: 'Role' });
  });
});

describe('createRefResolver', () => {
  it('fails on references that leave the document or point nowhere', () => {
    expect(() => resolver.resolve({ $ref: 'other.yaml#/User' })).toThrow(/External reference/);
    expect(() => resolver.resolve(ref('Missing'))).toThrow(/points at nothing/);
  });
});
