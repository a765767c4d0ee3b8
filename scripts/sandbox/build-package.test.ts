import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { packageName, packageProblems, packageRoots } from './build-package.ts';

function metafile(inputs: Record<string, { path: string; external?: boolean }[]>): Metafile {
  return {
    inputs: Object.fromEntries(
      Object.entries(inputs).map(([input, imports]) => [
        input,
        { bytes: 1, imports: imports.map((entry) => ({ kind: 'import-statement' as const, ...entry })) },
      ]),
    ),
    outputs: {},
  };
}

describe('the sandbox package stays standalone', () => {
  it('names packages from import specifiers', () => {
    expect(packageName('msw')).toBe('msw');
    expect(packageName('msw/node')).toBe('msw');
    expect(packageName('@mswjs/interceptors/fetch')).toBe('@mswjs/interceptors');
  });

  it('accepts sandbox sources importing node built-ins and declared packages', () => {
    const meta = metafile({
      'sandbox/server.ts': [
        { path: 'node:http', external: true },
        { path: 'msw', external: true },
        { path: 'policy/policy.ts' },
      ],
      'policy/policy.ts': [],
    });
    expect(packageProblems(meta, packageRoots, ['msw'])).toEqual([]);
  });

  it("reports the site's code and undeclared packages, naming the importing file", () => {
    const meta = metafile({
      'sandbox/server.ts': [{ path: 'yaml', external: true }],
      'src/lib/reference/load.ts': [],
    });
    expect(packageProblems(meta, packageRoots, ['msw'])).toEqual([
      "src/lib/reference/load.ts is outside sandbox/ and policy/: the package must not depend on the site's code",
      'sandbox/server.ts imports yaml, which sandbox/package.json does not list in dependencies',
    ]);
  });
});
