import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeBlocks, type CodeBlock } from '../../lib/markdown/code-blocks.ts';
import { runCurlSample, useSandboxOverHttp } from '../support/sandbox-over-http.ts';

/**
 * The answer a guide prints under a curl sample (a ```json block titled with
 * its status, e.g. `title="200 OK"`, right after the sample's tabs) is the
 * answer the sandbox gives: the same status, every field the guide shows, and
 * the same values for everything that does not change from call to call. Each
 * page runs its curl samples top to bottom in one fresh sandbox, as a reader
 * following it would, so a sample that builds on an earlier one (the same
 * Idempotency-Key again) meets the state the page describes. guide-samples
 * only checks that samples run; a printed app ID the sandbox never had passed it.
 */
const sandbox = useSandboxOverHttp('guide-responses');

/** Fields whose value differs per call or per sandbox: IDs the sandbox mints, tokens, times, cursors. */
const volatile = /^(request_id|access_token|refresh_token|next_cursor|cursor|etag)$|_at$/;
/** IDs the sandbox mints on create; seeded ones (apps) are compared. */
const minted = /^(usr|evt|lck)_/;

const isCurl = (block: CodeBlock) => block.lang === 'bash' && block.code.includes('curl');
/** Lines a fenced block takes, fences included. */
const lastLine = (block: CodeBlock) => block.line + block.code.split('\n').length + 1;

/**
 * Each curl sample and the status-titled JSON block right after its tabs (the
 * same call in other languages, then at most `</TabItem>`, `</Tabs>` and blank
 * lines), or none.
 */
function pairs(blocks: CodeBlock[]): { sample: CodeBlock; shown?: CodeBlock; status?: number }[] {
  return blocks.flatMap((block, index) => {
    if (!isCurl(block)) return [];
    let end = index;
    while (blocks[end + 1] && ['ts', 'python'].includes(blocks[end + 1]!.lang)) end += 1;
    const next = blocks[end + 1];
    const adjacent =
      next?.lang === 'json' && /title="\d{3}\b/.test(next.meta) && next.line - lastLine(blocks[end]!) <= 5;
    if (!adjacent) return [{ sample: block }];
    return [{ sample: block, shown: next, status: Number(/title="(\d{3})/.exec(next.meta)![1]) }];
  });
}

/** The last JSON value a run printed (a sample may make several calls), or undefined. */
function lastJson(stdout: string): unknown {
  const text = stdout.trim();
  for (let start = text.lastIndexOf('{'); start >= 0; start = text.lastIndexOf('{', start - 1)) {
    try {
      return JSON.parse(text.slice(start));
    } catch {
      // Not the start of the last value yet.
    }
  }
  return undefined;
}

/** Where the shown JSON differs from the actual answer, as `path: shown ≠ actual` lines. */
function differences(shown: unknown, actual: unknown, path = '$', key = ''): string[] {
  if (Array.isArray(shown)) {
    if (!Array.isArray(actual)) return [`${path}: an array is shown, the answer has ${JSON.stringify(actual)}`];
    return shown.length > 0 && actual.length > 0 ? differences(shown[0], actual[0], `${path}[0]`) : [];
  }
  if (shown !== null && typeof shown === 'object') {
    if (actual === null || typeof actual !== 'object')
      return [`${path}: an object is shown, the answer has ${JSON.stringify(actual)}`];
    return Object.entries(shown).flatMap(([name, value]) =>
      name in actual
        ? differences(value, (actual as Record<string, unknown>)[name], `${path}.${name}`, name)
        : [`${path}.${name}: shown, but not in the answer`],
    );
  }
  if (volatile.test(key) || (typeof shown === 'string' && minted.test(shown))) return [];
  return shown === actual
    ? []
    : [`${path}: shown ${JSON.stringify(shown)}, the sandbox answers ${JSON.stringify(actual)}`];
}

const pages = globSync('src/content/docs/guides/*.{md,mdx}')
  .sort()
  .map((file) => ({ file, samples: pairs(codeBlocks(file)) }))
  .filter((page) => page.samples.some((sample) => sample.shown));

describe("the answers the guides print are the sandbox's", () => {
  it('finds samples with a printed answer', () => {
    expect(pages.flatMap((page) => page.samples.filter((sample) => sample.shown)).length).toBeGreaterThan(8);
  });

  for (const { file, samples } of pages) {
    it(
      file,
      async () => {
        const env = await sandbox.readerEnvironment();
        const problems: string[] = [];
        for (const { sample, shown, status } of samples) {
          const result = await runCurlSample(sample.code, env, 90_000);
          if (!shown) continue;
          const at = `${file}:${shown.line}`;
          if (result.statuses.at(-1) !== status) {
            problems.push(`${at}: shows ${status}, the sample answers ${result.statuses.at(-1)}`);
            continue;
          }
          const answer = lastJson(result.stdout);
          if (answer === undefined) continue; // No JSON body (204, or curl -i): the status is what compares.
          problems.push(...differences(JSON.parse(shown.code), answer).map((line) => `${at}: ${line}`));
        }
        expect(problems).toEqual([]);
      },
      300_000,
    );
  }
});
