import { describe, expect, it } from 'vitest';
import { formatDuration, formatOffset, statusText } from './format.ts';

describe('formatDuration', () => {
  it.each([
    [104.4, '104 ms'],
    [1000, '1 s'],
    [1043.25, '1.043 s'],
    [3_599_000, '59 min 59 s'],
    [3_600_000, '1 h'],
    [3_601_000, '1 h 1 s'],
    [31 * 86_400_000 + 7_200_000, '31 days 2 h'],
    [86_400_000, '1 day'],
    [-2000, '-2 s'],
  ])('%s ms → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it('labels axis offsets and statuses', () => {
    expect(formatOffset(-3)).toBe('+0 ms');
    expect(statusText(503)).toBe('Service Unavailable');
    expect(statusText(299)).toBe('');
  });
});
