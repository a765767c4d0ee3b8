import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{scripts,sandbox,src,openapi,tests/unit,tests/checks,tests/samples}/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', 'tests/e2e/**', 'tests/a11y/**'],
  },
});
