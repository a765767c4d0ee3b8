/**
 * How a resource module implements one operation of the spec. Types come from
 * the generated OpenAPI types, so a spec change that breaks an implementation
 * (a renamed operation, a new required field, a status the operation no longer
 * documents) is a type error here.
 */
import type { ErrorStatuses, operations } from '../../openapi/generated/api-types.ts';
import { errorStatuses } from '../generated/spec-runtime.js';
import type { OperationId } from '../spec/routes.ts';
import type { App } from '../state/apps.ts';
import type { SandboxState, Scope, TokenRecord } from '../state/types.ts';
import { envelope, type ErrorBody, type ErrorCode } from './reply.ts';
import type { ErrorDetail } from '../spec/issues.ts';
import type { ParamValues } from '../spec/validate.ts';

type Responses<Id extends OperationId> = operations[Id]['responses'];

type BodyOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : undefined;

/** Any response the spec documents for operation `Id`, with its body type. */
export type OpResponse<Id extends OperationId> = {
  [Status in keyof Responses<Id>]: {
    status: Status;
    body: BodyOf<Responses<Id>[Status]>;
    headers?: Record<string, string>;
  };
}[keyof Responses<Id>];

export type JsonBodyOf<Id extends OperationId> = operations[Id] extends {
  requestBody: { content: { 'application/json': infer Body } };
}
  ? Body
  : undefined;

export type QueryOf<Id extends OperationId> = NonNullable<operations[Id]['parameters']['query']>;

export interface ErrorResponse<Code extends ErrorCode> {
  status: ErrorStatuses[Code];
  body: ErrorBody;
}

interface BaseContext<Id extends OperationId> {
  requestId: string;
  /** Virtual time in ms. */
  now: number;
  pathParams: Record<string, string>;
  query: QueryOf<Id>;
  headers: Headers;
  /** Builds the `/v1` error envelope for this request. */
  error<Code extends ErrorCode>(code: Code, message: string, details?: ErrorDetail[]): ErrorResponse<Code>;
}

export interface ApiContext<Id extends OperationId> extends BaseContext<Id> {
  app: App;
  token: TokenRecord;
  scopes: readonly Scope[];
  apiVersion: string;
  body: JsonBodyOf<Id>;
}

export interface ControlContext<Id extends OperationId> extends BaseContext<Id> {
  body: JsonBodyOf<Id>;
  realNow: () => number;
}

export interface OAuthContext<Id extends OperationId> extends BaseContext<Id> {
  /** The form body, or why there is none (wrong media type, empty, not UTF-8). */
  form: URLSearchParams | { problem: string };
}

export interface Outcome<Id extends OperationId> {
  /** The state to commit; omit when nothing changed. */
  state?: SandboxState;
  response: OpResponse<Id>;
}

/** What the pipeline sees of any operation's outcome once the per-operation types are checked. */
export interface ErasedOutcome {
  state?: SandboxState;
  response: { status: number; body: unknown; headers?: Record<string, string> };
}

/**
 * A context as the pipeline builds it, for any operation: the query is the
 * parameters read and checked against the operation's spec, the body the
 * parsed and checked JSON. Each operation reads them with its own types; the
 * casts in apiOperation() and its siblings rest on those checks.
 */
export type PipelineContext<Context> = Omit<Context, 'query' | 'body'> & {
  query: ParamValues;
} & ('body' extends keyof Context ? { body: unknown } : unknown);

export type ApiRun = (context: PipelineContext<ApiContext<OperationId>>, state: SandboxState) => ErasedOutcome;
export type ControlRun = (context: PipelineContext<ControlContext<OperationId>>, state: SandboxState) => ErasedOutcome;
export type OAuthRun = (context: PipelineContext<OAuthContext<OperationId>>, state: SandboxState) => ErasedOutcome;

export type OperationDefinition =
  | { kind: 'api'; operationId: OperationId; run: ApiRun }
  | { kind: 'control'; operationId: OperationId; run: ControlRun }
  | { kind: 'oauth'; operationId: OperationId; run: OAuthRun };

export function apiOperation<Id extends OperationId>(
  operationId: Id,
  run: (context: ApiContext<Id>, state: SandboxState) => Outcome<Id>,
): OperationDefinition {
  return { kind: 'api', operationId, run: run as unknown as ApiRun };
}

export function controlOperation<Id extends OperationId>(
  operationId: Id,
  run: (context: ControlContext<Id>, state: SandboxState) => Outcome<Id>,
): OperationDefinition {
  return {
    kind: 'control',
    operationId,
    run: run as unknown as ControlRun,
  };
}

export function oauthOperation<Id extends OperationId>(
  operationId: Id,
  run: (context: OAuthContext<Id>, state: SandboxState) => Outcome<Id>,
): OperationDefinition {
  return {
    kind: 'oauth',
    operationId,
    run: run as unknown as OAuthRun,
  };
}

export function errorFactory(requestId: string): BaseContext<OperationId>['error'] {
  return (code, message, details) => ({
    status: errorStatuses[code],
    body: envelope(code, message, requestId, details),
  });
}

/** A response with its status kept as a literal, so it is checked against the statuses the spec documents. */
export function respond<const Status extends number>(status: Status): { status: Status; body: undefined };
export function respond<const Status extends number, Body>(
  status: Status,
  body: Body,
  headers?: Record<string, string>,
): { status: Status; body: Body; headers?: Record<string, string> };
export function respond(status: number, body?: unknown, headers?: Record<string, string>) {
  return { status, body, ...(headers ? { headers } : {}) };
}
