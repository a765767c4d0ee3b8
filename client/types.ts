/**
 * The API shapes the client speaks, taken from the types generated from the
 * OpenAPI spec: when the spec changes, `npm run generate:api-types` changes
 * these and the compiler points at every call site that no longer fits.
 */
import type { components, operations } from '../sandbox/generated/api-types.ts';

type Schemas = components['schemas'];
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Responses<Id extends keyof operations> = operations[Id]['responses'];
type RequestJson<Id extends keyof operations> = operations[Id] extends { requestBody: infer Body } ? Json<Body> : never;
type Query<Id extends keyof operations> = NonNullable<operations[Id]['parameters']['query']>;

export type Application = Json<Responses<'getCurrentApplication'>[200]>;
export type User = Json<Responses<'getUser'>[200]>;
export type UserList = Json<Responses<'listUsers'>[200]>;
export type ListUsersParams = Query<'listUsers'>;
export type CreateUserRequest = RequestJson<'createUser'>;
export type UpdateUserRequest = RequestJson<'updateUser'>;
export type InvitedUser = Json<Responses<'resendInvitation'>[202]>;
export type EventList = Json<Responses<'listEvents'>[200]>;
export type ListEventsParams = Query<'listEvents'>;
export type CreateLockRequest = RequestJson<'acquireLock'>;
export type Lock = Json<Responses<'acquireLock'>[201]>;

export type Scope = Schemas['Scope'];
export type TokenResponse = Schemas['TokenResponse'];
export type OAuthErrorBody = Schemas['OAuthError'];
export type OAuthErrorCode = OAuthErrorBody['error'];
export type ErrorEnvelope = Schemas['Error'];
export type ErrorCode = Schemas['ErrorCode'];
export type ErrorDetail = Schemas['ErrorDetail'];
