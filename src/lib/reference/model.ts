import { STATUS_CODES } from 'node:http';
import type {
  Oas3_1Definition,
  Oas3_1Schema,
  Oas3Example,
  Oas3Header,
  Oas3MediaType,
  Oas3Operation,
  Oas3Parameter,
  Oas3PathItem,
  Oas3Response,
  Oas3SecurityRequirement,
  Oas3SecurityScheme,
  Oas3Server,
  Referenced,
} from '@redocly/openapi-core';
import { errorStatusesOf } from '../../../openapi/error-statuses.ts';
import { httpMethods, type HttpMethod } from '../../../openapi/http-methods.ts';
import { createRefResolver, type RefResolver } from './refs.ts';
import { summarizeSchema, viewSchema, type SchemaSummary, type SchemaView } from './schema-view.ts';
import { operationAnchor, tagSlug } from './slugs.ts';

type Schema = Oas3_1Schema;
type Operation = Oas3Operation<Schema>;

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

/** `T` with its possibly-undefined properties made optional, the way `exactOptionalPropertyTypes` wants them. */
type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops undefined properties so the model carries only what the spec says. */
function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Compact<T>;
}

function exampleText(value: unknown, mediaType: string): Pick<ExampleModel, 'code' | 'lang'> {
  if (mediaType === 'application/x-www-form-urlencoded' && typeof value === 'object' && value !== null) {
    const form = new URLSearchParams();
    for (const [key, entry] of Object.entries(value)) form.append(key, String(entry));
    return { code: form.toString(), lang: 'text' };
  }
  return { code: JSON.stringify(value, null, 2), lang: 'json' };
}

function examplesOf(
  holder: { example?: unknown; examples?: Record<string, Referenced<Oas3Example>> },
  mediaType: string,
  resolver: RefResolver,
): ExampleModel[] {
  const examples: ExampleModel[] = Object.entries(holder.examples ?? {}).map(([name, raw]) => {
    const example = resolver.resolve(raw);
    return compact({
      name,
      summary: example.summary,
      description: example.description?.trim(),
      ...exampleText(example.value, mediaType),
    });
  });
  if ('example' in holder && holder.example !== undefined) {
    examples.unshift({ name: 'Example', ...exampleText(holder.example, mediaType) });
  }
  return examples;
}

/** Component schemas the overview describes in full, by the anchor of their section there. */
export const overviewSchemaAnchors: Readonly<Record<string, string>> = {
  Error: 'error-envelope',
  OAuthError: 'oauth-errors',
};

function mediaModels(content: Record<string, Oas3MediaType<Schema>> | undefined, resolver: RefResolver) {
  return Object.entries(content ?? {}).map(([mediaType, media]) => {
    const schema = media.schema ? viewSchema(media.schema, resolver) : undefined;
    const typeName = schema?.summary.typeName;
    return compact({
      mediaType,
      schema,
      sharedSchemaAnchor: typeName === undefined ? undefined : overviewSchemaAnchors[typeName],
      examples: examplesOf(media, mediaType, resolver),
    });
  });
}

