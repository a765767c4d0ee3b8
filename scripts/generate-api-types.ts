/** Writes openapi/generated/api-types.ts from the OpenAPI spec. Run: npm run generate:api-types */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { apiTypesPath, generateApiTypes } from './api-types.ts';

const source = await generateApiTypes();
mkdirSync(dirname(apiTypesPath), { recursive: true });
writeFileSync(apiTypesPath, source);
console.log(`Wrote ${relative(process.cwd(), apiTypesPath)}`);
