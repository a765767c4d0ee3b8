import type {
  Oas3_1Definition,
  Oas3_1Schema,
  Oas3Operation,
  Oas3Parameter,
  Oas3PathItem,
  Oas3Server,
} from '@redocly/openapi-core';
import { errorStatusesOf } from '../../../openapi/error-statuses.ts';
import { operations as specOperations } from '../../../openapi/operations.ts';
import { compact } from './compact.ts';
import { componentSchema, enumOfProperty, linksFor } from './error-codes.ts';
import { markStandardHeaders, responseHeaderIndex } from './header-index.ts';
import { mediaModels } from './media.ts';
import type { OperationModel, ReferenceModel, TagModel } from './model.ts';
import { parameterModels, responseModels } from './operation-parts.ts';
import { markRepeatsOnPage } from './page-repeats.ts';
import { createRefResolver, resolveAny } from '../../../openapi/refs.ts';
import { viewSchema } from './schema-view.ts';
import { securityOptions, securitySchemeModels } from './security.ts';
import { operationAnchor, tagSlug } from './slugs.ts';

type Schema = Oas3_1Schema;
type Operation = Oas3Operation<Schema>;

function sunsetOf(operation: object): string | undefined {
  const sunset = (operation as Record<string, unknown>)['x-sunset'];
  return typeof sunset === 'string' ? sunset : undefined;
}

/** Everything the reference pages show, read from the bundled OpenAPI description. */
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

  const walk = specOperations<Operation, Oas3Parameter<Schema>, Oas3PathItem<Schema>>(definition, resolveAny(resolver));
  for (const { path, method, pathItem, operation, parameters } of walk) {
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
      parameters: parameterModels(parameters, resolver),
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
