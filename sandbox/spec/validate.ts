/**
 * Request validation with the validators generated from the spec. Parameters
 * arrive as text; `integer` ones are converted first so `limit=abc` fails as
 * "must be an integer" instead of passing as a string.
 */
import { validators, type RouteSpec } from '../generated/spec-runtime.js';
import { detailsOf, type ErrorDetail } from './issues.ts';

export type ParamValues = Record<string, string | number>;

export interface ParamsOutcome {
  values: ParamValues;
  issues: ErrorDetail[];
}

/** Query and header parameters of `route`, read from the request and checked against the spec. */
export function checkParams(route: RouteSpec, url: URL, headers: Headers, validate: boolean): ParamsOutcome {
  const values: ParamValues = {};
  const issues: ErrorDetail[] = [];
  for (const parameter of route.parameters) {
    let raw: string | null = null;
    if (parameter.in === 'query') {
      const all = url.searchParams.getAll(parameter.name);
      if (all.length > 1) issues.push({ field: parameter.name, issue: 'Must be given once.' });
      raw = all[0] ?? null;
    } else if (parameter.in === 'header') {
      raw = headers.get(parameter.name);
    }
    if (raw === null) continue;
    values[parameter.name] = parameter.integer && /^-?\d+$/.test(raw) ? Number(raw) : raw;
  }
  const validator = route.paramsValidator ? validators[route.paramsValidator] : undefined;
  if (validate && validator && !validator(values)) issues.push(...detailsOf(validator.errors, 'parameters'));
  return { values, issues };
}

/** Problems with a parsed JSON body; none when the route has no JSON schema or validation is off. */
export function checkJsonBody(route: RouteSpec, body: unknown, validate: boolean): ErrorDetail[] {
  const validator = route.bodyValidator ? validators[route.bodyValidator] : undefined;
  if (!validate || !validator || validator(body)) return [];
  return detailsOf(validator.errors, 'body');
}
