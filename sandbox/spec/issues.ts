/**
 * Turns Ajv errors into the spec's `error.details`: one `{field, issue}` per
 * problem, `field` a dotted path (`statuses.0`) or a parameter/header name,
 * `issue` a short English sentence.
 */
import type { components } from '../../openapi/generated/api-types.ts';
import type { ValidationError } from '../generated/spec-runtime.js';

export type ErrorDetail = components['schemas']['ErrorDetail'];

const typeNames: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a JSON object',
  array: 'an array',
  null: 'null',
};

const formatNames: Record<string, string> = {
  email: 'an email address',
  'date-time': 'an RFC 3339 date-time',
};

function list(values: unknown): string {
  return Array.isArray(values) ? values.map(String).join(', ') : String(values);
}

function fieldOf(error: ValidationError, root: string): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const extra = error.params['missingProperty'] ?? error.params['additionalProperty'];
  if (typeof extra === 'string') path.push(extra);
  return path.length > 0 ? path.join('.') : root;
}

function issueOf(error: ValidationError): string {
  const { keyword, params } = error;
  const limit = params['limit'];
  switch (keyword) {
    case 'type':
      return `Must be ${list(params['type'])
        .split(', ')
        .map((name) => typeNames[name] ?? name)
        .join(' or ')}.`;
    case 'required':
      return 'Is required.';
    case 'additionalProperties':
      return 'Is not a known field.';
    case 'enum':
      return `Must be one of: ${list(params['allowedValues'])}.`;
    case 'const':
      return `Must be ${String(params['allowedValue'])}.`;
    case 'format':
      return `Must be ${formatNames[String(params['format'])] ?? `in the ${String(params['format'])} format`}.`;
    case 'pattern':
      return `Must match the pattern ${String(params['pattern'])}.`;
    case 'minimum':
      return `Must be ${String(limit)} or more.`;
    case 'maximum':
      return `Must be ${String(limit)} or less.`;
    case 'minLength':
      return limit === 1 ? 'Must not be empty.' : `Must be at least ${String(limit)} characters long.`;
    case 'maxLength':
      return `Must be at most ${String(limit)} characters long.`;
    case 'minItems':
      return `Must have at least ${String(limit)} item${limit === 1 ? '' : 's'}.`;
    case 'maxItems':
      return `Must have at most ${String(limit)} items.`;
    case 'minProperties':
      return `Must have at least ${String(limit)} field${limit === 1 ? '' : 's'}.`;
    default:
      return `Is invalid (${error.message ?? keyword}).`;
  }
}

/** `root` names the whole value when the problem is with it, such as a body that is not an object. */
export function detailsOf(errors: readonly ValidationError[] | null | undefined, root: string): ErrorDetail[] {
  return (errors ?? []).map((error) => ({ field: fieldOf(error, root), issue: issueOf(error) }));
}
