/**
 * Types of spec-runtime.js: the one declaration of its shape, which
 * scripts/sandbox-runtime.ts (the generator) and the sandbox both import.
 */

import type { ErrorStatuses } from '../../openapi/generated/api-types.ts';

export interface ParameterSpec {
  readonly name: string;
  readonly in: 'query' | 'header' | 'path';
  readonly required: boolean;
  readonly integer: boolean;
  /** The schema's `default`, used when the request leaves the parameter out. */
  readonly default: string | number | boolean | null;
}

export interface RouteSpec {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly auth: 'bearer' | 'client' | 'none';
  readonly scopes: readonly string[];
  readonly parameters: readonly ParameterSpec[];
  readonly body: { readonly required: boolean; readonly mediaTypes: readonly string[] } | null;
  readonly bodyValidator: string | null;
  readonly paramsValidator: string | null;
  readonly formFieldMaxLength: Readonly<Record<string, number>> | null;
  /** `deprecated: true` in the spec, with `x-deprecated-at` and `x-sunset` (YYYY-MM-DD). */
  readonly deprecation: { readonly since: string; readonly sunset: string } | null;
}

export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}

export declare const apiVersion: string;
export declare const sandboxOrigin: string;
export declare const routes: readonly RouteSpec[];
/** The HTTP status of each error code (`components.x-error-statuses` of the spec). */
export declare const errorStatuses: Readonly<ErrorStatuses>;
export declare const validators: Readonly<Record<string, CompiledValidator>>;
