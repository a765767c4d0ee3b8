import { describe, expect, it } from 'vitest';
import { fillPolicy } from './remark-policy.ts';
import { accessTokenTtlSeconds, policyText } from '../../policy/policy.ts';
import { archText } from '../../src/data/architecture.ts';

describe('fillPolicy', () => {
  it('replaces known placeholders with the policy text', () => {
    const unknown: string[] = [];
    const out = fillPolicy('TTL {{policy.accessTokenTtlSeconds}} s, retries {{ policy.retrySchedule }}', unknown);
    expect(out).toBe(`TTL ${accessTokenTtlSeconds} s, retries ${policyText.retrySchedule}`);
    expect(unknown).toEqual([]);
  });

  it('prints a placeholder literally when asked with raw:', () => {
    expect(fillPolicy('write {{raw:policy.retrySchedule}}', [])).toBe('write {{policy.retrySchedule}}');
  });

  it('collects unknown names and leaves them in place', () => {
    const unknown: string[] = [];
    expect(fillPolicy('{{policy.nope}}', unknown)).toBe('{{policy.nope}}');
    expect(unknown).toEqual(['nope']);
  });
});

describe('fillPolicy with architecture facts', () => {
  it('fills {{arch.name}} from src/data/architecture.ts', () => {
    const unknown: string[] = [];
    expect(fillPolicy('{{arch.redisNodes}}-node Redis, port {{arch.restPort}}', unknown)).toBe(
      `${archText.redisNodes}-node Redis, port ${archText.restPort}`,
    );
    expect(unknown).toEqual([]);
  });

  it('collects an unknown fact with its namespace', () => {
    const unknown: string[] = [];
    expect(fillPolicy('{{arch.cacheNodes}}', unknown)).toBe('{{arch.cacheNodes}}');
    expect(unknown).toEqual(['arch.cacheNodes']);
  });
});
