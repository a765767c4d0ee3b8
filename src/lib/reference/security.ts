/** Who may call: the security schemes of the document and the requirements of each operation. */
import type { Oas3_1Definition, Oas3SecurityRequirement, Oas3SecurityScheme } from '@redocly/openapi-core';
import { compact } from './compact.ts';
import type { SecurityOption, SecuritySchemeModel } from './model.ts';
import type { RefResolver } from '../../../openapi/refs.ts';

export function securityOptions(requirements: Oas3SecurityRequirement[]): SecurityOption[] {
  return requirements.map((requirement) =>
    Object.entries(requirement).map(([scheme, scopes]) => ({ scheme, scopes: [...scopes] })),
  );
}

export function securitySchemeModels(definition: Oas3_1Definition, resolver: RefResolver): SecuritySchemeModel[] {
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
