/**
 * What the reference overview (src/pages/reference/index.astro) shows beyond
 * the model itself: the description split around the operation index, the
 * operations of each error family, the scopes once each, the example next to
 * the error envelope, and the page's headings (checked for duplicates).
 */
import type { RenderedMarkdown } from './markdown.ts';
import { overviewSchemaAnchors } from './media.ts';
import type { ExampleModel, OperationModel, ReferenceModel } from './model.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface Overview {
  /** The description's words before its first section: they introduce the API. */
  introHtml: string;
  /** The description's sections, shown after the operation index. */
  sectionsHtml: string;
  v1Operations: OperationModel[];
  oauthOperations: OperationModel[];
  scopes: { name: string; description: string }[];
  /** A real validation error, the one case with `details`: the envelope reads best next to it. */
  envelopeExample?: ExampleModel;
  /** Operation pages link error bodies to these two sections. */
  envelopeAnchor: string;
  oauthAnchor: string;
  headings: Heading[];
}

function anchorOf(schema: string): string {
  const anchor = overviewSchemaAnchors[schema];
  if (!anchor) throw new Error(`The reference overview has no section for the ${schema} schema.`);
  return anchor;
}

export function overviewOf(model: ReferenceModel, description: RenderedMarkdown): Overview {
  const firstSection = description.html.search(/<h2[\s>]/);
  const oauthScheme = model.securitySchemes.find((scheme) => scheme.type === 'oauth2');
  const scopes = (oauthScheme?.flows ?? []).flatMap((flow) => flow.scopes);
  const envelopeAnchor = anchorOf('Error');
  const oauthAnchor = anchorOf('OAuthError');
  const headings: Heading[] = [
    { depth: 2, slug: 'download-the-spec', text: 'Download the spec' },
    { depth: 2, slug: 'operations', text: 'Operations' },
    ...description.headings.filter((heading) => heading.depth === 2),
    { depth: 2, slug: 'authentication-schemes', text: 'Authentication schemes' },
    { depth: 2, slug: 'scopes', text: 'Scopes' },
    { depth: 2, slug: 'response-headers', text: 'Response headers' },
    { depth: 2, slug: envelopeAnchor, text: 'Error envelope' },
    { depth: 2, slug: 'error-codes', text: 'Error codes' },
    { depth: 2, slug: oauthAnchor, text: 'OAuth errors' },
  ];
  const duplicate = headings.find(
    (heading, index) => headings.findIndex((other) => other.slug === heading.slug) !== index,
  );
  if (duplicate)
    throw new Error(`The reference overview has two "#${duplicate.slug}" headings; rename one in the spec.`);

  const envelopeExample = model.operations
    .flatMap((operation) => operation.responses)
    .flatMap((response) => response.contents.flatMap((media) => media.examples))
    .find((example) => example.lang === 'json' && example.code.includes('"details"'));
  return {
    introHtml: firstSection === -1 ? description.html : description.html.slice(0, firstSection),
    sectionsHtml: firstSection === -1 ? '' : description.html.slice(firstSection),
    v1Operations: model.operations.filter((operation) => operation.path.startsWith('/v1/')),
    oauthOperations: model.operations.filter((operation) => operation.path.startsWith('/oauth/')),
    scopes: scopes.filter((scope, index) => scopes.findIndex((other) => other.name === scope.name) === index),
    ...(envelopeExample ? { envelopeExample } : {}),
    envelopeAnchor,
    oauthAnchor,
    headings,
  };
}

/** "OAuth 2.0", "HTTP Basic": a security scheme's type as a heading names it. */
export function schemeTitle(type: string, scheme: string | undefined): string {
  if (type === 'oauth2') return 'OAuth 2.0';
  if (type === 'http') return `HTTP ${scheme === 'basic' ? 'Basic' : (scheme ?? '')}`;
  return type;
}
