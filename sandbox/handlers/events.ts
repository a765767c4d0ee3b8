/** Events: the audit trail, newest first, within the retention window (spec tag "Events"). */
import { integerDefault } from '../spec/routes.ts';
import { apiOperation, respond } from '../engine/operation.ts';
import { eventRetentionMs } from '../engine/prune.ts';
import { decodeCursor, invalidCursorIssue, page } from '../state/cursor.ts';

const defaultLimit = integerDefault('listEvents', 'limit');

export const eventOperations = [
  apiOperation('listEvents', (context, state) => {
    const { limit = defaultLimit, cursor, type } = context.query;
    const scope = { list: 'events', filters: { type } };
    const after = cursor === undefined ? undefined : decodeCursor(state.cursorSecret, scope, cursor);
    if (cursor !== undefined && after === undefined) {
      const details = [{ field: 'cursor', issue: invalidCursorIssue }];
      return { response: context.error('INVALID_REQUEST', 'The request has 1 invalid parameter.', details) };
    }
    const oldest = (context.now - eventRetentionMs) / 1000;
    const matching = state.events.filter(
      (record) => record.event.created >= oldest && (type === undefined || record.event.type === type),
    );
    const { items, hasMore, nextCursor } = page(matching, { secret: state.cursorSecret, scope }, limit, after);
    return {
      response: respond(200, { data: items.map((record) => record.event), has_more: hasMore, next_cursor: nextCursor }),
    };
  }),
];
