/**
 * Fails when openapi/generated/api-types.ts differs from what the current spec
 * generates. Run: npm run check:api-types
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { apiTypesPath, generateApiTypes } from './api-types.ts';

const committedPath = relative(process.cwd(), apiTypesPath);
const tempDir = mkdtempSync(join(tmpdir(), 'blueround-api-types-'));
const freshPath = join(tempDir, 'api-types.ts');
writeFileSync(freshPath, await generateApiTypes());

const fresh = readFileSync(freshPath, 'utf8');
const committed = existsSync(apiTypesPath) ? readFileSync(apiTypesPath, 'utf8') : undefined;

if (committed === fresh) {
  rmSync(tempDir, { recursive: true, force: true });
  console.log(`${committedPath} matches openapi/.`);
} else {
  const freshLines = fresh.split('\n');
  const committedLines = committed?.split('\n') ?? [];
  const firstDifference = freshLines.findIndex((line, index) => line !== committedLines[index]);
  const line = firstDifference === -1 ? freshLines.length : firstDifference + 1;
  console.error(
    committed === undefined
      ? `${committedPath} is missing.`
      : `${committedPath} is out of date with openapi/ (first difference at line ${line}).`,
  );
  console.error('Run `npm run generate:api-types` and commit the result.');
  console.error(`Freshly generated file, to compare: diff -u ${committedPath} ${freshPath}`);
  process.exitCode = 1;
}
