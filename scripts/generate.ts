/**
 * Writes every generated file from its sources (scripts/generated-files.ts
 * lists them): `npm run generate`. With `--check` it writes nothing and fails
 * naming each file that is stale; `npm run lint` runs it that way.
 */
import { parseArgs } from 'node:util';
import { generate, generatedFiles } from './generated-files.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const { changed, report } = await generate(generatedFiles, process.cwd(), values.check);
for (const line of report) (values.check && changed.length > 0 ? console.error : console.log)(line);
if (values.check && changed.length > 0) process.exitCode = 1;
