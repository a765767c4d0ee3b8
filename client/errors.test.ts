import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  ConflictError,
  InsufficientScopeError,
  NotFoundError,
  RateLimitError,
  RedcoreAPIError,
  ValidationError,
} from './errors.ts';
import { example, fail, route, server, useFakeApi } from './testing/fake-api.ts';
import { testClient, urlOf } from './testing/harness.ts';
import type { ErrorEnvelope } from './types.ts';

useFakeApi();

const newUser = { email: 'jonas.berg@example.com', name: 'Jonas Berg', role: 'member' } as const;
const envelope = (name: string) => example<ErrorEnvelope>(name).error;

describe('4xx: typed errors, never retried', () => {
  it.each([
    [400, 'InvalidCreateUser', ValidationError, 'INVALID_REQUEST'],
    [403, 'InsufficientScope', InsufficientScopeError, 'INSUFFICIENT_SCOPE'],
    [409, 'DuplicateEmail', ConflictError, 'DUPLICATE_RESOURCE'],
    [409, 'IdempotencyKeyReused', ConflictError, 'IDEMPOTENCY_KEY_REUSED'],
    [413, 'PayloadTooLarge', ApiError, 'PAYLOAD_TOO_LARGE'],
  ] as const)('%i %s → %o', async (status, name, errorClass, code) => {
    const users = route('POST', '/v1/users', fail(status, {}, name));
    server.use(users.handler);
    const { client, time, auth, ofType } = testClient();

    const error = await client.users.create(newUser).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(errorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status,
      code,
      requestId: envelope(name).request_id,
      details: envelope(name).details ?? [],
      attempts: 1,
      method: 'POST',
      path: '/v1/users',
      name: errorClass.name,
    });
    expect((error as Error).message).toContain(envelope(name).message);
    expect(users.requests).toHaveLength(1);
    expect(time.sleeps).toEqual([]);
    expect(auth.grants).toHaveLength(1);
    expect(ofType('give-up')).toMatchObject([{ error, attempts: 1 }]);
  });

  it('404 → NotFoundError', async () => {
    const user = route('GET', '/v1/users/{id}', fail(404));
    server.use(user.handler);
    const { client } = testClient();

    const error = await client.users.get('usr_0000dead').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', requestId: envelope('UserNotFound').request_id });
    expect(user.requests).toHaveLength(1);
  });

  it('400 carries the field details', async () => {
    server.use(route('POST', '/v1/users', fail(400)).handler);
    const { client } = testClient();

    const error = (await client.users.create(newUser).catch((caught: unknown) => caught)) as ValidationError;

    expect(error.details.map((detail) => detail.field)).toEqual(['email', 'role']);
  });

  it('403 does not refresh the token: a refresh cannot add a scope', async () => {
    const users = route('POST', '/v1/users', fail(403));
    server.use(users.handler);
    const { client, ofType } = testClient();

    await expect(client.users.create(newUser)).rejects.toThrow(InsufficientScopeError);
    expect(ofType('refresh')).toEqual([]);
  });

  it('uses X-Request-Id when the body is not the envelope (a proxy page)', async () => {
    const { client } = testClient({
      fetch: (input, init) =>
        urlOf(input).includes('/v1/')
          ? Promise.resolve(
              new Response('<html>Bad gateway</html>', { status: 404, headers: { 'X-Request-Id': 'req_proxy' } }),
            )
          : fetch(input, init),
    });

    const error = await client.users.list().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: 'UNKNOWN', requestId: 'req_proxy' });
  });

  it('every class keeps its own name and the ApiError base', () => {
    const init = {
      status: 500,
      code: 'INTERNAL_ERROR',
      message: 'm',
      requestId: null,
      attempts: 4,
      method: 'GET',
      path: '/v1/me',
    };
    for (const ErrorClass of [
      ValidationError,
      AuthenticationError,
      InsufficientScopeError,
      NotFoundError,
      ConflictError,
      RateLimitError,
      RedcoreAPIError,
    ]) {
      const error = new ErrorClass(init);
      expect(error.name).toBe(ErrorClass.name);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toBeInstanceOf(Error);
    }
  });
});