function exampleLiteral(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function headerModel(name: string, raw: Referenced<Oas3Header<Schema>>, resolver: RefResolver): HeaderModel {
  const header = resolver.resolve(raw);
  if (!header.schema) throw new Error(`Header "${name}" has no schema.`);
  return compact({
    name,
    required: header.required ?? false,
    schema: summarizeSchema(header.schema, resolver, header.description?.trim()),
    example: exampleLiteral(header.example),
  });
}

function parameterModel(parameter: Oas3Parameter<Schema>, resolver: RefResolver): ParameterModel {
  if (!parameter.in) throw new Error(`Parameter "${parameter.name}" has no "in".`);
  if (!parameter.schema) throw new Error(`Parameter "${parameter.name}" has no schema.`);
  // `querystring` is an OpenAPI 3.2 location; this spec is 3.1, so meeting it means a mistake, not a feature to render.
  if (parameter.in === 'querystring')
    throw new Error(`Parameter "${parameter.name}" uses "in: querystring" (OpenAPI 3.2).`);
  return compact({
    name: parameter.name,
    in: parameter.in,
    required: parameter.required ?? parameter.in === 'path',
    deprecated: parameter.deprecated ?? false,
    schema: summarizeSchema(parameter.schema, resolver, parameter.description?.trim()),
    example: exampleLiteral(parameter.example),
  });
}

/** Path-level parameters apply unless the operation redefines the same name and location. */
function mergedParameters(pathItem: Oas3PathItem<Schema>, operation: Operation, resolver: RefResolver) {
  const own = (operation.parameters ?? []).map((raw) => resolver.resolve(raw));
  const inherited = (pathItem.parameters ?? [])
    .map((raw) => resolver.resolve(raw))
    .filter((parameter) => !own.some((mine) => mine.name === parameter.name && mine.in === parameter.in));
  const order = { path: 0, query: 1, header: 2, cookie: 3 };
  return [...inherited, ...own]
    .map((parameter) => parameterModel(parameter, resolver))
    .sort((a, b) => order[a.in] - order[b.in]);
}

function codesNamedIn(text: string, knownCodes: ReadonlySet<string>): string[] {
  return (text.match(/[A-Za-z_]+/g) ?? []).filter((word) => knownCodes.has(word));
}

/** Codes carried by example bodies: `error.code` of the `/v1` envelope, `error` of the OAuth one. */
function codesInExamples(contents: MediaModel[], knownCodes: ReadonlySet<string>): string[] {
  const codes: string[] = [];
  for (const media of contents) {
    for (const example of media.examples) {
      if (example.lang !== 'json') continue;
      const value: unknown = JSON.parse(example.code);
      const error = typeof value === 'object' && value !== null ? (value as { error?: unknown }).error : undefined;
      const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : error;
      if (typeof code === 'string' && knownCodes.has(code)) codes.push(code);
    }
  }
  return codes;
}

function responseModels(
  operation: Operation,
  operationId: string,
  knownCodes: ReadonlySet<string>,
  resolver: RefResolver,
) {
  return Object.entries(operation.responses).map(([status, raw]) => {
    const response = resolver.resolve<Oas3Response<Schema>>(raw);
    const description = (response.description ?? '').trim();
    const contents = mediaModels(response.content, resolver);
    const errorCodes = [
      ...new Set([...codesNamedIn(description, knownCodes), ...codesInExamples(contents, knownCodes)]),
    ];
    return {
      anchor: `${operationAnchor(operationId)}-${status}`,
      status,
      statusText: STATUS_CODES[Number(status)] ?? '',
      description,
      headers: Object.entries(response.headers ?? {}).map(([name, header]) => headerModel(name, header, resolver)),
      contents,
      errorCodes,
    };
  });
}

function securityOptions(requirements: Oas3SecurityRequirement[]): SecurityOption[] {
  return requirements.map((requirement) =>
    Object.entries(requirement).map(([scheme, scopes]) => ({ scheme, scopes: [...scopes] })),
  );
}

function securitySchemeModels(definition: Oas3_1Definition, resolver: RefResolver): SecuritySchemeModel[] {
  return Object.entries(definition.components?.securitySchemes ?? {}).map(([name, raw]) => {
    const scheme = resolver.resolve<Oas3SecurityScheme>(raw);
    const flowEntries = scheme.type === 'oauth2' ? Object.entries(scheme.flows) : [];
    const flows = flowEntries.flatMap(([kind, flow]) =>
      flow
        ? [
            compact({
              kind,
              tokenUrl: 'tokenUrl' in flow ? flow.tokenUrl : undefined,
              refreshUrl: flow.refreshUrl,
              scopes: Object.entries(flow.scopes).map(([scope, text]) => ({ name: scope, description: text })),
            }),
          ]
        : [],
    );
    const httpScheme = scheme.type === 'http' ? scheme.scheme : undefined;
    return compact({ name, type: scheme.type, description: scheme.description?.trim(), scheme: httpScheme, flows });
  });
}

function componentSchema(definition: Oas3_1Definition, name: string): Referenced<Schema> {
  if (!definition.components?.schemas?.[name]) {
    throw new Error(`The reference overview needs components.schemas.${name} in the OpenAPI description.`);
  }
  return { $ref: `#/components/schemas/${name}` };
}

function enumOfProperty(schema: Referenced<Schema>, path: string[], resolver: RefResolver): string[] {
  let current = resolver.resolve(schema);
  for (const key of path) {
    const next = current.properties?.[key];
    if (!next) throw new Error(`Schema has no property "${path.join('.')}".`);
    current = resolver.resolve(next);
  }
  if (!current.enum) throw new Error(`Property "${path.join('.')}" has no enum of codes.`);
  return current.enum.map(String);
}

function linksFor(code: string, operations: OperationModel[]): OperationLink[] {
  return operations.flatMap((operation) =>
    operation.responses
      .filter((response) => response.errorCodes.includes(code))
      .map((response) => ({
        operationId: operation.operationId,
        anchor: operation.anchor,
        tagName: operation.tagName,
        method: operation.method,
        path: operation.path,
        summary: operation.summary,
        status: response.status,
      })),
  );
}

/**
 * The same component schema or the same examples (shared error responses,
 * the User object) recur in many sections of one tag page. The first section
 * shows them; later ones point back, which keeps pages readable and light.
 */
function markRepeatsOnPage(tag: TagModel): void {
  const responses = new Map<string, PageReference>();
  const schemas = new Map<string, PageReference>();
  const exampleSets = new Map<string, PageReference>();
  for (const operation of tag.operations) {
    const shownResponses = operation.responses.filter((response) => {
      const key = JSON.stringify([response.status, response.description, response.headers, response.contents]);
      const shown = responses.get(key);
      if (shown) response.shownAt = shown;
      else
        responses.set(key, {
          anchor: response.anchor,
          label: `the ${response.status} response of ${operation.summary}`,
        });
      return !shown;
    });
    const places = [
      ...(operation.requestBody?.contents ?? []).map((media) => ({
        media,
        at: { anchor: `${operation.anchor}-request-body`, label: `the request body of ${operation.summary}` },
      })),
      ...shownResponses.flatMap((response) =>
        response.contents.map((media) => ({
          media,
          at: { anchor: response.anchor, label: `the ${response.status} response of ${operation.summary}` },
        })),
      ),
    ];
    for (const { media, at } of places) {
      const typeName = media.schema?.summary.typeName;
      if (typeName && !media.sharedSchemaAnchor && media.schema?.rows.length) {
        const shown = schemas.get(typeName);
        if (shown) media.schemaShownAt = shown;
        else schemas.set(typeName, at);
      }
      if (media.examples.length > 0) {
        const key = JSON.stringify([media.mediaType, media.examples]);
        const shown = exampleSets.get(key);
        if (shown) media.examplesShownAt = shown;
        else exampleSets.set(key, at);
      }
    }
  }
}

const everyV1Response = 'every `/v1` response';

function describeAppearance(statuses: Set<string>, onEveryV1Response: boolean): string {
  if (onEveryV1Response) return everyV1Response;
  const sorted = [...statuses].sort();
  return `${sorted.length === 1 ? 'status' : 'statuses'} ${sorted.join(', ')}`;
}

/** Every response header the API sends, with where it appears, for the overview. */
function responseHeaderIndex(operations: OperationModel[]): HeaderUsageModel[] {
  const usages = new Map<string, { variants: HeaderModel[]; statuses: Set<string>; v1Count: number }>();
  let v1Responses = 0;
  for (const operation of operations) {
    const isV1 = operation.path.startsWith('/v1/');
    for (const response of operation.responses) {
      if (isV1) v1Responses += 1;
      for (const header of response.headers) {
        const usage = usages.get(header.name) ?? { variants: [], statuses: new Set(), v1Count: 0 };
        usage.variants.push(header);
        usage.statuses.add(response.status);
        if (isV1) usage.v1Count += 1;
        usages.set(header.name, usage);
      }
    }
  }
  return [...usages.entries()].map(([, usage]) => {
    // Responses can override a header's words (429 says "always 0"); the common wording describes it best.
    const counts = new Map<string, number>();
    for (const variant of usage.variants) {
      const text = variant.schema.description ?? '';
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    const [commonDescription] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const representative = usage.variants.find((variant) => (variant.schema.description ?? '') === commonDescription)!;
    return { ...representative, appearsOn: describeAppearance(usage.statuses, usage.v1Count === v1Responses) };
  });
}

function markStandardHeaders(operations: OperationModel[], index: HeaderUsageModel[]): void {
  const standard = index.filter((header) => header.appearsOn === everyV1Response);
  for (const header of operations.flatMap((operation) => operation.responses.flatMap((response) => response.headers))) {
    const common = standard.find((candidate) => candidate.name === header.name);
    if (
      common &&
      common.schema.description === header.schema.description &&
      common.schema.type === header.schema.type
    ) {
      header.standard = true;
    }
  }
}

/** Everything the reference pages show, read from the bundled OpenAPI description. */
/** The `x-sunset` extension of an operation, when it is a string. */
function sunsetOf(operation: object): string | undefined {
  const sunset = (operation as Record<string, unknown>)['x-sunset'];
  return typeof sunset === 'string' ? sunset : undefined;
}

export function buildReferenceModel(definition: Oas3_1Definition): ReferenceModel {
  const resolver = createRefResolver(definition);

  const errorCodeNames = enumOfProperty(componentSchema(definition, 'Error'), ['error', 'code'], resolver);
  const oauthCodeNames = enumOfProperty(componentSchema(definition, 'OAuthError'), ['error'], resolver);
  const knownCodes = new Set([...errorCodeNames, ...oauthCodeNames]);

  const declaredTags = definition.tags ?? [];
  const tags: TagModel[] = declaredTags.map((tag) =>
    compact({ name: tag.name, slug: tagSlug(tag.name), description: tag.description?.trim(), operations: [] }),
  );
  const documentServers = definition.servers ?? [];
  const operations: OperationModel[] = [];

  for (const [path, rawPathItem] of Object.entries(definition.paths ?? {})) {
    const pathItem = resolver.resolve<Oas3PathItem<Schema>>(rawPathItem);
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (!operation.operationId) throw new Error(`${where} has no operationId.`);
      if (!operation.summary) throw new Error(`${where} has no summary.`);
      const tagName = operation.tags?.[0];
      const tag = tags.find((candidate) => candidate.name === tagName);
      if (!tag) throw new Error(`${where} has tag "${tagName ?? ''}", which is not declared in the top-level tags.`);

      const security = securityOptions(operation.security ?? definition.security ?? []);
      const servers: Oas3Server[] = operation.servers ?? pathItem.servers ?? documentServers;
      const requestBody = operation.requestBody ? resolver.resolve(operation.requestBody) : undefined;
      const model: OperationModel = compact({
        operationId: operation.operationId,
        anchor: operationAnchor(operation.operationId),
        method,
        path,
        summary: operation.summary,
        description: operation.description?.trim(),
        tagName: tag.name,
        deprecated: operation.deprecated ?? false,
        sunset: sunsetOf(operation),
        servers: servers.map((server) => compact({ url: server.url, description: server.description })),
        security,
        scopes: [...new Set(security.flat().flatMap((requirement) => requirement.scopes))],
        parameters: mergedParameters(pathItem, operation, resolver),
        requestBody: requestBody
          ? compact({
              required: requestBody.required ?? false,
              description: requestBody.description?.trim(),
              contents: mediaModels(requestBody.content, resolver),
            })
          : undefined,
        responses: responseModels(operation, operation.operationId, knownCodes, resolver),
      });
      tag.operations.push(model);
      operations.push(model);
    }
  }

  for (const tag of tags) markRepeatsOnPage(tag);

  const emptyTags = tags.filter((tag) => tag.operations.length === 0).map((tag) => tag.name);
  if (emptyTags.length > 0)
    throw new Error(`Declared tags without operations (no page to link): ${emptyTags.join(', ')}.`);

  const anchors = new Set<string>();
  for (const operation of operations) {
    if (anchors.has(operation.anchor)) throw new Error(`Two operations share the anchor "${operation.anchor}".`);
    anchors.add(operation.anchor);
  }

  const responseHeaders = responseHeaderIndex(operations);
  markStandardHeaders(operations, responseHeaders);

  const statuses = errorStatusesOf(definition);
  const oauthCodes = oauthCodeNames.map((code) => {
    const returnedBy = linksFor(code, operations);
    const codeStatuses = [...new Set(returnedBy.map((link) => link.status))].sort();
    return { code, status: codeStatuses.join(', '), returnedBy };
  });

  return compact({
    title: definition.info?.title ?? 'API',
    version: definition.info?.version ?? '',
    summary: (definition.info as { summary?: string } | undefined)?.summary?.trim(),
    description: definition.info?.description?.trim(),
    servers: documentServers.map((server) => compact({ url: server.url, description: server.description })),
    securitySchemes: securitySchemeModels(definition, resolver),
    tags,
    operations,
    responseHeaders,
    errorEnvelope: viewSchema(componentSchema(definition, 'Error'), resolver),
    errorCodes: errorCodeNames.map((code) => ({
      code,
      status: String(statuses[code]),
      returnedBy: linksFor(code, operations),
    })),
    oauthErrorEnvelope: viewSchema(componentSchema(definition, 'OAuthError'), resolver),
    oauthErrorCodes: oauthCodes,
  });
}

export function statusKind(status: string): 'success' | 'redirect' | 'client-error' | 'server-error' | 'other' {
  if (status.startsWith('2')) return 'success';
  if (status.startsWith('3')) return 'redirect';
  if (status.startsWith('4')) return 'client-error';
  if (status.startsWith('5')) return 'server-error';
  return 'other';
}
