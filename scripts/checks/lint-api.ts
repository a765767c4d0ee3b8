/**
 * Redocly lint of the OpenAPI spec with redocly.yaml. Telemetry off (it calls
 * home by default); in GitHub Actions the findings become annotations.
 */
import { spawnSync } from 'node:child_process';

// codeframe names file:line:col and shows the offending lines.
const format = process.env.GITHUB_ACTIONS ? 'github-actions' : 'codeframe';
const result = spawnSync(
  'redocly',
  ['lint', 'openapi/openapi.yaml', '--lint-config=error', `--format=${format}`, '--max-problems=1000'],
  { stdio: 'inherit', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
);
process.exit(result.status ?? 1);
