/**
 * The shape of the API reference: what the reference pages, the Markdown
 * twins, the Postman collection and the changelog read. build-model.ts fills
 * it from the bundled OpenAPI description.
 */
import type { HttpMethod } from '../../../openapi/http-methods.ts';
import type { SchemaSummary, SchemaView } from './schema-view.ts';

export interface ExampleModel {
  name: string;
  summary?: string;
  /** Markdown. */
  description?: string;
  /** The example as it goes over the wire: pretty JSON, or a form-encoded line. */
  code: string;
  lang: 'json' | 'text';
}

export interface MediaModel {
  mediaType: string;
  schema?: SchemaView;
  /**
   * Set when the body is one of the error envelopes the overview describes:
   * its anchor there. Operation pages link to it instead of repeating the table.
   */
  sharedSchemaAnchor?: string;
  /** Set when an earlier section of the same page shows this very schema: where to find its table. */
  schemaShownAt?: PageReference;
  examples: ExampleModel[];
  /** Set when an earlier section of the same page shows these very examples. */
  examplesShownAt?: PageReference;
}

/** A place earlier on the same tag page, so repeated tables and examples appear once per page. */
export interface PageReference {
  anchor: string;
  /** "the 401 response of List users" */
  label: string;
}

export interface ParameterModel {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  deprecated: boolean;
  /** Its description is the parameter's own, or its schema's. */
  schema: SchemaSummary;
  example?: string;
}

export interface HeaderModel {
  name: string;
  required: boolean;
  /** Its description is the header's own, or its schema's. */
  schema: SchemaSummary;
  example?: string;
  /**
   * Sent on every `/v1` response with the same meaning; operation pages name it
   * and the overview describes it once.
   */
  standard?: boolean;
}

export interface ResponseModel {
  /** `list-users-401`: the response's id on its tag page. */
  anchor: string;
  status: string;
  /** Reason phrase, e.g. "Created". */
  statusText: string;
  description: string;
  headers: HeaderModel[];
  contents: MediaModel[];
  /** Error codes (`/v1` and OAuth) this response can carry, from its description and examples. */
  errorCodes: string[];
  /**
   * Set when an earlier operation on the same tag page has this very response
   * (same status, headers and body: a shared component such as 429): it is
   * shown there in full.
   */
  shownAt?: PageReference;
}

export interface SecuritySchemeRequirement {
  scheme: string;
  scopes: string[];
}

/** One way to authenticate; an empty list means "no credentials". */
export type SecurityOption = SecuritySchemeRequirement[];

export interface OperationModel {
  operationId: string;
  anchor: string;
  method: HttpMethod;
  path: string;
  summary: string;
  description?: string;
  tagName: string;
  deprecated: boolean;
  /** `x-sunset` of a deprecated operation: the date after which it may stop working. */
  sunset?: string;
  servers: ServerModel[];
  /** Alternatives: any one of them authenticates the request. */
  security: SecurityOption[];
  /** OAuth scopes the access token needs (from every alternative). */
  scopes: string[];
  parameters: ParameterModel[];
  requestBody?: { required: boolean; description?: string; contents: MediaModel[] };
  responses: ResponseModel[];
}

export interface TagModel {
  name: string;
  slug: string;
  description?: string;
  operations: OperationModel[];
}

export interface ServerModel {
  url: string;
  description?: string;
}

export interface SecuritySchemeModel {
  name: string;
  type: string;
  description?: string;
  scheme?: string;
  flows: { kind: string; tokenUrl?: string; refreshUrl?: string; scopes: { name: string; description: string }[] }[];
}

export interface OperationLink {
  operationId: string;
  anchor: string;
  tagName: string;
  method: HttpMethod;
  path: string;
  summary: string;
  status: string;
}

export interface ErrorCodeModel {
  code: string;
  status: string;
  /** The operations and statuses whose description or examples name the code. */
  returnedBy: OperationLink[];
}

export interface HeaderUsageModel extends HeaderModel {
  /** Human-readable: "every `/v1` response" or the statuses that carry it. */
  appearsOn: string;
}

export interface ReferenceModel {
  title: string;
  version: string;
  summary?: string;
  description?: string;
  servers: ServerModel[];
  securitySchemes: SecuritySchemeModel[];
  tags: TagModel[];
  operations: OperationModel[];
  responseHeaders: HeaderUsageModel[];
  /** The `/v1` error envelope. */
  errorEnvelope: SchemaView;
  errorCodes: ErrorCodeModel[];
  /** The RFC 6749 error body of `/oauth/*`. */
  oauthErrorEnvelope: SchemaView;
  oauthErrorCodes: ErrorCodeModel[];
}

export function statusKind(status: string): 'success' | 'redirect' | 'client-error' | 'server-error' | 'other' {
  if (status.startsWith('2')) return 'success';
  if (status.startsWith('3')) return 'redirect';
  if (status.startsWith('4')) return 'client-error';
  if (status.startsWith('5')) return 'server-error';
  return 'other';
}
