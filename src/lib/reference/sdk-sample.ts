/**
 * The "TypeScript (SDK)" sample of an operation: the documented client's call
 * for it, from the client's own table (`client/sdk-calls.ts`), with the
 * arguments taken from the same sample request the other languages print.
 * Operations the client has no method for get no SDK sample.
 */
import { inspect } from 'node:util';
import clientPackage from '../../../client/package.json' with { type: 'json' };
import { sdkCalls, type SdkArgument, type SdkCall } from '../../../client/sdk-calls.ts';
import type { SampleRequest } from './sample-request.ts';

/** The import specifier readers use, from the client's package.json. */
export const sdkPackageName = clientPackage.name;

/** The client call of one operation, or `undefined` when the client has none. */
export function sdkCallOf(operationId: string): SdkCall | undefined {
  return Object.hasOwn(sdkCalls, operationId) ? (sdkCalls as Record<string, SdkCall>)[operationId] : undefined;
}

function argumentValue(argument: SdkArgument, request: SampleRequest): unknown {
  const where = `${request.operationId}: the SDK call's argument`;
  switch (argument.from) {
    case 'path': {
      const value = request.pathParameters[argument.name];
      if (value === undefined) throw new Error(`${where} "${argument.name}" is not a path parameter of the operation.`);
      return value;
    }
    case 'query':
      return request.typedQuery;
    case 'body':
      if (request.body?.mediaType !== 'application/json') throw new Error(`${where} needs a JSON body example.`);
      return request.body.value;
    case 'form': {
      const value = request.body?.mediaType === 'application/x-www-form-urlencoded' ? request.body.value : undefined;
      if (value?.[argument.name] === undefined) throw new Error(`${where} needs form field "${argument.name}".`);
      return value[argument.name];
    }
    case 'idempotency-key': {
      const key = request.headers.find((header) => header.name.toLowerCase() === 'idempotency-key');
      if (!key) throw new Error(`${where} needs an Idempotency-Key header example.`);
      return { idempotencyKey: key.value };
    }
  }
}

/** The argument values of `call` for this request, in order: what the sample passes (and the tests replay). */
export function sdkArguments(call: SdkCall, request: SampleRequest): unknown[] {
  return call.args.map((argument) => argumentValue(argument, request));
}

/** Node's own printer writes plain JSON values as TypeScript literals: single quotes, bare keys. */
const literal = (value: unknown, breakLength: number) =>
  inspect(value, { depth: Infinity, maxArrayLength: Infinity, maxStringLength: Infinity, breakLength });

/** `lead` + `client.x.y(…)`: on one line when it fits, else one argument per line, as Prettier would lay it out. */
function callStatement(lead: string, method: string, values: unknown[]): string {
  const oneLine = `${lead}client.${method}(${values.map((value) => literal(value, Infinity)).join(', ')});`;
  if (oneLine.length <= 100 || values.length === 0) return oneLine;
  const lines = values.map((value) => `  ${literal(value, 76).replaceAll('\n', '\n  ')},`);
  return [`${lead}client.${method}(`, ...lines, ');'].join('\n');
}

export function sdkSample(request: SampleRequest): string | undefined {
  const call = sdkCallOf(request.operationId);
  if (!call) return undefined;
  const values = sdkArguments(call, request);
  return [
    `import { createClient } from '${sdkPackageName}';`,
    '',
    '// The client gets and refreshes its own token. No BLUEROUND_API_BASE: the sandbox.',
    'const client = createClient({',
    "  clientId: process.env.REDCORE_CLIENT_ID ?? 'sandbox_app_full',",
    "  clientSecret: process.env.REDCORE_CLIENT_SECRET ?? 'sandbox_secret_full',",
    '  baseUrl: process.env.BLUEROUND_API_BASE,',
    '});',
    '',
    ...(call.result === 'none'
      ? [callStatement('await ', call.method, values)]
      : [callStatement('const result = await ', call.method, values), 'console.log(JSON.stringify(result, null, 2));']),
  ].join('\n');
}
