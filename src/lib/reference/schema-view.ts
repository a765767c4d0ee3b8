import type { Oas3_1Schema, Referenced } from '@redocly/openapi-core';
import { isRef, refName, type RefResolver } from '../../../openapi/refs.ts';

export type Schema = Oas3_1Schema;

/** One rule a value must follow; `values` are shown as code (enum members, patterns, defaults). */
export interface Constraint {
  label: string;
  values?: string[];
}

/** What a reader needs to know about one schema in one line of a table. */
export interface SchemaSummary {
  /** `string`, `integer`, `string | null`, `array of object`, … with the format in brackets. */
  type: string;
  /** Component name when the schema (or an array's items) is a `$ref`, e.g. `User`. */
  typeName?: string;
  constraints: Constraint[];
  /** Markdown. */
  description?: string;
}

/** One property of an object schema, flattened for a table; nested ones carry their parents' path. */
export interface PropertyRow extends SchemaSummary {
  name: string;
  /** Dotted path from the top, `[]` marking array items, e.g. `error.details[].field`. */
  path: string;
  /** 0 for top-level properties. */
  depth: number;
  required: boolean;
}

/** One alternative of a `oneOf`/`anyOf` schema. */
export interface SchemaVariant {
  /** `grant_type: client_credentials` for a discriminated union, else the title or component name. */
  label: string;
  view: SchemaView;
}

/** A request or response body, ready to render as a nested property table. */
export interface SchemaView {
  summary: SchemaSummary;
  rows: PropertyRow[];
  /** Non-empty for `oneOf`/`anyOf`: one table per alternative. */
  variants: SchemaVariant[];
  /** How the alternatives combine: "One of" (exactly one) or "Any of". */
  variantKind?: 'one of' | 'any of';
}

interface Resolved {
  schema: Schema;
  /** Component name when reached through a `$ref`. */
  name?: string;
}

/**
 * Resolves a schema or `$ref`. OpenAPI 3.1 allows keywords beside `$ref`
 * (usually a more specific `description`); those win over the target's.
 */
function resolveSchema(value: Referenced<Schema>, resolver: RefResolver): Resolved {
  if (!isRef(value)) return { schema: mergeAllOf(value, resolver) };
  const { $ref, ...siblings } = value as Schema & { $ref: string };
  const target = resolver.resolve<Schema>({ $ref });
  return { schema: mergeAllOf({ ...target, ...siblings }, resolver), name: refName($ref) };
}

/** `allOf` flattened into one object schema: properties and `required` are unions. */
function mergeAllOf(schema: Schema, resolver: RefResolver): Schema {
  if (!schema.allOf) return schema;
  const { allOf, ...own } = schema;
  // Parts first, in order, so the table reads like the schema; the schema's own keywords win.
  return [...allOf.map((part) => resolveSchema(part, resolver).schema), own].reduce((merged, part) => {
    const next: Schema = { ...merged, ...part };
    if (merged.properties || part.properties) next.properties = { ...merged.properties, ...part.properties };
    if (merged.required || part.required)
      next.required = [...new Set([...(merged.required ?? []), ...(part.required ?? [])])];
    return next;
  });
}

function schemaTypes(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  if (schema.properties) return ['object'];
  if (schema.items) return ['array'];
  const values = schema.enum ?? ('const' in schema ? [schema.const] : []);
  return [...new Set(values.map((value) => (value === null ? 'null' : typeof value)))];
}

function isObjectSchema(schema: Schema): boolean {
  return schemaTypes(schema).includes('object') || schema.properties !== undefined;
}

function itemsOf(schema: Schema): Referenced<Schema> | undefined {
  return typeof schema.items === 'object' ? schema.items : undefined;
}

