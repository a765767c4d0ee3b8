import { describe, expect, it } from 'vitest';
import { errorStatusesOf } from './error-statuses.ts';

const spec = (statuses?: unknown) => ({
  components: {
    schemas: { ErrorCode: { type: 'string', enum: ['NOT_FOUND', 'RATE_LIMITED'] } },
    ...(statuses === undefined ? {} : { 'x-error-statuses': statuses }),
  },
});

describe('errorStatusesOf', () => {
  it('maps every code of the enum to its status, in enum order', () => {
    expect(Object.entries(errorStatusesOf(spec({ RATE_LIMITED: 429, NOT_FOUND: 404 })))).toEqual([
      ['NOT_FOUND', 404],
      ['RATE_LIMITED', 429],
    ]);
  });

  it('names the file and the code when a code has no status', () => {
    expect(() => errorStatusesOf(spec({ NOT_FOUND: 404 }))).toThrow(
      /openapi\.yaml: components\.x-error-statuses has no status for RATE_LIMITED/,
    );
  });

  it('rejects a status for a code the enum lacks, and one that is not an error status', () => {
    expect(() => errorStatusesOf(spec({ NOT_FOUND: 404, RATE_LIMITED: 429, TEAPOT: 418 }))).toThrow(/TEAPOT/);
    expect(() => errorStatusesOf(spec({ NOT_FOUND: 200, RATE_LIMITED: 429 }))).toThrow(/not an HTTP error.*NOT_FOUND/);
  });

  it('asks for the map when the spec has none', () => {
    expect(() => errorStatusesOf(spec())).toThrow(/x-error-statuses is missing/);
  });
});
