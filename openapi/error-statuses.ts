/**
 * The HTTP status each `/v1` error code belongs to, kept once in the spec as
 * `components.x-error-statuses` (openapi/openapi.yaml). The sandbox runtime
 * and API types generators, the conformance checker and the reference page
 * all read it through this function, so a code without a status (or a status
 * for a code the ErrorCode enum lacks) fails each of them the same way.
 */
import { objectAt } from './spec-walk.ts';

const where = 'openapi/openapi.yaml: components.x-error-statuses';

/** `document`: the bundled spec, dereferenced or not (components.schemas.ErrorCode is read either way). */
export function errorStatusesOf(document: unknown): Record<string, number> {
  const components = objectAt(document, 'components');
  const errorCode = objectAt(objectAt(components, 'schemas'), 'ErrorCode');
  const codes = Array.isArray(errorCode['enum']) ? errorCode['enum'].map(String) : [];
  if (!('x-error-statuses' in components)) {
    throw new Error(`${where} is missing: add a map from each ErrorCode to its HTTP status.`);
  }
  const statuses = objectAt(components, 'x-error-statuses');
  const missing = codes.filter((code) => !(code in statuses));
  const unknown = Object.keys(statuses).filter((code) => !codes.includes(code));
  const invalid = Object.entries(statuses).filter(
    ([, status]) => typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599,
  );
  const problems = [
    missing.length > 0 ? `no status for ${missing.join(', ')}` : '',
    unknown.length > 0 ? `a status for ${unknown.join(', ')}, which the ErrorCode enum does not list` : '',
    invalid.length > 0 ? `a status that is not an HTTP error (400-599) for ${invalid.map(([c]) => c).join(', ')}` : '',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`${where} has ${problems.join('; ')}.`);
  // In enum order, so generated files list the codes as the spec does.
  return Object.fromEntries(codes.map((code) => [code, statuses[code] as number]));
}
