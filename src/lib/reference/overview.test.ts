import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceModel } from './load.ts';
import type { ReferenceModel } from './model.ts';
import { overviewOf, schemeTitle } from './overview.ts';

let model: ReferenceModel;
beforeAll(async () => {
  model = await loadReferenceModel();
});

const rendered = (html: string, slugs: string[] = []) => ({
  html,
  headings: slugs.map((slug) => ({ depth: 2, slug, text: slug })),
});

describe('overviewOf', () => {
  it('puts the words before the first section above the operation index, the sections after it', () => {
    const overview = overviewOf(model, rendered('<p>Intro</p><h2 id="a">A</h2><p>More</p>', ['a']));
    expect(overview.introHtml).toBe('<p>Intro</p>');
    expect(overview.sectionsHtml).toBe('<h2 id="a">A</h2><p>More</p>');
    expect(overview.headings.map((heading) => heading.slug)).toContain('a');
    expect(overviewOf(model, rendered('<p>Only</p>')).sectionsHtml).toBe('');
  });

  it('refuses a description section whose anchor the page already uses', () => {
    expect(() => overviewOf(model, rendered('<h2 id="scopes">Scopes</h2>', ['scopes']))).toThrow(/two "#scopes"/);
  });

  it('splits the operations into the /v1 and /oauth error families, and lists each scope once', () => {
    const overview = overviewOf(model, rendered(''));
    expect(overview.v1Operations.every((operation) => operation.path.startsWith('/v1/'))).toBe(true);
    expect(overview.oauthOperations.map((operation) => operation.path)).toContain('/oauth/token');
    const names = overview.scopes.map((scope) => scope.name);
    expect(new Set(names).size).toBe(names.length);
    expect(overview.envelopeExample?.code).toContain('"details"');
  });
});

describe('schemeTitle', () => {
  it('names the scheme types the spec uses', () => {
    expect(schemeTitle('oauth2', undefined)).toBe('OAuth 2.0');
    expect(schemeTitle('http', 'basic')).toBe('HTTP Basic');
    expect(schemeTitle('apiKey', undefined)).toBe('apiKey');
  });
});
