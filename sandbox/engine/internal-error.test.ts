/* eslint-disable @typescript-eslint/no-unsafe-member-access -- answers are read loosely after call() validated them against the spec. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeSandbox } from '../node.ts';
import { call, sharedConformance } from '../testing/harness.ts';

const reported: unknown[] = [];
const server = createNodeSandbox({
  store: { transact: () => Promise.reject(new Error('disk on fire')) },
  onInternalError: (error) => reported.push(error),
});

beforeAll(async () => {
  await sharedConformance();
  server.listen({ onUnhandledFrame: 'bypass' });
});
afterAll(() => server.close());

describe('an exception inside the sandbox', () => {
  it('becomes a documented 500 INTERNAL_ERROR envelope and is reported', async () => {
    const answer = await call('GET', '/v1/users', { headers: { authorization: 'Bearer at_x' } });
    expect([answer.status, answer.json.error.code]).toEqual([500, 'INTERNAL_ERROR']);
    expect(answer.json.error.request_id).toBe(answer.headers.get('x-request-id'));
    expect(reported).toHaveLength(1);
  });
});
