/** The answer to a body that cannot reach the operation: too large, not JSON, malformed, invalid or missing. */
import { maxRequestBodyBytes, policyText } from '../../policy/policy.ts';
import type { Incoming } from './incoming.ts';
import { errorReply, invalidRequest, type Reply } from './reply.ts';

export type BodyCheck = { ok: true; value: unknown } | { ok: false; reply: Reply };

export function tooLarge(requestId: string): Reply {
  return errorReply(
    'PAYLOAD_TOO_LARGE',
    `The request body is over ${maxRequestBodyBytes} bytes (${policyText['maxRequestBody'] ?? ''}).`,
    requestId,
  );
}

export function checkBody(incoming: Incoming): BodyCheck {
  const { body, route, requestId } = incoming;
  switch (body.kind) {
    case 'json':
      return { ok: true, value: body.value };
    case 'absent':
      return route.body?.required
        ? { ok: false, reply: invalidRequest(requestId, [{ field: 'body', issue: 'Is required.' }], 'body') }
        : { ok: true, value: undefined };
    case 'too-large':
      return { ok: false, reply: tooLarge(requestId) };
    case 'unsupported-media':
    case 'form':
      return {
        ok: false,
        reply: errorReply(
          'UNSUPPORTED_MEDIA_TYPE',
          `Send the body as application/json, not ${body.kind === 'form' || !body.contentType ? 'an unlabelled or form body' : body.contentType}.`,
          requestId,
        ),
      };
    case 'malformed':
      return { ok: false, reply: invalidRequest(requestId, [{ field: 'body', issue: body.issue }], 'body') };
    case 'invalid':
      return { ok: false, reply: invalidRequest(requestId, body.details, 'body') };
  }
}
