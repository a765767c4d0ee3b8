/** The reference model carries what the pages need to mark deprecated operations, parameters and properties. */
import { describe, expect, it } from 'vitest';
import { loadSpecDefinition } from './load.ts';
import { buildReferenceModel } from './build-model.ts';

describe('deprecation in the reference model', async () => {
  const spec = structuredClone(await loadSpecDefinition());
  /* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-explicit-any -- a PR-like edit of the typed bundle's extensions. */
  const me = (spec.paths!['/v1/me'] as any).get;
  me.deprecated = true;
  me['x-deprecated-at'] = '2026-01-15';
  me['x-sunset'] = '2026-07-01';
  /* eslint-enable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-explicit-any */
  const model = buildReferenceModel(spec);

  it('marks the deprecated operation with its sunset date and leaves the others alone', () => {
    const operation = model.operations.find((candidate) => candidate.operationId === 'getCurrentApplication')!;
    expect([operation.deprecated, operation.sunset]).toEqual([true, '2026-07-01']);
    const others = model.operations.filter((candidate) => candidate.operationId !== 'getCurrentApplication');
    expect(others.every((candidate) => !candidate.deprecated && candidate.sunset === undefined)).toBe(true);
  });
});
