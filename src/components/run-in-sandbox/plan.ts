/**
 * What a "Run in sandbox" button sends: requests to the sandbox host, worked
 * out at build time so the page ships no parser. Values may name session
 * variables (`$ACCESS_TOKEN`), filled in the browser from earlier answers.
 */
export interface PlannedRequest {
  method: string;
  /** Path and query on the sandbox host, e.g. `/v1/users?limit=5`. */
  path: string;
  headers: [name: string, value: string][];
  body?: string;
  /** `export NAME=$(curl … | jq -r .field)`: keep `field` of the answer as `$NAME`. */
  keep?: { name: string; field: string };
}

export type RunPlan = PlannedRequest[];

/** Session variables a token answer fills, so the next sample needs no copying. */
export const tokenFields: Record<string, string> = {
  access_token: 'ACCESS_TOKEN',
  refresh_token: 'REFRESH_TOKEN',
};

/** Stands for a new UUID on every run (an `Idempotency-Key` that never clashes with another operation's). */
export const freshKeyMarker = '$FRESH_UUID';
