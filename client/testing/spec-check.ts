/**
 * Checks a fake server answer against openapi/openapi.yaml: the status is
 * documented for the operation, every required header is there and valid, and
 * the JSON body matches the schema. The client tests run it on every answer,
 * so the client is only ever tested against responses the real API may send.
 */
import { bundleSpec } from '../../openapi/bundled-spec.ts';
import { operations } from '../../openapi/operations.ts';
import { createResponseCheck, documentedResponse } from '../../openapi/response-check.ts';

export interface Answered {
  method: string;
  /** The spec's path template, such as `/v1/users/{id}`. */
  template: string;
  status: number;
  headers: Headers;
  /** Parsed JSON, or `undefined` for an empty body. */
  body: unknown;
}

export type SpecCheck = (answer: Answered) => string[];

export async function loadSpecCheck(): Promise<SpecCheck> {
  const walked = operations(await bundleSpec({ dereference: true }));
  const { checkDocumented } = createResponseCheck();

  return ({ method, template, status, headers, body }) => {
    const where = `${method} ${template} ${status}`;
    const operation = walked.find((ref) => ref.path === template && ref.method === method.toLowerCase());
    if (operation === undefined) return [`${method} ${template}: no such operation in the spec`];
    const documented = documentedResponse(operation, status);
    if (documented === undefined) return [`${where}: status not documented for this operation`];
    return checkDocumented(documented, { headers, body }).map((problem) => `${where}: ${problem}`);
  };
}
