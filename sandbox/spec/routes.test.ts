import { describe, expect, it } from 'vitest';
import { objectAt } from '../../openapi/spec-walk.ts';
import { bundleSpec } from '../../openapi/bundled-spec.ts';
import { integerDefault } from './routes.ts';

describe('integerDefault', () => {
  it("gives the lists' page size from the spec's Limit parameter", async () => {
    const limit = objectAt(objectAt(objectAt(await bundleSpec(), 'components'), 'parameters'), 'Limit');
    const specDefault = objectAt(limit, 'schema')['default'];
    expect(typeof specDefault).toBe('number');
    expect(integerDefault('listUsers', 'limit')).toBe(specDefault);
    expect(integerDefault('listEvents', 'limit')).toBe(specDefault);
  });

  it('names the operation and parameter when the spec gives no default', () => {
    expect(() => integerDefault('listUsers', 'cursor')).toThrow(/parameter "cursor" of listUsers/);
  });
});
