/**
 * TypeScript types for the BlueRound API, generated from openapi/ with
 * openapi-typescript. One of the files `npm run generate` writes and
 * `npm run generate -- --check` checks (scripts/generated-files.ts).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { bundleSpec, specRootPath } from '../openapi/bundled-spec.ts';
import { errorStatusesOf } from '../openapi/error-statuses.ts';

export const apiTypesPath = resolve(process.cwd(), 'openapi/generated/api-types.ts');

const header = `/**
 * BlueRound API types, generated from openapi/openapi.yaml by openapi-typescript.
 * Do not edit: change the spec, then run \`npm run generate\` and commit.
 * \`npm run generate -- --check\` (in \`npm run lint\`) fails when this file no longer matches the spec.
 */

`;

export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(pathToFileURL(specRootPath));
  // Formatted like the rest of the repository, so Prettier checks leave the generated file alone.
  const prettierOptions = (await resolveConfig(apiTypesPath)) ?? {};
  return format(header + astToString(ast) + (await errorStatusesType()), {
    ...prettierOptions,
    filepath: apiTypesPath,
  });
}

/**
 * openapi-typescript ignores `x-` extensions, so the spec's
 * `components.x-error-statuses` map is added as a type of its own: with literal statuses, an
 * operation answering an error code is checked against the statuses it documents.
 */
async function errorStatusesType(): Promise<string> {
  const rows = Object.entries(errorStatusesOf(await bundleSpec())).map(([code, status]) => `  ${code}: ${status};`);
  return `\n/** The HTTP status of each error code: \`components.x-error-statuses\` of the spec. */\nexport interface ErrorStatuses {\n${rows.join('\n')}\n}\n`;
}
