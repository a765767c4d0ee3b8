/** Users: list, invite, read, update and resend the invitation (spec tag "Users"). */
import { invitationTtlHours } from '../../policy/policy.ts';
import { integerDefault } from '../spec/routes.ts';
import { apiOperation, type ApiContext, respond } from '../engine/operation.ts';
import { isoSeconds } from '../state/clock.ts';
import { decodeCursor, invalidCursorIssue, page } from '../state/cursor.ts';
import { emitEvent } from '../state/events.ts';
import { hexId } from '../state/ids.ts';
import type { SandboxState, User, UserRecord } from '../state/types.ts';

const defaultLimit = integerDefault('listUsers', 'limit');
const invitationTtlMs = invitationTtlHours * 3_600_000;

function findUser(state: SandboxState, id: string | undefined): UserRecord | undefined {
  return state.users.find((record) => record.user.id === id);
}

function replaceUser(state: SandboxState, user: User): SandboxState {
  return { ...state, users: state.users.map((record) => (record.user.id === user.id ? { ...record, user } : record)) };
}

function notFound(context: ApiContext<'getUser' | 'updateUser' | 'resendInvitation'>) {
  return context.error('NOT_FOUND', `No user with ID ${context.pathParams['id'] ?? ''}.`);
}

export const userOperations = [
  apiOperation('listUsers', (context, state) => {
    const { limit = defaultLimit, cursor, status } = context.query;
    const scope = { list: 'users', filters: { status } };
    const after = cursor === undefined ? undefined : decodeCursor(state.cursorSecret, scope, cursor);
    if (cursor !== undefined && after === undefined) {
      const details = [{ field: 'cursor', issue: invalidCursorIssue }];
      return { response: context.error('INVALID_REQUEST', 'The request has 1 invalid parameter.', details) };
    }
    const matching = status ? state.users.filter((record) => record.user.status === status) : state.users;
    const { items, hasMore, nextCursor } = page(matching, { secret: state.cursorSecret, scope }, limit, after);
    return {
      response: respond(200, { data: items.map((record) => record.user), has_more: hasMore, next_cursor: nextCursor }),
    };
  }),

  apiOperation('createUser', (context, state) => {
    const { email, name, role } = context.body;
    const lower = email.toLowerCase();
    if (state.users.some((record) => record.user.email.toLowerCase() === lower)) {
      return { response: context.error('DUPLICATE_RESOURCE', `A user with the email ${email} already exists.`) };
    }
    const stamp = isoSeconds(context.now);
    const user: User = {
      id: hexId('usr', (id) => findUser(state, id) !== undefined),
      email,
      name,
      role,
      status: 'pending_invite',
      invitation_expires_at: isoSeconds(context.now + invitationTtlMs),
      created_at: stamp,
      updated_at: stamp,
    };
    const seq = state.seq + 1;
    const created = { ...state, seq, users: [...state.users, { seq, user }] };
    return {
      state: emitEvent(created, 'user.created', user, context.now, context.apiVersion),
      response: respond(201, user),
    };
  }),

  apiOperation('getUser', (context, state) => {
    const record = findUser(state, context.pathParams['id']);
    return { response: record ? respond(200, record.user) : notFound(context) };
  }),

  apiOperation('updateUser', (context, state) => {
    const record = findUser(state, context.pathParams['id']);
    if (!record) return { response: notFound(context) };
    const { name, role, status } = context.body;
    const before = record.user;
    const after: User = {
      ...before,
      ...(name === undefined ? {} : { name }),
      ...(role === undefined ? {} : { role }),
      // Setting a status ends any pending invitation (the spec's UpdateUserRequest).
      ...(status === undefined ? {} : { status, invitation_expires_at: null }),
    };
    const changed = (Object.keys(after) as (keyof User)[]).some((key) => after[key] !== before[key]);
    // The same change sent twice is not a second state change: no event, no new updated_at.
    if (!changed) return { response: respond(200, before) };
    const user = { ...after, updated_at: isoSeconds(context.now) };
    return {
      state: emitEvent(replaceUser(state, user), 'user.updated', user, context.now, context.apiVersion),
      response: respond(200, user),
    };
  }),

  apiOperation('resendInvitation', (context, state) => {
    const record = findUser(state, context.pathParams['id']);
    if (!record) return { response: notFound(context) };
    if (record.user.status !== 'pending_invite') {
      return {
        response: context.error(
          'DUPLICATE_RESOURCE',
          `User ${record.user.id} is ${record.user.status}; only pending_invite users can be invited again.`,
        ),
      };
    }
    const user: User = {
      ...record.user,
      invitation_expires_at: isoSeconds(context.now + invitationTtlMs),
      updated_at: isoSeconds(context.now),
    };
    return {
      state: emitEvent(replaceUser(state, user), 'invitation.sent', user, context.now, context.apiVersion),
      response: respond(202, user),
    };
  }),
];
