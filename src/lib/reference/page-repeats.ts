import type { PageReference, TagModel } from './model.ts';

/**
 * The same component schema or the same examples (shared error responses,
 * the User object) recur in many sections of one tag page. The first section
 * shows them; later ones point back, which keeps pages readable and light.
 */
export function markRepeatsOnPage(tag: TagModel): void {
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
