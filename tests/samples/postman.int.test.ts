import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bundleSpec } from '../../openapi/bundled-spec.ts';
import { buildPostmanCollection, postmanEnvironment } from '../../src/lib/postman/collection.ts';
import { loadReferenceModel } from '../../src/lib/reference/load.ts';
import { sampleResponse } from '../../src/lib/reference/sample-request.ts';
import { useSandboxOverHttp } from '../support/sandbox-over-http.ts';

/** The part of newman's run summary this test reads (newman ships no types). */
interface NewmanSummary {
  run: {
    failures: { error: { message: string }; source?: { name?: string } }[];
    executions: { item: { name: string }; response?: { code: number } }[];
  };
}
type NewmanRun = (options: object, callback: (error: Error | null, summary: NewmanSummary) => void) => void;
const newman = createRequire(import.meta.url)('newman') as { run: NewmanRun };

/**
 * The published Postman collection, run by newman against the sandbox served
 * over HTTP (what `npm run sandbox` serves) with the sandbox environment: every
 * request must answer its documented success status with the documented fields.
 */
const sandbox = useSandboxOverHttp('postman');

describe('Postman collection', () => {
  it('runs in newman against the sandbox, every request answering as documented', async () => {
    const [spec, model] = await Promise.all([bundleSpec(), loadReferenceModel()]);
    const collection = await buildPostmanCollection(spec, model);
    expect(collection.item.map((folder) => folder.name)).toEqual(model.tags.map((tag) => tag.name));
    await fetch(`${sandbox.origin}/_sandbox/reset`, { method: 'POST' });
    const { clientId, clientSecret } = sandbox.app;
    const environment = postmanEnvironment('BlueRound sandbox', sandbox.origin, clientId, clientSecret);
    const summary = await new Promise<NewmanSummary>((resolve, reject) => {
      newman.run({ collection, environment, reporters: [] }, (error, result) =>
        error ? reject(error) : resolve(result),
      );
    });
    expect(summary.run.failures.map((failure) => `${failure.source?.name}: ${failure.error.message}`)).toEqual([]);
    // The collection's own token request is recorded under the item that needed it; the item's answer comes last.
    const answered = [
      ...new Map(summary.run.executions.map((execution) => [execution.item.name, execution.response?.code])),
    ];
    expect(answered).toEqual(
      model.tags.flatMap((tag) =>
        tag.operations.map((operation) => [operation.summary, Number(sampleResponse(operation).status)]),
      ),
    );
  }, 120_000);

  it('is the same collection build after build', async () => {
    const [spec, model] = await Promise.all([bundleSpec(), loadReferenceModel()]);
    expect(JSON.stringify(await buildPostmanCollection(spec, model))).toBe(
      JSON.stringify(await buildPostmanCollection(spec, model)),
    );
  });
});
