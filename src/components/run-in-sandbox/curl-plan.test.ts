import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeBlocks } from '../../../lib/markdown/code-blocks.ts';
import { curlPlan } from './curl-plan.ts';

describe('curlPlan', () => {
  it('reads method, headers, variables and a JSON body', () => {
    const plan = curlPlan(`curl "\${BLUEROUND_API_BASE:-https://sandbox.blueround.test}/v1/users" \\
  -H "Authorization: Bearer $ACCESS_TOKEN" \\
  -H 'Content-Type: application/json' \\
  -d '{"email": "ada@example.com"}' | jq .`);
    expect(plan).toEqual([
      {
        method: 'POST',
        path: '/v1/users',
        headers: [
          ['Authorization', 'Bearer $ACCESS_TOKEN'],
          ['Content-Type', 'application/json'],
        ],
        body: '{"email": "ada@example.com"}',
      },
    ]);
  });

  it('keeps a field of the answer for `export NAME=$(curl … | jq -r .field)`', () => {
    const plan = curlPlan(`export ACCESS_TOKEN=$(curl -s https://sandbox.blueround.test/oauth/token \\
  -u sandbox_app_full:sandbox_secret_full \\
  --data-urlencode 'scope=users:read events:read' | jq -r .access_token)`);
    expect(plan).toEqual([
      {
        method: 'POST',
        path: '/oauth/token',
        headers: [
          ['Authorization', `Basic ${btoa('sandbox_app_full:sandbox_secret_full')}`],
          ['Content-Type', 'application/x-www-form-urlencoded'],
        ],
        body: 'scope=users%3Aread+events%3Aread',
        keep: { name: 'ACCESS_TOKEN', field: 'access_token' },
      },
    ]);
  });

  it('puts -G data in the query', () => {
    expect(curlPlan('curl -G https://sandbox.blueround.test/v1/users -d limit=2')?.[0]).toMatchObject({
      method: 'GET',
      path: '/v1/users?limit=2',
    });
  });

  it('refuses what it cannot send as printed', () => {
    expect(curlPlan('curl https://api.blueround.com/v1/me')).toBeUndefined();
    expect(curlPlan('curl --upload-file x https://sandbox.blueround.test/v1/me')).toBeUndefined();
    expect(curlPlan('for i in 1 2; do curl https://sandbox.blueround.test/v1/me; done')).toBeUndefined();
  });

  it('can run every curl sample of the guides', () => {
    const samples = globSync('src/content/docs/guides/*.{md,mdx}')
      .flatMap((file) => codeBlocks(file))
      .filter((block) => block.lang === 'bash' && block.code.includes('curl'));
    expect(samples.length).toBeGreaterThan(20);
    expect(samples.filter((block) => !curlPlan(block.code)).map((block) => `${block.file}:${block.line}`)).toEqual([]);
  });
});
