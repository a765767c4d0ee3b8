import { defineConfig } from 'vitest/config';

/**
 * Two projects with one naming rule. `*.int.test.ts` files start a browser, a
 * build, a child CLI or a server process, or run long fuzzing: they form the
 * `integration` project (`npm run test:integration`). Every other `*.test.ts`
 * is a unit test that runs in-process in a few seconds (`npm run test:unit`).
 */
const roots = '{scripts,lib,client,policy,sandbox,src,openapi,tests/unit,tests/checks,tests/samples}';
const exclude = ['**/node_modules/**', 'dist/**', 'tests/e2e/**', 'tests/a11y/**'];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [`${roots}/**/*.test.ts`],
          exclude: [...exclude, '**/*.int.test.ts'],
          // Unit files share most of their module graph (the spec, the sandbox, MSW): importing it
          // once per worker rather than once per file cuts the project's CPU time by about two
          // thirds. Files still get fresh mocks, stubbed globals and environment variables.
          isolate: false,
          restoreMocks: true,
          unstubGlobals: true,
          unstubEnvs: true,
        },
      },
      {
        extends: true,
        test: { name: 'integration', include: [`${roots}/**/*.int.test.ts`], exclude },
      },
    ],
  },
});
