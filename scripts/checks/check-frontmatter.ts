/**
 * Validates every page's frontmatter against the site schema before the build,
 * and names the file AND line of each bad field (Astro's own error names the
 * field but not the line). Run: npm run lint:frontmatter
 */
import { globSync, readFileSync } from 'node:fs';
import { isMap, parseDocument, type Node } from 'yaml';
import { pageFrontmatter } from '../../src/page-frontmatter.ts';

export interface FrontmatterProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

export function checkFrontmatter(file: string, text = readFileSync(file, 'utf8')): FrontmatterProblem[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return [{ file, line: 1, field: '(frontmatter)', message: 'missing frontmatter block' }];
  const yamlStart = match[0].indexOf('\n') + 1;
  const document = parseDocument(match[1]!);
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      file,
      line: lineAt(text, yamlStart + (error.pos[0] ?? 0)),
      field: '(yaml)',
      message: error.message.split('\n')[0]!,
    }));
  }
  const data: unknown = document.toJS();
  const problems: FrontmatterProblem[] = [];
  if (!isMap(document.contents) || typeof (data as { title?: unknown }).title !== 'string') {
    problems.push({ file, line: 2, field: 'title', message: 'every page needs a title' });
  }
  const result = pageFrontmatter.safeParse(data);
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    // Point at the deepest node that exists: the field itself, or its parent when it is missing.
    let node: Node | null = null;
    for (let depth = path.length; depth >= 0 && !node; depth--) {
      const candidate = document.getIn(path.slice(0, depth), true);
      if (candidate && typeof candidate === 'object' && 'range' in candidate) node = candidate as Node;
    }
    const offset = node?.range?.[0] ?? 0;
    problems.push({
      file,
      line: lineAt(text, yamlStart + offset),
      field: path.join('.') || '(root)',
      message: issue.message,
    });
  }
  return problems;
}

if (import.meta.main) {
  const files = globSync('src/content/docs/**/*.{md,mdx}').sort();
  const problems = files.flatMap((file) => checkFrontmatter(file));
  for (const problem of problems) {
    console.error(`${problem.file}:${problem.line}: frontmatter field "${problem.field}": ${problem.message}`);
    if (process.env.GITHUB_ACTIONS) {
      console.log(
        `::error file=${problem.file},line=${problem.line},title=Frontmatter::${problem.field}: ${problem.message}`,
      );
    }
  }
  console.log(`frontmatter: ${files.length} pages checked, ${problems.length} problem(s)`);
  process.exit(problems.length > 0 ? 1 : 0);
}
