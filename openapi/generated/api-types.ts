/**
 * BlueRound API types, generated from openapi/openapi.yaml by openapi-typescript.
 * Do not edit: change the spec, then run `npm run generate` and commit.
 * `npm run generate -- --check` (in `npm run lint`) fails when this file no longer matches the spec.
 */

export interface paths {
  '/oauth/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue an access token
     * @description The OAuth 2.0 token endpoint (RFC 6749). Two grants:
     *
     *     - `client_credentials` (§4.4) exchanges your client credentials for a
     *       token pair.
     *     - `refresh_token` (§6) exchanges the latest refresh token for a new pair.
     *       Refresh tokens rotate: the one you sent stops working at once, and
     *       sending it again answers `invalid_grant`.
     *
     *     Authenticate the client with HTTP Basic or with `client_id` and
     *     `client_secret` in the form body, not both. The access token lives
     *     3600 s (1 hour) and the refresh token 30 days. `scope` narrows the grant
     *     to fewer scopes than the client holds. RFC 6749 §4.4.3 says a client
     *     credentials grant should not return a refresh token; this one does.
     *
     *     Errors follow RFC 6749 §5.2, a body over 1 MB (`413`) included. A body
     *     that is not `application/x-www-form-urlencoded`, or a parameter longer
     *     than its `maxLength`, answers `invalid_request`. Token requests do not
     *     count against the rate limit.
     */
    post: operations['issueToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oauth/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revoke a token
     * @description Token revocation (RFC 7009). The access or refresh token fails from then
     *     on. Revoking a refresh token also revokes the access token issued with it
     *     (RFC 7009 §2.1); revoking an access token leaves its refresh token valid.
     *     An unknown, expired or already revoked token still answers `200`, so the
     *     call is safe to repeat. A token issued to another client answers
     *     `invalid_grant` and stays valid. Client authentication as for
     *     `POST /oauth/token`.
     */
    post: operations['revokeToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/me': {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
      };
      path?: never;
      cookie?: never;
    };
    /**
     * Get the calling application
     * @description Returns the application that owns the access token and the scopes of that
     *     token. It needs a valid token and no particular scope, which makes it a
     *     cheap check that credentials and configuration work; the SDK calls it when
     *     it starts.
     */
    get: operations['getCurrentApplication'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users': {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
      };
      path?: never;
      cookie?: never;
    };
    /**
     * List users
     * @description Lists the organisation's users, newest first, one page at a time. Follow
     *     `next_cursor` until `has_more` is `false`.
     */
    get: operations['listUsers'];
    put?: never;
    /**
     * Invite a user
     * @description Creates a user with status `pending_invite` and sends them an invitation
     *     that expires after 48 h (`invitation_expires_at`). Emits `user.created`.
     *     An email that another user already has, in any letter case, answers
     *     `409 DUPLICATE_RESOURCE`.
     */
    post: operations['createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
      };
      path: {
        /**
         * @description The user's ID (`usr_…`). An ID that matches no user answers `404 NOT_FOUND`.
         * @example usr_9f2c4e1a
         */
        id: components['parameters']['UserId'];
      };
      cookie?: never;
    };
    /**
     * Get a user
     * @description Returns one user.
     */
    get: operations['getUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update a user
     * @description Changes the fields you send and leaves the others as they are. Set
     *     `status` to `inactive` to disable a user (a pending invitation is
     *     cancelled) and to `active` to enable them again. Emits `user.updated`.
     *     `PATCH` takes no `Idempotency-Key`: sending the same change twice gives
     *     the same result.
     */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/v1/users/{id}/invitation': {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
      };
      path: {
        /**
         * @description The ID (`usr_…`) of a user whose invitation is still pending. An ID that matches no user answers `404 NOT_FOUND`.
         * @example usr_5d1f7c92
         */
        id: components['parameters']['PendingUserId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resend an invitation
     * @description Sends the invitation email again and restarts its 48 h validity, also
     *     after it expired. The email is queued, hence `202`; the body is the user
     *     with the new `invitation_expires_at`. Emits `invitation.sent`. Only a
     *     `pending_invite` user can be invited again; anyone else answers
     *     `409 DUPLICATE_RESOURCE`. The operation takes no request body.
     */
    post: operations['resendInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events': {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
      };
      path?: never;
      cookie?: never;
    };
    /**
     * List events
     * @description Lists the events of the last 30 days, newest first. Every state change
     *     emits exactly one event. Webhooks receive the same events at least once
     *     and in order per resource, so deduplicate on `id`.
     */
    get: operations['listEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/locks': {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
      };
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Acquire a lock
     * @description Locks `resource` for `ttl_seconds` (1 to 3600). While the lock is held,
     *     another acquire of the same resource answers `409 DUPLICATE_RESOURCE`;
     *     retry after `expires_at` or when the holder releases it. When the TTL runs
     *     out the lock expires and frees the resource by itself. Locks and their
     *     resource names are scoped to your application.
     */
    post: operations['acquireLock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/locks/{id}': {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
      };
      path: {
        /**
         * @description The lock's ID (`lck_…`) from `POST /v1/locks`. An unknown, already released
         *     or expired lock answers `404 NOT_FOUND`.
         * @example lck_5a0e9d27
         */
        id: components['parameters']['LockId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Release a lock
     * @description Releases a lock you hold so its resource is free at once. A lock that
     *     already expired no longer exists and answers `404 NOT_FOUND`, like an
     *     unknown ID.
     */
    delete: operations['releaseLock'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/_sandbox/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reset the sandbox
     * @description Puts the sandbox back in its seeded state: the seeded users and events,
     *     the default rate limit (60 requests per 60 s), no locks, no queued faults
     *     and no stored idempotency keys. The virtual clock keeps its time and issued
     *     tokens stay valid. No authentication.
     */
    post: operations['resetSandbox'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/_sandbox/clock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Advance the sandbox clock
     * @description Moves the sandbox's virtual clock forward, so token, invitation, lock,
     *     idempotency-key and rate-limit expiries can be tested without waiting.
     *     The response is the new virtual time. No authentication.
     */
    post: operations['advanceSandboxClock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/_sandbox/rate-limit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set the sandbox rate limit
     * @description Replaces the rate limit of every client, starting a fresh window now.
     *     `POST /_sandbox/reset` restores the default of 60 requests per 60 s. The
     *     response is the limit now in force. No authentication.
     */
    put: operations['setSandboxRateLimit'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/_sandbox/faults': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Queue sandbox faults
     * @description Makes the next requests that match `METHOD /path` answer the given
     *     statuses, one request each and in order, with the documented error
     *     envelope and headers (`INTERNAL_ERROR` or `SERVICE_UNAVAILABLE` with
     *     `Retry-After`); later requests are served normally. Use it to test retry
     *     logic. A new call for the same `match` replaces its queue;
     *     `POST /_sandbox/reset` clears all queues. Faulted responses count against
     *     the rate limit. No authentication.
     */
    post: operations['queueSandboxFaults'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description Client credentials grant (RFC 6749 §4.4). Send `client_id` and
     *     `client_secret` here or with HTTP Basic, not both. Unrecognised parameters
     *     are ignored (RFC 6749 §3.2).
     */
    ClientCredentialsTokenRequest: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      grant_type: 'client_credentials';
      /**
       * @description Space-separated scopes to narrow the token to. Omit it to get every scope
       *     the client holds.
       */
      scope?: string;
      /** @description Required unless you authenticate with HTTP Basic. */
      client_id?: string;
      /** @description Required unless you authenticate with HTTP Basic. */
      client_secret?: string;
    };
    /**
     * @description Refresh grant (RFC 6749 §6). The refresh token rotates: the response holds a
     *     new pair and the refresh token you sent stops working. Client
     *     authentication as for the client credentials grant.
     */
    RefreshTokenRequest: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      grant_type: 'refresh_token';
      /** @description The latest refresh token issued to this client. */
      refresh_token: string;
      /**
       * @description Space-separated scopes, no more than the refresh token holds. Omit it to
       *     keep the same scopes.
       */
      scope?: string;
      /** @description Required unless you authenticate with HTTP Basic. */
      client_id?: string;
      /** @description Required unless you authenticate with HTTP Basic. */
      client_secret?: string;
    };
    /** @description A token request, by `grant_type`. */
    TokenRequest: components['schemas']['ClientCredentialsTokenRequest'] | components['schemas']['RefreshTokenRequest'];
    /**
     * @description A new token pair (RFC 6749 §5.1). BlueRound returns a refresh token for the
     *     client credentials grant too, so a client can renew without sending its
     *     secret again.
     */
    TokenResponse: {
      /** @description Send as `Authorization: Bearer <access_token>`. */
      access_token: string;
      /** @constant */
      token_type: 'Bearer';
      /** @description Lifetime of the access token in seconds, 3600 (1 hour). */
      expires_in: number;
      /** @description Valid for 30 days and for one use; the previous refresh token stops working. */
      refresh_token: string;
      /** @description The granted scopes, space-separated. */
      scope: string;
    };
    /** @description Error body of the `/oauth/*` endpoints (RFC 6749 §5.2). */
    OAuthError: {
      /**
       * @description `invalid_request`: a parameter is missing, repeated, malformed or longer
       *     than its `maxLength`, the body is not form-encoded or is over 1 MB (413),
       *     or more than one client authentication method was used.
       *     `invalid_client`: client authentication failed (401).
       *     `invalid_grant`: the refresh token is expired, revoked, already rotated,
       *     unknown, or was issued to another client.
       *     `unsupported_grant_type`: `grant_type` is not `client_credentials` or `refresh_token`.
       *     `invalid_scope`: `scope` names an unknown scope or more than the client or
       *     the refresh token holds.
       * @enum {string}
       */
      error: 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type' | 'invalid_scope';
      /** @description Human-readable explanation, in English. */
      error_description: string;
    };
    /**
     * @description Token revocation (RFC 7009 §2.1), with client authentication as for
     *     `POST /oauth/token`. Unrecognised parameters are ignored.
     */
    RevokeTokenRequest: {
      /** @description The access or refresh token to revoke. */
      token: string;
      /**
       * @description Where to look first; both kinds are searched either way.
       * @enum {string}
       */
      token_type_hint?: 'access_token' | 'refresh_token';
      /** @description Required unless you authenticate with HTTP Basic. */
      client_id?: string;
      /** @description Required unless you authenticate with HTTP Basic. */
      client_secret?: string;
    };
    /**
     * @description An OAuth scope.
     * @enum {string}
     */
    Scope: 'users:read' | 'users:write' | 'events:read' | 'locks:write';
    /** @description The application (OAuth client) that owns the access token. */
    Application: {
      /** @description Unique ID, prefixed `app_`. */
      id: string;
      /** @description Name given when the application was registered. */
      name: string;
      /** @description The scopes of the access token used for this call, which can be narrower than the application's. */
      scopes: components['schemas']['Scope'][];
    };
    /**
     * @description Machine-readable error code; each belongs to one HTTP status (the Error
     *     codes table of the API reference lists them; the spec states them in
     *     `components.x-error-statuses`).
     * @enum {string}
     */
    ErrorCode:
      | 'INVALID_REQUEST'
      | 'UNAUTHENTICATED'
      | 'INSUFFICIENT_SCOPE'
      | 'NOT_FOUND'
      | 'METHOD_NOT_ALLOWED'
      | 'DUPLICATE_RESOURCE'
      | 'IDEMPOTENCY_KEY_REUSED'
      | 'PAYLOAD_TOO_LARGE'
      | 'UNSUPPORTED_MEDIA_TYPE'
      | 'RATE_LIMITED'
      | 'INTERNAL_ERROR'
      | 'SERVICE_UNAVAILABLE';
    /** @description One problem with one input. */
    ErrorDetail: {
      /**
       * @description The body field (dotted path for nested fields), query or path
       *     parameter, or header that is wrong, for example `email`, `limit` or
       *     `BlueRound-Version`.
       */
      field: string;
      /** @description What is wrong with it, in English. */
      issue: string;
    };
    /** @description The envelope of every `/v1` error. */
    Error: {
      error: {
        code: components['schemas']['ErrorCode'];
        /** @description Human-readable explanation, in English. Can change at any time; do not parse it. */
        message: string;
        /** @description Same value as the `X-Request-Id` response header. */
        request_id: string;
        /** @description Present on `INVALID_REQUEST`, one entry per problem. */
        details?: components['schemas']['ErrorDetail'][];
      };
    };
    /**
     * @description `pending_invite`: created, invitation sent or queued, not accepted yet (an
     *     expired invitation leaves the user here until it is resent).
     *     `active`: accepted the invitation and can sign in.
     *     `inactive`: disabled by an admin; their sessions are revoked.
     * @enum {string}
     */
    UserStatus: 'pending_invite' | 'active' | 'inactive';
    /**
     * @description What the user may do in BlueRound: `admin` manages users and settings,
     *     `member` works with data, `viewer` only reads.
     * @enum {string}
     */
    UserRole: 'admin' | 'member' | 'viewer';
    /** @description A person in your BlueRound organisation. */
    User: {
      /** @description Unique ID, prefixed `usr_`. */
      id: string;
      /**
       * Format: email
       * @description Email address as given at creation. Unique in the organisation, compared case-insensitively.
       */
      email: string;
      /** @description Display name. */
      name: string;
      role: components['schemas']['UserRole'];
      status: components['schemas']['UserStatus'];
      /**
       * Format: date-time
       * @description While the user is `pending_invite`: when the invitation link stops
       *     working, 48 h after it was last sent (it may lie in the past). `null`
       *     once the user is `active` or `inactive`.
       */
      invitation_expires_at: string | null;
      /**
       * Format: date-time
       * @description When the user was created.
       */
      created_at: string;
      /**
       * Format: date-time
       * @description When any field last changed.
       */
      updated_at: string;
    };
    /** @description One page of users, newest first. */
    UserList: {
      data: components['schemas']['User'][];
      /** @description Whether another page follows. */
      has_more: boolean;
      /** @description Pass as `cursor` to get the next page; `null` on the last page. */
      next_cursor: string | null;
    };
    /** @description The user to invite. They start as `pending_invite` and get an invitation email. */
    CreateUserRequest: {
      /**
       * Format: email
       * @description Must not belong to another user, compared case-insensitively.
       */
      email: string;
      name: string;
      role: components['schemas']['UserRole'];
    };
    /**
     * @description The fields to change; at least one. `status` can be set to `active` or
     *     `inactive` only: invitations start with `POST /v1/users` and are resent
     *     with `POST /v1/users/{id}/invitation`. Setting a status clears
     *     `invitation_expires_at`.
     */
    UpdateUserRequest: {
      name?: string;
      role?: components['schemas']['UserRole'];
      /** @enum {string} */
      status?: 'active' | 'inactive';
    };
    /**
     * @description `resource.action`. Current types: `user.created`, `user.updated`,
     *     `invitation.sent`. New types can be added without a new API version;
     *     ignore types you do not handle.
     * @example user.created
     * @example user.updated
     * @example invitation.sent
     */
    EventType: string;
    /**
     * @description One state change, one event: `user.created` when a user is invited,
     *     `user.updated` on every later change to a user (including accepting the
     *     invitation), `invitation.sent` when an invitation is resent.
     */
    Event: {
      /** @description Unique ID, prefixed `evt_`. Webhook deliveries can repeat an event; deduplicate on this. */
      id: string;
      type: components['schemas']['EventType'];
      /** @description The API version `data.object` is rendered in. */
      api_version: string;
      /** @description When the change happened, in unix seconds. */
      created: number;
      data: {
        /** @description The resource after the change; for every current event type, a user. */
        object: components['schemas']['User'];
      };
    };
    /** @description One page of events, newest first. */
    EventList: {
      data: components['schemas']['Event'][];
      /** @description Whether another page follows. */
      has_more: boolean;
      /** @description Pass as `cursor` to get the next page; `null` on the last page. */
      next_cursor: string | null;
    };
    /** @description The resource to lock and for how long. */
    CreateLockRequest: {
      /** @description Any name your workers agree on, such as `invoice:inv_20240314`. */
      resource: string;
      /** @description Seconds until the lock expires by itself, from 1 to 3600. */
      ttl_seconds: number;
    };
    /** @description A held lock. */
    Lock: {
      /** @description Unique ID, prefixed `lck_`; release the lock with it. */
      id: string;
      /** @description The name of the locked resource. */
      resource: string;
      /**
       * Format: date-time
       * @description When the lock frees its resource unless released earlier.
       */
      expires_at: string;
    };
    /** @description How far to move the sandbox's virtual clock. */
    SandboxClockAdvance: {
      /**
       * @description Seconds to move forward, at most 315,360,000 (ten years) per call; the
       *     clock never goes back. `0` reads the clock. A move past the latest time
       *     the sandbox keeps (December 9999) answers `400 INVALID_REQUEST`.
       */
      advance_seconds: number;
    };
    /** @description The sandbox's virtual time. */
    SandboxClock: {
      /**
       * Format: date-time
       * @description The virtual time after the move, which token, invitation, lock, idempotency and rate-limit expiries follow.
       */
      now: string;
    };
    /** @description The sandbox's rate limit, applied to every client. */
    SandboxRateLimit: {
      /** @description Requests allowed per window, at most 1,000,000,000. */
      limit: number;
      /** @description Window length in seconds, at most 86,400 (one day). */
      window_seconds: number;
    };
    /** @description Faults to answer the next matching `/v1` requests with. */
    SandboxFaults: {
      /**
       * @description `METHOD /path`: an exact `/v1` path without query string, such as
       *     `GET /v1/users` or `DELETE /v1/locks/lck_5a0e9d27`.
       */
      match: string;
      /**
       * @description The statuses the next matching requests answer, one request each, in
       *     order; then the requests are served normally again.
       */
      statuses: (500 | 503)[];
    };
  };
  responses: {
    /** @description invalid_client: client authentication failed (unknown client, wrong secret, or no credentials). */
    OAuthInvalidClient: {
      headers: {
        'WWW-Authenticate': components['headers']['WWW-Authenticate-Basic'];
        'Cache-Control': components['headers']['Cache-Control-No-Store'];
        Pragma: components['headers']['Pragma-No-Cache'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['OAuthError'];
      };
    };
    /** @description `invalid_request`: the request body is over 1 MB (1,048,576 bytes). The body follows RFC 6749 §5.2 like every `/oauth` error. */
    OAuthPayloadTooLarge: {
      headers: {
        'Cache-Control': components['headers']['Cache-Control-No-Store'];
        Pragma: components['headers']['Pragma-No-Cache'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['OAuthError'];
      };
    };
    /** @description INVALID_REQUEST: a header or parameter is invalid, such as an unknown `BlueRound-Version`. */
    BadRequest: {
      headers: {
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        'BlueRound-Version': components['headers']['BlueRound-Version'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description UNAUTHENTICATED: the access token is missing, malformed, expired or revoked. Refresh the token and retry once. */
    Unauthenticated: {
      headers: {
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        'BlueRound-Version': components['headers']['BlueRound-Version'];
        'WWW-Authenticate': components['headers']['WWW-Authenticate-Bearer'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description RATE_LIMITED: the client used up its window. Wait `Retry-After` seconds. */
    RateLimited: {
      headers: {
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        'BlueRound-Version': components['headers']['BlueRound-Version'];
        /**
         * @description Always 0 on this response.
         * @example 0
         */
        'X-RateLimit-Remaining': 0;
        'Retry-After': components['headers']['Retry-After'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description INTERNAL_ERROR: an unexpected failure. Retry with exponential back-off; with an `Idempotency-Key` a retried `POST` is safe. */
    InternalError: {
      headers: {
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        'BlueRound-Version': components['headers']['BlueRound-Version'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description SERVICE_UNAVAILABLE: the service is overloaded or in maintenance. Retry after `Retry-After` seconds, with back-off. */
    ServiceUnavailable: {
      headers: {
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        'BlueRound-Version': components['headers']['BlueRound-Version'];
        'Retry-After': components['headers']['Retry-After'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description INVALID_REQUEST: a query parameter or header is invalid; `error.details` names each. */
    BadRequestListParameters: {
      headers: {
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        'BlueRound-Version': components['headers']['BlueRound-Version'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description INSUFFICIENT_SCOPE: the access token lacks a scope this operation needs. Do not retry; request a token with that scope. */
    InsufficientScope: {
      headers: {
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        'BlueRound-Version': components['headers']['BlueRound-Version'];
        'WWW-Authenticate': components['headers']['WWW-Authenticate-Insufficient-Scope'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description PAYLOAD_TOO_LARGE: the request body is over 1 MB. */
    PayloadTooLarge: {
      headers: {
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        'BlueRound-Version': components['headers']['BlueRound-Version'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description UNSUPPORTED_MEDIA_TYPE: the request body is not `application/json`. */
    UnsupportedMediaType: {
      headers: {
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        'BlueRound-Version': components['headers']['BlueRound-Version'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description NOT_FOUND: no user has this ID. */
    UserNotFound: {
      headers: {
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        'BlueRound-Version': components['headers']['BlueRound-Version'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description NOT_FOUND: no held lock has this ID; it was released, has expired or never existed. */
    LockNotFound: {
      headers: {
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        'BlueRound-Version': components['headers']['BlueRound-Version'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /**
     * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
     *     `2024-01-01`, which is also the only version today. A malformed or unknown
     *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
     *     `BlueRound-Version`.
     * @example 2024-01-01
     */
    BlueRoundVersion: string;
    /**
     * @description Maximum number of items on the page, from 1 to 100; 20 when omitted.
     * @example 20
     */
    Limit: number;
    /**
     * @description The `next_cursor` of the previous page. Omit it for the first page, and keep
     *     the other query parameters unchanged while you follow it. Cursors are
     *     opaque and signed: one that was altered, issued before a sandbox reset, or
     *     sent with filters other than those of the request that returned it answers
     *     `400 INVALID_REQUEST`.
     * @example 2k.pR7xZ0qL3mV9tB1nC5dF8w
     */
    Cursor: string;
    /**
     * @description Only return users with this status.
     * @example pending_invite
     */
    UserStatusFilter: components['schemas']['UserStatus'];
    /**
     * @description A unique key you choose (a UUID v4 is ideal) that makes this `POST` safe to
     *     retry. Within 24 h, the same key with the same method, path and JSON body
     *     replays the first successful response with `Idempotent-Replayed: true` and
     *     creates nothing; the same key with a different request answers
     *     `409 IDEMPOTENCY_KEY_REUSED`. Keys are scoped to your client, and only `2xx`
     *     responses are stored.
     * @example 5f0c7e2a-8d4b-4c1e-9a36-2b7f1d9e4c80
     */
    IdempotencyKey: string;
    /**
     * @description The user's ID (`usr_…`). An ID that matches no user answers `404 NOT_FOUND`.
     * @example usr_9f2c4e1a
     */
    UserId: string;
    /**
     * @description The ID (`usr_…`) of a user whose invitation is still pending. An ID that matches no user answers `404 NOT_FOUND`.
     * @example usr_5d1f7c92
     */
    PendingUserId: string;
    /**
     * @description Only return events of this type, for example `user.created`. A type that
     *     does not exist yet simply matches nothing.
     * @example user.created
     */
    EventTypeFilter: components['schemas']['EventType'];
    /**
     * @description The lock's ID (`lck_…`) from `POST /v1/locks`. An unknown, already released
     *     or expired lock answers `404 NOT_FOUND`.
     * @example lck_5a0e9d27
     */
    LockId: string;
  };
  requestBodies: never;
  headers: {
    /**
     * @description Token responses must not be cached (RFC 6749 §5.1).
     * @example no-store
     */
    'Cache-Control-No-Store': 'no-store';
    /**
     * @description HTTP/1.0 counterpart of `Cache-Control no-store` (RFC 6749 §5.1).
     * @example no-cache
     */
    'Pragma-No-Cache': 'no-cache';
    /**
     * @description Basic challenge for client authentication (RFC 6749 §5.2, `invalid_client`).
     * @example Basic realm="blueround"
     */
    'WWW-Authenticate-Basic': string;
    /**
     * @description Requests the client may make in the current window (by default 60 requests per 60 s).
     * @example 60
     */
    'X-RateLimit-Limit': number;
    /**
     * @description Requests left in the current window, this one included in the count.
     * @example 57
     */
    'X-RateLimit-Remaining': number;
    /**
     * @description Unix time in seconds at which the current window ends and the count starts again.
     * @example 1710408420
     */
    'X-RateLimit-Reset': number;
    /**
     * @description Opaque identifier of this request, equal to `error.request_id` on errors. Quote it to support.
     * @example req_8f14e45fceea
     */
    'X-Request-Id': string;
    /**
     * @description The API version that served the request: the `BlueRound-Version` you sent,
     *     or the current version (`2024-01-01`) when you sent none or an unknown one.
     * @example 2024-01-01
     */
    'BlueRound-Version': string;
    /**
     * @description Bearer challenge (RFC 6750 §3). Without credentials it is only
     *     `Bearer realm="blueround"`; with a bad token it adds
     *     `error="invalid_token"` and an `error_description`.
     * @example Bearer realm="blueround", error="invalid_token", error_description="The access token expired"
     */
    'WWW-Authenticate-Bearer': string;
    /**
     * @description Whole seconds to wait before sending the request again (at least 1).
     * @example 7
     */
    'Retry-After': number;
    /**
     * @description Bearer challenge for a token without the needed scope (RFC 6750 §3.1), with
     *     `error="insufficient_scope"` and the `scope` the operation requires.
     * @example Bearer realm="blueround", error="insufficient_scope", scope="users:write"
     */
    'WWW-Authenticate-Insufficient-Scope': string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  issueToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['TokenRequest'];
      };
    };
    responses: {
      /** @description A new token pair. */
      200: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control-No-Store'];
          Pragma: components['headers']['Pragma-No-Cache'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description `invalid_request`, `invalid_grant`, `unsupported_grant_type` or `invalid_scope` (RFC 6749 §5.2). */
      400: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control-No-Store'];
          Pragma: components['headers']['Pragma-No-Cache'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      401: components['responses']['OAuthInvalidClient'];
      413: components['responses']['OAuthPayloadTooLarge'];
    };
  };
  revokeToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['RevokeTokenRequest'];
      };
    };
    responses: {
      /** @description The token is revoked, or was not valid to begin with. The body is empty. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `invalid_request` (no `token`, or a parameter longer than its `maxLength`) or `invalid_grant` (the token belongs to another client). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      401: components['responses']['OAuthInvalidClient'];
      413: components['responses']['OAuthPayloadTooLarge'];
    };
  };
  getCurrentApplication: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The calling application. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          'BlueRound-Version': components['headers']['BlueRound-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Application'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      429: components['responses']['RateLimited'];
      500: components['responses']['InternalError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  listUsers: {
    parameters: {
      query?: {
        /**
         * @description Maximum number of items on the page, from 1 to 100; 20 when omitted.
         * @example 20
         */
        limit?: components['parameters']['Limit'];
        /**
         * @description The `next_cursor` of the previous page. Omit it for the first page, and keep
         *     the other query parameters unchanged while you follow it. Cursors are
         *     opaque and signed: one that was altered, issued before a sandbox reset, or
         *     sent with filters other than those of the request that returned it answers
         *     `400 INVALID_REQUEST`.
         * @example 2k.pR7xZ0qL3mV9tB1nC5dF8w
         */
        cursor?: components['parameters']['Cursor'];
        /**
         * @description Only return users with this status.
         * @example pending_invite
         */
        status?: components['parameters']['UserStatusFilter'];
      };
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of users. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          'BlueRound-Version': components['headers']['BlueRound-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserList'];
        };
      };
      400: components['responses']['BadRequestListParameters'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['InsufficientScope'];
      429: components['responses']['RateLimited'];
      500: components['responses']['InternalError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
        /**
         * @description A unique key you choose (a UUID v4 is ideal) that makes this `POST` safe to
         *     retry. Within 24 h, the same key with the same method, path and JSON body
         *     replays the first successful response with `Idempotent-Replayed: true` and
         *     creates nothing; the same key with a different request answers
         *     `409 IDEMPOTENCY_KEY_REUSED`. Keys are scoped to your client, and only `2xx`
         *     responses are stored.
         * @example 5f0c7e2a-8d4b-4c1e-9a36-2b7f1d9e4c80
         */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserRequest'];
      };
    };
    responses: {
      /** @description The user was created and the invitation sent. */
      201: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          'BlueRound-Version': components['headers']['BlueRound-Version'];
          /**
           * @description Present, with the value `true`, when this response is a replay of the first
           *     response stored for the request's `Idempotency-Key`; nothing was created.
           * @example true
           */
          'Idempotent-Replayed'?: true;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description INVALID_REQUEST: the body or a header is invalid; `error.details` names each problem. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          'BlueRound-Version': components['headers']['BlueRound-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['InsufficientScope'];
      /**
       * @description `DUPLICATE_RESOURCE`: a user with this email exists (compared
       *     case-insensitively). `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key`
       *     was used for a different request.
       */
      409: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          'BlueRound-Version': components['headers']['BlueRound-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      500: components['responses']['InternalError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  getUser: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
      };
      path: {
        /**
         * @description The user's ID (`usr_…`). An ID that matches no user answers `404 NOT_FOUND`.
         * @example usr_9f2c4e1a
         */
        id: components['parameters']['UserId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          'BlueRound-Version': components['headers']['BlueRound-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['InsufficientScope'];
      404: components['responses']['UserNotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['InternalError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
      };
      path: {
        /**
         * @description The user's ID (`usr_…`). An ID that matches no user answers `404 NOT_FOUND`.
         * @example usr_9f2c4e1a
         */
        id: components['parameters']['UserId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserRequest'];
      };
    };
    responses: {
      /** @description The user after the change. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          'BlueRound-Version': components['headers']['BlueRound-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description INVALID_REQUEST: the body is empty or invalid, or a header is invalid; `error.details` names each problem. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          'BlueRound-Version': components['headers']['BlueRound-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['InsufficientScope'];
      404: components['responses']['UserNotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      500: components['responses']['InternalError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  resendInvitation: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
        /**
         * @description A unique key you choose (a UUID v4 is ideal) that makes this `POST` safe to
         *     retry. Within 24 h, the same key with the same method, path and JSON body
         *     replays the first successful response with `Idempotent-Replayed: true` and
         *     creates nothing; the same key with a different request answers
         *     `409 IDEMPOTENCY_KEY_REUSED`. Keys are scoped to your client, and only `2xx`
         *     responses are stored.
         * @example 5f0c7e2a-8d4b-4c1e-9a36-2b7f1d9e4c80
         */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        /**
         * @description The ID (`usr_…`) of a user whose invitation is still pending. An ID that matches no user answers `404 NOT_FOUND`.
         * @example usr_5d1f7c92
         */
        id: components['parameters']['PendingUserId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invitation is queued for sending. */
      202: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          'BlueRound-Version': components['headers']['BlueRound-Version'];
          /**
           * @description Present, with the value `true`, when this response is a replay of the first
           *     response stored for the request's `Idempotency-Key`; nothing was created.
           * @example true
           */
          'Idempotent-Replayed'?: true;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['InsufficientScope'];
      404: components['responses']['UserNotFound'];
      /**
       * @description `DUPLICATE_RESOURCE`: the user is not `pending_invite` (already
       *     `active` or `inactive`). `IDEMPOTENCY_KEY_REUSED`: the
       *     `Idempotency-Key` was used for a different request.
       */
      409: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          'BlueRound-Version': components['headers']['BlueRound-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      429: components['responses']['RateLimited'];
      500: components['responses']['InternalError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  listEvents: {
    parameters: {
      query?: {
        /**
         * @description Maximum number of items on the page, from 1 to 100; 20 when omitted.
         * @example 20
         */
        limit?: components['parameters']['Limit'];
        /**
         * @description The `next_cursor` of the previous page. Omit it for the first page, and keep
         *     the other query parameters unchanged while you follow it. Cursors are
         *     opaque and signed: one that was altered, issued before a sandbox reset, or
         *     sent with filters other than those of the request that returned it answers
         *     `400 INVALID_REQUEST`.
         * @example 2k.pR7xZ0qL3mV9tB1nC5dF8w
         */
        cursor?: components['parameters']['Cursor'];
        /**
         * @description Only return events of this type, for example `user.created`. A type that
         *     does not exist yet simply matches nothing.
         * @example user.created
         */
        type?: components['parameters']['EventTypeFilter'];
      };
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of events. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          'BlueRound-Version': components['headers']['BlueRound-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventList'];
        };
      };
      400: components['responses']['BadRequestListParameters'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['InsufficientScope'];
      429: components['responses']['RateLimited'];
      500: components['responses']['InternalError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  acquireLock: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
        /**
         * @description A unique key you choose (a UUID v4 is ideal) that makes this `POST` safe to
         *     retry. Within 24 h, the same key with the same method, path and JSON body
         *     replays the first successful response with `Idempotent-Replayed: true` and
         *     creates nothing; the same key with a different request answers
         *     `409 IDEMPOTENCY_KEY_REUSED`. Keys are scoped to your client, and only `2xx`
         *     responses are stored.
         * @example 5f0c7e2a-8d4b-4c1e-9a36-2b7f1d9e4c80
         */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLockRequest'];
      };
    };
    responses: {
      /** @description The lock is yours until `expires_at`. */
      201: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          'BlueRound-Version': components['headers']['BlueRound-Version'];
          /**
           * @description Present, with the value `true`, when this response is a replay of the first
           *     response stored for the request's `Idempotency-Key`; nothing was created.
           * @example true
           */
          'Idempotent-Replayed'?: true;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lock'];
        };
      };
      /** @description INVALID_REQUEST: the body or a header is invalid; `error.details` names each problem. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          'BlueRound-Version': components['headers']['BlueRound-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['InsufficientScope'];
      /**
       * @description `DUPLICATE_RESOURCE`: another lock holds the resource.
       *     `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used for a
       *     different request.
       */
      409: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          'BlueRound-Version': components['headers']['BlueRound-Version'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      500: components['responses']['InternalError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  releaseLock: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The dated API version to use, `YYYY-MM-DD`. Defaults to the current version,
         *     `2024-01-01`, which is also the only version today. A malformed or unknown
         *     version answers `400 INVALID_REQUEST` with `details[0].field` set to
         *     `BlueRound-Version`.
         * @example 2024-01-01
         */
        'BlueRound-Version'?: components['parameters']['BlueRoundVersion'];
      };
      path: {
        /**
         * @description The lock's ID (`lck_…`) from `POST /v1/locks`. An unknown, already released
         *     or expired lock answers `404 NOT_FOUND`.
         * @example lck_5a0e9d27
         */
        id: components['parameters']['LockId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The lock is released. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          'BlueRound-Version': components['headers']['BlueRound-Version'];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['InsufficientScope'];
      404: components['responses']['LockNotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['InternalError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  resetSandbox: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sandbox is reset. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  advanceSandboxClock: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SandboxClockAdvance'];
      };
    };
    responses: {
      /** @description The clock moved. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SandboxClock'];
        };
      };
      /** @description INVALID_REQUEST: the body is invalid; `error.details` names each problem. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  setSandboxRateLimit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SandboxRateLimit'];
      };
    };
    responses: {
      /** @description The new limit is in force. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SandboxRateLimit'];
        };
      };
      /** @description INVALID_REQUEST: the body is invalid; `error.details` names each problem. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  queueSandboxFaults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SandboxFaults'];
      };
    };
    responses: {
      /** @description The faults are queued. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SandboxFaults'];
        };
      };
      /** @description INVALID_REQUEST: the body is invalid; `error.details` names each problem. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}

/** The HTTP status of each error code: `components.x-error-statuses` of the spec. */
export interface ErrorStatuses {
  INVALID_REQUEST: 400;
  UNAUTHENTICATED: 401;
  INSUFFICIENT_SCOPE: 403;
  NOT_FOUND: 404;
  METHOD_NOT_ALLOWED: 405;
  DUPLICATE_RESOURCE: 409;
  IDEMPOTENCY_KEY_REUSED: 409;
  PAYLOAD_TOO_LARGE: 413;
  UNSUPPORTED_MEDIA_TYPE: 415;
  RATE_LIMITED: 429;
  INTERNAL_ERROR: 500;
  SERVICE_UNAVAILABLE: 503;
}