/** A JSON value as a reader would type it: strings without quotes, the rest as JSON. */
function literal(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function rangeConstraint(min: number | undefined, max: number | undefined, noun?: string): Constraint | undefined {
  const unit = (count: number) => (noun ? plural(count, noun) : String(count));
  if (min !== undefined && max !== undefined) {
    return { label: min === max ? `exactly ${unit(min)}` : `${min} to ${noun ? plural(max, noun) : max}` };
  }
  if (min !== undefined) return { label: `at least ${unit(min)}` };
  if (max !== undefined) return { label: `at most ${unit(max)}` };
  return undefined;
}

function typeLabel(schema: Schema, resolver: RefResolver): string {
  const types = schemaTypes(schema);
  if (types.length === 0) {
    if (schema.oneOf) return 'one of';
    if (schema.anyOf) return 'any of';
    return 'any';
  }
  return types
    .map((type) => {
      if (type === 'array') {
        const items = itemsOf(schema);
        if (!items) return 'array';
        const resolvedItems = resolveSchema(items, resolver);
        return `array of ${typeLabel(resolvedItems.schema, resolver)}`;
      }
      return schema.format && type !== 'null' ? `${type} (${schema.format})` : type;
    })
    .join(' | ');
}

export function constraintsOf(schema: Schema, resolver: RefResolver): Constraint[] {
  const constraints: Constraint[] = [];
  const push = (constraint: Constraint | undefined) => {
    if (constraint) constraints.push(constraint);
  };
  if ('const' in schema) push({ label: 'always', values: [literal(schema.const)] });
  if (schema.enum) push({ label: 'one of', values: schema.enum.map(literal) });
  push(rangeConstraint(schema.minLength, schema.maxLength, 'character'));
  push(rangeConstraint(schema.minimum, schema.maximum));
  if (schema.exclusiveMinimum !== undefined) push({ label: `greater than ${schema.exclusiveMinimum}` });
  if (schema.exclusiveMaximum !== undefined) push({ label: `less than ${schema.exclusiveMaximum}` });
  if (schema.multipleOf !== undefined) push({ label: `multiple of ${schema.multipleOf}` });
  if (schema.pattern) push({ label: 'pattern', values: [schema.pattern] });
  push(rangeConstraint(schema.minItems, schema.maxItems, 'item'));
  if (schema.uniqueItems) push({ label: 'unique items' });
  push(rangeConstraint(schema.minProperties, schema.maxProperties, 'property'));
  if (schema.additionalProperties === false && isObjectSchema(schema)) push({ label: 'no other properties' });
  if ('default' in schema) push({ label: 'default', values: [literal(schema.default)] });
  if (schema.examples && schema.examples.length > 0) push({ label: 'examples', values: schema.examples.map(literal) });
  if (schema.readOnly) push({ label: 'read-only' });
  if (schema.writeOnly) push({ label: 'write-only' });
  if (schema.deprecated) push({ label: 'deprecated' });

  const items = itemsOf(schema);
  if (items) {
    const resolvedItems = resolveSchema(items, resolver).schema;
    if (!isObjectSchema(resolvedItems)) {
      for (const itemConstraint of constraintsOf(resolvedItems, resolver)) {
        constraints.push({ ...itemConstraint, label: `each item ${itemConstraint.label}` });
      }
    }
  }
  return constraints;
}

function summarize(resolved: Resolved, resolver: RefResolver, ownDescription?: string): SchemaSummary {
  const { schema, name } = resolved;
  const items = itemsOf(schema);
  // An array with no words of its own is described by its items (`data: User[]`).
  const description =
    ownDescription ?? schema.description ?? (items ? resolveSchema(items, resolver).schema.description : undefined);
  const typeName = name ?? (items && isRef(items) ? refName(items.$ref) : undefined);
  return {
    type: typeLabel(schema, resolver),
    ...(typeName !== undefined && { typeName }),
    constraints: constraintsOf(schema, resolver).filter((constraint) => !saidInDescription(constraint, description)),
    ...(description !== undefined && { description: description.trim() }),
  };
}

/** An enum whose description already explains every value (`admin` manages …) needs no second list. */
function saidInDescription(constraint: Constraint, description: string | undefined): boolean {
  if (constraint.label !== 'one of' || !description || !constraint.values) return false;
  return constraint.values.every((value) => description.includes(`\`${value}\``));
}

/**
 * Type, constraints and description of a parameter's or header's schema. The
 * parameter's own description, when it has one, replaces the schema's.
 */
export function summarizeSchema(
  value: Referenced<Schema>,
  resolver: RefResolver,
  ownDescription?: string,
): SchemaSummary {
  return summarize(resolveSchema(value, resolver), resolver, ownDescription);
}

function collectRows(
  schema: Schema,
  parentPath: string,
  depth: number,
  ancestors: ReadonlySet<string>,
  resolver: RefResolver,
  rows: PropertyRow[],
): void {
  const required = new Set(schema.required ?? []);
  for (const [name, value] of Object.entries(schema.properties ?? {})) {
    const resolved = resolveSchema(value, resolver);
    const path = parentPath ? `${parentPath}.${name}` : name;
    if (resolved.schema.oneOf || resolved.schema.anyOf) {
      throw new Error(`Property "${path}" is a oneOf/anyOf: the reference tables only expand those at the top.`);
    }
    rows.push({ name, path, depth, required: required.has(name), ...summarize(resolved, resolver) });
    expandChildren(resolved, path, depth + 1, ancestors, resolver, rows);
  }
}

/** Descends into an object, or into the objects of an array, unless that would loop. */
function expandChildren(
  resolved: Resolved,
  path: string,
  depth: number,
  ancestors: ReadonlySet<string>,
  resolver: RefResolver,
  rows: PropertyRow[],
): void {
  let target = resolved;
  let childPath = path;
  const items = itemsOf(resolved.schema);
  if (items) {
    target = resolveSchema(items, resolver);
    childPath = `${path}[]`;
  }
  if (!isObjectSchema(target.schema)) return;
  if (target.name && ancestors.has(target.name)) return;
  const nextAncestors = target.name ? new Set([...ancestors, target.name]) : ancestors;
  collectRows(target.schema, childPath, depth, nextAncestors, resolver, rows);
}

function variantLabel(option: Referenced<Schema>, index: number, parent: Schema, resolver: RefResolver): string {
  const mapping = parent.discriminator?.mapping ?? {};
  if (isRef(option)) {
    const key = Object.entries(mapping).find(([, target]) => refName(target) === refName(option.$ref))?.[0];
    if (key !== undefined && parent.discriminator) return `${parent.discriminator.propertyName}: ${key}`;
  }
  const resolved = resolveSchema(option, resolver);
  return resolved.schema.title ?? resolved.name ?? `Option ${index + 1}`;
}

/** A body schema as nested property rows, or one set of rows per `oneOf`/`anyOf` alternative. */
export function viewSchema(value: Referenced<Schema>, resolver: RefResolver): SchemaView {
  const resolved = resolveSchema(value, resolver);
  const { schema } = resolved;
  const alternatives = schema.oneOf ?? schema.anyOf;
  const rows: PropertyRow[] = [];
  const ancestors = new Set(resolved.name ? [resolved.name] : []);
  // The top schema itself is already in `ancestors`; expand it without its name so it is not mistaken for a loop.
  expandChildren({ schema }, '', 0, ancestors, resolver, rows);
  return {
    summary: summarize(resolved, resolver),
    rows,
    variants: (alternatives ?? []).map((option, index) => ({
      label: variantLabel(option, index, schema, resolver),
      view: viewSchema(option, resolver),
    })),
    ...(alternatives && { variantKind: schema.oneOf ? ('one of' as const) : ('any of' as const) }),
  };
}
