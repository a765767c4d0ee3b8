/**
 * The one Ajv set-up for the spec's schemas. OpenAPI 3.1 schemas are JSON
 * Schema 2020-12 plus a few annotation keywords; strict mode stays on so a
 * typo in a schema keyword fails instead of being ignored. Ajv's own
 * `discriminator` support rejects `mapping`, so it is only an annotation here
 * (`oneOf` + `const` decide). Used by the response checker, the example tests
 * and the sandbox runtime generator.
 */
import Ajv2020, { type Options } from 'ajv/dist/2020.js';
import addFormats, { type FormatName } from 'ajv-formats';

export const annotationKeywords = ['example', 'discriminator', 'xml', 'externalDocs'];

export interface SpecAjvOptions {
  /** Ajv's code options, for the generator that compiles validators to standalone code. */
  code?: Options['code'];
  /** The formats to support; all of ajv-formats' when left out (the browser runtime takes only what the spec uses). */
  formats?: FormatName[];
}

export function createSpecAjv(options: SpecAjvOptions = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    ...(options.code ? { code: options.code } : {}),
  });
  ajv.addVocabulary(annotationKeywords);
  if (options.formats) addFormats(ajv, options.formats);
  else addFormats(ajv);
  return ajv;
}
