import { describe, expect, it } from 'vitest';
import { apiClientHash, apiClientPath, operationAnchor, tagPagePath, tagSlug } from './slugs.ts';

describe('reference URLs', () => {
  it('turns tag names into page slugs', () => {
    expect(tagSlug('Sandbox controls')).toBe('sandbox-controls');
    expect(tagSlug('  Users ')).toBe('users');
    expect(tagPagePath('Authentication')).toBe('/reference/authentication/');
    expect(() => tagSlug('—')).toThrow(/no letters/);
  });

  it('turns camelCase operation IDs into anchors', () => {
    expect(operationAnchor('createUser')).toBe('create-user');
    expect(operationAnchor('setSandboxRateLimit')).toBe('set-sandbox-rate-limit');
    expect(operationAnchor('getV1User')).toBe('get-v1-user');
  });

  it('links the API client to one operation', () => {
    expect(apiClientPath()).toBe('/reference/try/');
    expect(apiClientPath('createUser')).toBe('/reference/try/?operation=createUser');
    expect(apiClientHash('Sandbox controls', 'resetSandbox')).toBe('tag/sandbox-controls/resetSandbox');
  });
});
