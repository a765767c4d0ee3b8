/**
 * The scripts the Postman collection carries, as the source lines Postman
 * stores. They run in Postman's script sandbox, not here, so they are plain
 * ES5-friendly JavaScript written out as text.
 */

/**
 * Collection pre-request: fetches a client-credentials token when a request
 * needs one and the last has (nearly) expired, so the collection runs in
 * Postman and in newman alike without pressing "Get New Access Token".
 */
export const tokenScript: string[] = [
  '(function () {',
  'var auth = pm.request.auth && pm.request.auth.type;',
  'var path = pm.request.url.getPath();',
  "if (auth === 'noauth' || path.indexOf('/oauth/') === 0 || path.indexOf('/_sandbox/') === 0) return;",
  "var expiresAt = Number(pm.collectionVariables.get('accessTokenExpiresAt') || 0);",
  "if (pm.collectionVariables.get('accessToken') && Date.now() < expiresAt - 60000) return;",
  'pm.sendRequest({',
  "  url: pm.variables.replaceIn('{{baseUrl}}/oauth/token'),",
  "  method: 'POST',",
  "  header: { 'Content-Type': 'application/x-www-form-urlencoded' },",
  '  body: {',
  "    mode: 'urlencoded',",
  '    urlencoded: [',
  "      { key: 'grant_type', value: 'client_credentials' },",
  "      { key: 'client_id', value: pm.variables.replaceIn('{{clientId}}') },",
  "      { key: 'client_secret', value: pm.variables.replaceIn('{{clientSecret}}') }",
  '    ]',
  '  }',
  '}, function (error, response) {',
  "  if (error || response.code !== 200) throw new Error('BlueRound token request failed: ' + (error || response.text()));",
  '  var token = response.json();',
  "  pm.collectionVariables.set('accessToken', token.access_token);",
  "  pm.collectionVariables.set('accessTokenExpiresAt', String(Date.now() + token.expires_in * 1000));",
  '});',
  '})();',
];

/** Checks the documented success status and, for a JSON example, that its fields are all there. */
export function statusTest(summary: string, status: number, exampleBody: string | undefined): string[] {
  const lines = [
    `pm.test(${JSON.stringify(`${summary} answers ${status} as documented`)}, function () {`,
    `  pm.response.to.have.status(${status});`,
    '});',
  ];
  const example: unknown = exampleBody ? JSON.parse(exampleBody) : undefined;
  if (example && typeof example === 'object' && !Array.isArray(example)) {
    lines.push(
      `pm.test(${JSON.stringify(`${summary} returns the documented fields`)}, function () {`,
      `  pm.expect(pm.response.json()).to.include.all.keys(${JSON.stringify(Object.keys(example))});`,
      '});',
    );
  }
  return lines;
}

/** After a create: the new resource's ID for the requests that read, change or delete it. */
export function keepIdTest(variable: string): string[] {
  return [
    `if (pm.response.code < 300) pm.collectionVariables.set(${JSON.stringify(variable)}, pm.response.json().id);`,
  ];
}
