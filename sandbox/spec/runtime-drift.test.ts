import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSandboxRuntime, sandboxRuntimePath } from '../../scripts/sandbox-runtime.ts';
import { currentApiVersion } from '../../policy/policy.ts';
import { specApiVersion } from './routes.ts';

describe('sandbox/generated/spec-runtime.js', () => {
  it('matches what the current spec generates (run `npm run generate:sandbox-runtime`)', async () => {
    expect(readFileSync(sandboxRuntimePath, 'utf8')).toBe(await generateSandboxRuntime());
  }, 60_000);

  it('serves the API version policy/policy.ts names', () => {
    expect(specApiVersion).toBe(currentApiVersion);
  });
});
