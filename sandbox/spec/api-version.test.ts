import { describe, expect, it } from 'vitest';
import { currentApiVersion } from '../../policy/policy.ts';
import { specApiVersion } from './routes.ts';

// Whether spec-runtime.js is current is `npm run generate -- --check`'s job (scripts/generated-files.ts).
describe('sandbox/generated/spec-runtime.js', () => {
  it('serves the API version policy/policy.ts names', () => {
    expect(specApiVersion).toBe(currentApiVersion);
  });
});
