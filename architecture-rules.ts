/**
 * The parts of the repository and which may import which: the one table behind
 * the `boundaries/dependencies` lint rule (eslint.config.js), the check of
 * `.astro` imports and the diagram in ARCHITECTURE.md, which a test requires to
 * equal `architectureMermaid()` (tests/unit/architecture-rules.test.ts).
 */

/** Each part and its folder; `data` sits inside `src/` but is a leaf the build libraries read. */
export const parts = {
  src: 'src',
  data: 'src/data',
  lib: 'lib',
  client: 'client',
  sandbox: 'sandbox',
  openapi: 'openapi',
  policy: 'policy',
  scripts: 'scripts',
  tests: 'tests',
} as const;
export type Part = keyof typeof parts;
export const partNames = Object.keys(parts) as Part[];

/** The parts that hold code others build on; entry points and tests sit above them. */
const codeParts = ['src', 'data', 'lib', 'client', 'sandbox', 'openapi', 'policy'] as const satisfies readonly Part[];

/**
 * The parts each part may import besides itself. Nothing imports scripts/ or
 * tests/ except tests. Test files anywhere (`*.test.ts`) count as tests; root
 * config files (astro.config.mjs and the like) belong to no part and may import any.
 */
export const allowedImports: Record<Part, readonly Part[]> = {
  src: ['data', 'lib', 'client', 'sandbox', 'openapi', 'policy'],
  data: [],
  lib: ['data', 'openapi', 'policy'],
  client: ['openapi', 'policy'],
  sandbox: ['openapi', 'policy'],
  openapi: [],
  policy: [],
  scripts: codeParts,
  tests: [...codeParts, 'scripts'],
};

/** Files that count as tests wherever they sit. */
export const testFilePatterns = ['**/*.test.ts', '**/*.spec.ts'];

/** May code in `from` import code in `to`? */
export function mayImport(from: Part, to: Part): boolean {
  return from === to || allowedImports[from].includes(to);
}

/** Parts with the deepest folder first, so `src/data/x` is data, not src. */
export const partsByDepth = [...partNames].sort((a, b) => parts[b].length - parts[a].length);

/** The part a repository-relative path belongs to; undefined for root files. */
export function partOf(path: string): Part | undefined {
  return partsByDepth.find((part) => path.startsWith(`${parts[part]}/`));
}

// Folder names only: ARCHITECTURE.md's table says what each holds, and short boxes keep the diagram narrow.
const node = (part: Part) => `${part}["${parts[part]}/"]`;
const isCode = (part: Part) => (codeParts as readonly Part[]).includes(part);

/**
 * The table as a Mermaid flowchart: one edge per allowed direction, except that
 * a part allowed into every code part gets one edge to the box around them.
 */
export function architectureMermaid(): string {
  const outside = partNames.filter((part) => !isCode(part));
  const lines = ['flowchart TD', ...outside.map((part) => `  ${node(part)}`), '  subgraph code [" "]'];
  lines.push(...codeParts.map((part) => `    ${node(part)}`));
  for (const from of codeParts) lines.push(...allowedImports[from].map((to) => `    ${from} --> ${to}`));
  lines.push('  end');
  for (const from of outside) {
    const allowed = allowedImports[from];
    const toAllCode = codeParts.every((part) => allowed.includes(part));
    if (toAllCode) lines.push(`  ${from} --> code`);
    lines.push(...allowed.filter((to) => !toAllCode || !isCode(to)).map((to) => `  ${from} --> ${to}`));
  }
  return lines.join('\n');
}
