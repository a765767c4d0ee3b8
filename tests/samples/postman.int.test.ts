import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/handlers/index.ts';
import { createSandboxHttpServer } from '../../sandbox/http-adapter.ts';
import { bundleSpec } from '../../openapi/bundled-spec.ts';
import { buildPostmanCollection, postmanEnvironment } from '../../src/lib/postman/collection.ts';
import { loadReferenceModel } from '../../src/lib/reference/load.ts';
import { sampleResponse } from '../../src/lib/reference/sample-request.ts';

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
const { handlers, engine } = createSandbox();
const server = createSandboxHttpServer(handlers, engine);
let origin = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
});

describe('Postman collection', () => {
  it('runs in newman against the sandbox, every request answering as documented', async () => {
    const [spec, model] = await Promise.all([bundleSpec(), loadReferenceModel()]);
    const collection = await buildPostmanCollection(spec, model);
    expect(collection.item.map((folder) => folder.name)).toEqual(model.tags.map((tag) => tag.name));
    await fetch(`${origin}/_sandbox/reset`, { method: 'POST' });
    const environment = postmanEnvironment('BlueRound sandbox', origin, 'sandbox_app_full', 'sandbox_secret_full');
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
