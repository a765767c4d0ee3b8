/**
 * Every difference between two bundled OpenAPI 3.1 documents, per operation,
 * classified breaking or not. api-smart-diff does the structural diff and the
 * first classification (removed operation, parameter, property or enum value,
 * new required request field, narrowed constraint, removed status); the rules
 * below correct the cases it gets wrong for this contract, found by testing it
 * on our spec: a changed `type` is breaking in either direction, and an added
 * scope (or a removed alternative) in `security` changes who may call.
 */
import { apiCompare, type Diff } from 'api-smart-diff';
import { httpMethods } from '../../openapi/http-methods.ts';
import { describeChange } from './describe.ts';

export type Severity = 'breaking' | 'non-breaking' | 'deprecated' | 'annotation' | 'unclassified';

export interface ClassifiedChange {
  severity: Severity;
  /** operationIds the change touches (all of them for a root-level change such as `security`). */
  operations: string[];
  /** `GET /v1/users`, or `(every operation)`. */
  where: string;
  /** What changed, in words, with the place in the operation. */
  description: string;
  /** An added or tightened limit (`maxLength`, `maximum`, `pattern`…) rather than a removal or a type change. */
  narrowing: boolean;
}

type JsonObject = Record<string, unknown>;

const limitKeywords = [
  'maxLength',
  'minLength',
  'maximum',
  'minimum',
  'exclusiveMaximum',
  'exclusiveMinimum',
  'maxItems',
  'minItems',
  'maxProperties',
  'minProperties',
  'pattern',
];

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function child(value: unknown, key: string | number): unknown {
  return isObject(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[key] : undefined;
}

function operationIdAt(document: unknown, path: string, method: string): string | undefined {
  const id = child(child(child(document, 'paths'), path), method);
  const operationId = child(id, 'operationId');
  return typeof operationId === 'string' ? operationId : undefined;
}

/** A parameter's name, following one internal `$ref` as bundles keep them. */
function parameterNameAt(document: unknown, pathKey: string, method: string, index: number): string | undefined {
  let parameter = child(child(child(child(child(document, 'paths'), pathKey), method), 'parameters'), index);
  const ref = child(parameter, '$ref');
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    parameter = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => child(node, key.replace(/~1/g, '/').replace(/~0/g, '~')), document);
  }
  const name = child(parameter, 'name');
  return typeof name === 'string' ? name : undefined;
}

function operationsOfPath(document: unknown, path: string): string[] {
  const item = child(child(document, 'paths'), path);
  return httpMethods
    .map((method) => operationIdAt(document, path, method))
    .filter((id) => id !== undefined && isObject(item)) as string[];
}

function allOperations(document: unknown): string[] {
  const paths = child(document, 'paths');
  return isObject(paths) ? Object.keys(paths).flatMap((path) => operationsOfPath(document, path)) : [];
}

/** The severity api-smart-diff should have given, where its own is wrong for this contract. */
function corrected(diff: Diff, securityAt: number): Diff['type'] {
  const { path, action } = diff;
  const last = path.at(-1);
  // Examples illustrate; they never change what a client may send or receive.
  if (path.includes('example') || path.includes('examples')) return 'annotation';
  if (last === 'type' && action === 'replace') return 'breaking';
  if (securityAt >= 0) {
    const depth = path.length - securityAt;
    // security: [ {scheme: [scope…]} … ] — depth 1 is the list, 2 one requirement, 4 one scope of it.
    if (depth === 1) return 'breaking';
    if (depth === 2) return action === 'add' ? 'non-breaking' : 'breaking';
    if (depth >= 3) return action === 'remove' ? 'non-breaking' : 'breaking';
  }
  return diff.type;
}

function pointer(path: readonly (string | number)[]): string {
  return path.map((part) => String(part)).join('.');
}

export function classifyChanges(before: unknown, after: unknown): ClassifiedChange[] {
  const { diffs } = apiCompare(before, after);
  const changes: ClassifiedChange[] = [];
  for (const diff of diffs) {
    const [root, pathKey, method] = diff.path;
    let operations: string[];
    let where: string;
    let rest: (string | number)[];
    let securityAt = -1;
    if (root === 'paths' && typeof pathKey === 'string') {
      if (typeof method === 'string' && (httpMethods as readonly string[]).includes(method)) {
        const id = operationIdAt(after, pathKey, method) ?? operationIdAt(before, pathKey, method);
        operations = id ? [id] : [];
        where = `${method.toUpperCase()} ${pathKey}`;
        rest = diff.path.slice(3);
        if (rest[0] === 'security') securityAt = 3;
      } else {
        // A change to the path item itself (its parameters, or the whole path) reaches each operation under it.
        operations = [...new Set([...operationsOfPath(before, pathKey), ...operationsOfPath(after, pathKey)])];
        where = pathKey;
        rest = diff.path.slice(2);
      }
    } else if (root === 'security') {
      operations = allOperations(after);
      where = '(every operation without its own security)';
      rest = diff.path;
      securityAt = 0;
    } else {
      // Components are reported where operations use them; info, tags and servers are documentation.
      continue;
    }
    const severity = corrected(diff, securityAt);
    const last = diff.path.at(-1);
    const verb = typeof method === 'string' ? method : '';
    const key = typeof pathKey === 'string' ? pathKey : '';
    const parameterName = (index: number) =>
      parameterNameAt(diff.action === 'add' ? after : before, key, verb, index) ??
      parameterNameAt(diff.action === 'add' ? before : after, key, verb, index);
    const text = describeChange(diff.action, rest, diff.before, diff.after, parameterName);
    changes.push({
      severity,
      operations,
      where,
      description: rest.length > 0 ? `${text} (at ${pointer(rest)})` : text,
      narrowing: severity === 'breaking' && typeof last === 'string' && limitKeywords.includes(last),
    });
  }
  return changes;
}
