import { describe, expect, it } from 'vitest';
import { recordingFetch, type Exchange } from './recording-fetch.ts';

describe('recordingFetch', () => {
  it('records the request and the response and still hands the body to the caller', async () => {
    const exchanges: Exchange[] = [];
    let clock = 0;
    const inner: typeof fetch = () => {
      clock += 7;
      return Promise.resolve(
        new Response('{"id":"usr_1"}', { status: 201, headers: { 'Idempotent-Replayed': 'true' } }),
      );
    };
    const wrapped = recordingFetch(
      inner,
      (exchange) => exchanges.push(exchange),
      () => clock,
    );
    const response = await wrapped('https://sandbox.blueround.test/v1/users', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k1' },
      body: '{"name":"<script>"}',
    });
    expect(await response.json()).toEqual({ id: 'usr_1' });
    expect(exchanges).toEqual([
      {
        method: 'POST',
        url: 'https://sandbox.blueround.test/v1/users',
        requestHeaders: [
          ['content-type', 'application/json'],
          ['idempotency-key', 'k1'],
        ],
        requestBody: '{"name":"<script>"}',
        status: 201,
        responseHeaders: [
          ['content-type', 'text/plain;charset=UTF-8'],
          ['idempotent-replayed', 'true'],
        ],
        responseBody: '{"id":"usr_1"}',
        durationMs: 7,
      },
    ]);
  });

  it('records form bodies as text', async () => {
    const exchanges: Exchange[] = [];
    const wrapped = recordingFetch(
      () => Promise.resolve(new Response(null, { status: 200 })),
      (exchange) => exchanges.push(exchange),
    );
    await wrapped('https://sandbox.blueround.test/oauth/revoke', {
      method: 'POST',
      body: new URLSearchParams({ token: 'a b' }),
    });
    expect(exchanges[0]?.requestBody).toBe('token=a+b');
  });
});
