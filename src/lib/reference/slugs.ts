/**
 * URL pieces of the API reference, shared by the static pages, the sidebar
 * and the API client script so that a link built in one place lands in the other.
 */

/** URL segment of a tag's page: "Sandbox controls" → "sandbox-controls". */
export function tagSlug(tagName: string): string {
  const slug = tagName
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') throw new Error(`Tag "${tagName}" has no letters or digits to build a URL from.`);
  return slug;
}

/** Anchor of an operation on its tag page: "createUser" → "create-user". */
export function operationAnchor(operationId: string): string {
  return operationId
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase();
}

/** Root-relative URL of a tag's page (the base path is added by the caller). */
export function tagPagePath(tagName: string): string {
  return `/reference/${tagSlug(tagName)}/`;
}

/** Root-relative URL of the API client page, opened on one operation. */
export function apiClientPath(operationId?: string): string {
  return operationId ? `/reference/try/?operation=${encodeURIComponent(operationId)}` : '/reference/try/';
}

/**
 * Scalar's hash for an operation once the client is configured with
 * `generateTagSlug: tagSlug` and `generateOperationSlug: operationId`
 * (see src/components/reference/api-client.ts).
 */
export function apiClientHash(tagName: string, operationId: string): string {
  return `tag/${tagSlug(tagName)}/${operationId}`;
}
