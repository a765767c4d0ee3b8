/** The calling application (spec tag "Applications"). */
import { apiOperation, respond } from '../engine/operation.ts';

export const meOperations = [
  apiOperation('getCurrentApplication', (context) => ({
    response: respond(200, { id: context.app.id, name: context.app.name, scopes: [...context.scopes] }),
  })),
];
