import type { APIContext } from 'astro';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GET as getJson } from '../src/pages/openapi.json.ts';
import { GET as getYaml } from '../src/pages/openapi.yaml.ts';
import { bundleSpec } from './bundled-spec.ts';

/** Every `$ref` value anywhere in a document. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' ? [child] : refsIn(child),
  );
}

// The endpoints ignore their context; an empty one is enough to call them.
const context = {} as APIContext;

describe('published OpenAPI description', () => {
  it('is one self-contained document: every $ref points inside it', async () => {
    const spec = await bundleSpec();
    const refs = refsIn(spec);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => !ref.startsWith('#/'))).toEqual([]);
  });

  it('/openapi.json and /openapi.yaml serve the same bundle with their content types', async () => {
    const jsonResponse = await getJson(context);
    const yamlResponse = await getYaml(context);
    expect(jsonResponse.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(yamlResponse.headers.get('Content-Type')).toBe('application/yaml; charset=utf-8');

    const fromJson: unknown = JSON.parse(await jsonResponse.text());
    const fromYaml: unknown = parse(await yamlResponse.text());
    expect(fromJson).toEqual(await bundleSpec());
    expect(fromYaml).toEqual(fromJson);
  });
});
