/**
 * Headers that announce a deprecated operation on every answer it gives,
 * errors included, so clients and their logs notice before it goes away:
 * `Deprecation` (RFC 9745, a structured-field date: `@` and unix seconds),
 * `Sunset` (RFC 8594, an HTTP-date) and a `Link` with rel="deprecation" to the
 * changelog. The dates come from the spec's `x-deprecated-at` and `x-sunset`.
 */
import type { RouteSpec } from '../spec/routes.ts';

export const deprecationInfoUrl = 'https://docs.blueround.com/reference/changelog/';

export function deprecationHeaders(route: RouteSpec): Record<string, string> {
  const { deprecation } = route;
  if (!deprecation) return {};
  const since = Math.floor(Date.parse(`${deprecation.since}T00:00:00Z`) / 1000);
  return {
    Deprecation: `@${since}`,
    Sunset: new Date(`${deprecation.sunset}T00:00:00Z`).toUTCString(),
    Link: `<${deprecationInfoUrl}>; rel="deprecation"; type="text/html"`,
  };
}
