import { bundleSpec } from '../bundled-spec.ts';
import { buildReferenceModel, type ReferenceModel } from './model.ts';

let model: Promise<ReferenceModel> | undefined;

/** The reference model, built once per build from the same bundle as /openapi.json. */
export function loadReferenceModel(): Promise<ReferenceModel> {
  model ??= bundleSpec().then(buildReferenceModel);
  return model;
}
