import type { Oas3_1Definition } from '@redocly/openapi-core';
import { bundleSpec } from '../../../openapi/bundled-spec.ts';
import { buildReferenceModel } from './build-model.ts';
import type { ReferenceModel } from './model.ts';

/** The bundled description, typed: Redocly parsed and bundled an OpenAPI 3.1 root, so it has this shape. */
export async function loadSpecDefinition(): Promise<Oas3_1Definition> {
  return (await bundleSpec()) as unknown as Oas3_1Definition;
}

let model: Promise<ReferenceModel> | undefined;

/** The reference model, built once per build from the same bundle as /openapi.json. */
export function loadReferenceModel(): Promise<ReferenceModel> {
  model ??= loadSpecDefinition().then(buildReferenceModel);
  return model;
}
