/** The sandbox's documented credentials (see the API contract); they only ever reach the in-page sandbox. */
import type { Credentials } from './sandbox-controls.ts';

export type CredentialKey = 'full' | 'readonly';

export const credentials: Readonly<Record<CredentialKey, Credentials & { label: string; scopes: string }>> = {
  full: {
    clientId: 'sandbox_app_full',
    clientSecret: 'sandbox_secret_full',
    label: 'Full access',
    scopes: 'users:read users:write events:read locks:write',
  },
  readonly: {
    clientId: 'sandbox_app_readonly',
    clientSecret: 'sandbox_secret_readonly',
    label: 'Read-only',
    scopes: 'users:read',
  },
};
