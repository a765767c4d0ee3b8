import { globSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks } from '../../lib/markdown/code-blocks.ts';
import { run, runCurlSample, useSandboxOverHttp } from '../support/sandbox-over-http.ts';

/**
 * Every curl and TypeScript sample in the guides, run against the sandbox over
 * HTTP, so a sample that drifts from the API fails here. curl samples run
 * exactly as printed, with BLUEROUND_API_BASE pointing at the local server as
 * the quickstart tells readers to set it; TypeScript samples get their
 * `baseUrl` pointed there. Python samples are left to the reader's runtime:
 * the machines that run this suite have no `requests`.
 */
const sandboxHost = 'https://sandbox.blueround.test';
/** How every curl sample names the host: the reader's local sandbox if set, else the sandbox host. */
const hostFromEnvironment = `\${BLUEROUND_API_BASE:-${sandboxHost}}`;
const sandbox = useSandboxOverHttp('guide-samples');
const timeoutMs = 90_000;

/** Statuses that mean a sample calls something the API does not have. */
const driftStatuses = new Set([404, 405, 415]);

const samples = globSync('src/content/docs/guides/*.{md,mdx}')
  .sort()
  .flatMap((file) => codeBlocks(file))
  .filter((block) => (block.lang === 'bash' && block.code.includes('curl')) || block.lang === 'ts');

describe('guide samples run against the sandbox', () => {
  it('finds the samples', () => {
    expect(samples.length).toBeGreaterThan(20);
  });

  it('every curl sample reads BLUEROUND_API_BASE, with the sandbox host as default', () => {
    const hardCoded = samples
      .filter((sample) => sample.lang === 'bash' && sample.code.replaceAll(hostFromEnvironment, '').includes('://'))
      .map((sample) => `${sample.file}:${sample.line}`);
    expect(hardCoded).toEqual([]);
  });

  for (const sample of samples) {
    it(`${sample.file}:${sample.line} (${sample.lang})`, async () => {
      const env = await sandbox.readerEnvironment();
      if (sample.lang === 'bash') {
        const result = await runCurlSample(sample.code, env, timeoutMs);
        expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
        expect(result.statuses.length, 'the sample made no HTTP call').toBeGreaterThan(0);
        expect(
          result.statuses.filter((status) => driftStatuses.has(status)),
          result.stdout,
        ).toEqual([]);
      } else {
        const file = join(sandbox.work, `sample-${sample.line}.mts`);
        writeFileSync(file, sample.code.replaceAll(sandboxHost, sandbox.origin));
        const result = await run(process.execPath, [file], env, timeoutMs);
        expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      }
    }, 120_000);
  }
});
