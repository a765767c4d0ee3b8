import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { draftCurl, draftUrl, fillPath, shellQuote, type RequestDraft } from './request-draft.ts';

const draft = (overrides: Partial<RequestDraft> = {}): RequestDraft => ({
  method: 'GET',
  pathTemplate: '/v1/users',
  pathParams: {},
  query: {},
  bodyText: null,
  idempotencyKey: null,
  apiVersion: '2024-01-01',
  ...overrides,
});

describe('request drafts', () => {
  it('fills and encodes path parameters and names the missing ones', () => {
    expect(fillPath('/v1/users/{id}/invitation', { id: 'usr 1/2' })).toEqual({
      path: '/v1/users/usr%201%2F2/invitation',
      missing: [],
    });
    expect(fillPath('/v1/users/{id}', { id: '  ' }).missing).toEqual(['id']);
  });

  it('leaves empty query parameters out of the URL', () => {
    expect(draftUrl(draft({ query: { limit: '5', cursor: '', status: 'active' } }))).toBe(
      'https://sandbox.blueround.test/v1/users?limit=5&status=active',
    );
  });

  it('builds a curl command with the token as $ACCESS_TOKEN', () => {
    const command = draftCurl(
      draft({
        method: 'POST',
        bodyText: '{\n  "email": "ada@example.com",\n  "name": "Ada"\n}',
        idempotencyKey: '5f0c7e2a-8d4b-4c1e-9a36-2b7f1d9e4c80',
      }),
    );
    expect(command).toBe(
      [
        `curl -X POST 'https://sandbox.blueround.test/v1/users'`,
        `-H "Authorization: Bearer $ACCESS_TOKEN"`,
        `-H 'Accept: application/json'`,
        `-H 'BlueRound-Version: 2024-01-01'`,
        `-H 'Content-Type: application/json'`,
        `-H 'Idempotency-Key: 5f0c7e2a-8d4b-4c1e-9a36-2b7f1d9e4c80'`,
        `--data '{"email":"ada@example.com","name":"Ada"}'`,
      ].join(' \\\n  '),
    );
  });

  it('quotes hostile values so a shell passes them through unchanged', () => {
    const hostile = `O'Brien $(touch /tmp/pwned) \`id\` <script>alert(1)</script> "quoted" \\ $HOME`;
    expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(hostile)}`], { encoding: 'utf8' })).toBe(hostile);
    const command = draftCurl(draft({ method: 'POST', bodyText: JSON.stringify({ name: hostile }) }));
    // Run the command with `curl` replaced by a function that prints its arguments.
    const printed = execFileSync(
      'sh',
      ['-c', `curl() { for a in "$@"; do printf '%s\\n' "$a"; done; }; ACCESS_TOKEN=tkn; ${command}`],
      { encoding: 'utf8' },
    );
    expect(printed).toContain('Authorization: Bearer tkn');
    expect(printed).toContain(JSON.stringify({ name: hostile }));
  });
});
