/**
 * Typed methods, one per operation of the spec. They only pick the method and
 * path; retries, tokens and rate limits are the same for all in `call.ts`.
 */
import type { RequestOptions } from './call.ts';
import type {
  Application,
  CreateLockRequest,
  CreateUserRequest,
  EventList,
  InvitedUser,
  ListEventsParams,
  ListUsersParams,
  Lock,
  UpdateUserRequest,
  User,
  UserList,
} from './types.ts';

export type Request = <T = unknown>(method: string, path: string, options?: RequestOptions) => Promise<T>;

/** For the `POST` methods: reuse a key to make a later repeat of the same operation safe. */
export interface IdempotencyOptions {
  idempotencyKey?: string | undefined;
}

export interface UsersApi {
  list(params?: ListUsersParams): Promise<UserList>;
  create(body: CreateUserRequest, options?: IdempotencyOptions): Promise<User>;
  get(id: string): Promise<User>;
  update(id: string, body: UpdateUserRequest): Promise<User>;
  resendInvitation(id: string, options?: IdempotencyOptions): Promise<InvitedUser>;
}

export interface EventsApi {
  list(params?: ListEventsParams): Promise<EventList>;
}

export interface LocksApi {
  acquire(body: CreateLockRequest, options?: IdempotencyOptions): Promise<Lock>;
  release(id: string): Promise<void>;
}

export interface Resources {
  me(): Promise<Application>;
  users: UsersApi;
  events: EventsApi;
  locks: LocksApi;
}

const segment = encodeURIComponent;

export function createResources(request: Request): Resources {
  return {
    me: () => request<Application>('GET', '/v1/me'),
    users: {
      list: (params = {}) => request<UserList>('GET', '/v1/users', { query: { ...params } }),
      create: (body, options = {}) => request<User>('POST', '/v1/users', { body, ...options }),
      get: (id) => request<User>('GET', `/v1/users/${segment(id)}`),
      update: (id, body) => request<User>('PATCH', `/v1/users/${segment(id)}`, { body }),
      resendInvitation: (id, options = {}) =>
        request<InvitedUser>('POST', `/v1/users/${segment(id)}/invitation`, { ...options }),
    },
    events: {
      list: (params = {}) => request<EventList>('GET', '/v1/events', { query: { ...params } }),
    },
    locks: {
      acquire: (body, options = {}) => request<Lock>('POST', '/v1/locks', { body, ...options }),
      release: (id) => request<undefined>('DELETE', `/v1/locks/${segment(id)}`),
    },
  };
}
