/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- answers are read loosely after call() validated them against the spec. */
/** JSON strings other parsers reject (RFC 8259 §8.2) never reach the state. */
import { describe, expect, it } from 'vitest';
import { call, token, useSandbox } from '../testing/harness.ts';
import { duplicateKeyIssue, duplicateKeys, illFormedStringIssue } from './json-text.ts';

useSandbox();

const post = (auth: Record<string, string>, raw: string) =>
  call('POST', '/v1/users', { headers: { ...auth, 'content-type': 'application/json' }, body: raw });

describe('ill-formed JSON strings', () => {
  it('rejects a lone surrogate or a NUL in a field with the documented 400 envelope', async () => {
    const { auth } = await token();
    for (const name of ['\\ud800x', 'x\\udc00', 'A\\u0000B', '\\udfff\\ud800']) {
      const answer = await post(auth, `{"email":"lone@example.com","name":"${name}","role":"viewer"}`);
      expect([name, answer.status, answer.json.error.code]).toEqual([name, 400, 'INVALID_REQUEST']);
      expect(answer.json.error.details).toEqual([{ field: 'name', issue: illFormedStringIssue }]);
    }
    const list = await call('GET', '/v1/users?limit=100', { headers: auth });
    expect(list.json.data.map((user: { email: string }) => user.email)).not.toContain('lone@example.com');
  });

  it('rejects them in object keys and nested values too, and keeps paired surrogates', async () => {
    const { auth } = await token();
    const key = await post(auth, '{"email":"k@example.com","name":"K","role":"viewer","\\ud800":1}');
    expect(key.status).toBe(400);
    const clock = await call('POST', '/_sandbox/faults', {
      headers: { 'content-type': 'application/json' },
      body: '{"match":"GET /v1/users\\u0000","statuses":[500]}',
    });
    expect(clock.json.error.details).toContainEqual({ field: 'match', issue: illFormedStringIssue });
    const emoji = await post(auth, '{"email":"emoji@example.com","name":"\\ud83d\\ude00 Smile","role":"viewer"}');
    expect([emoji.status, emoji.json.name]).toEqual([201, '😀 Smile']);
  });
});

describe('duplicate field names', () => {
  it('rejects a field given twice in one object, naming it, at any depth', async () => {
    const { auth } = await token();
    const twice = await post(auth, '{"email":"a@example.com","name":"A","role":"viewer","email":"b@example.com"}');
    expect(twice.status).toBe(400);
    expect(twice.json.error.details).toEqual([{ field: 'email', issue: duplicateKeyIssue }]);
    const nested = await call('POST', '/_sandbox/faults', {
      headers: { 'content-type': 'application/json' },
      body: '{"match":"GET /v1/users","statuses":[500],"x":[{"a":1},{"a":1,"b":{"c":"}","c":2}}]}',
    });
    expect(nested.json.error.details).toContainEqual({ field: 'x.1.b.c', issue: duplicateKeyIssue });
  });

  it('accepts the same name in sibling objects and escaped look-alikes', () => {
    expect(duplicateKeys('[{"a":1},{"a":2}]')).toEqual([]);
    expect(duplicateKeys('{"a":{"a":1},"b":"\\"a\\"","c":"a"}')).toEqual([]);
    expect(duplicateKeys('{"\\u0061":1,"a":2}')).toEqual([{ field: 'a', issue: duplicateKeyIssue }]);
  });
});
