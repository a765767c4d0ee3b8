/** Writes sandbox/generated/spec-runtime.js from the OpenAPI spec. Run: npm run generate:sandbox-runtime */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateSandboxRuntime, sandboxRuntimePath } from './sandbox-runtime.ts';

writeFileSync(sandboxRuntimePath, await generateSandboxRuntime());
console.log(`Wrote ${relative(process.cwd(), sandboxRuntimePath)}`);
