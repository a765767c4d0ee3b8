/** The two sandbox OAuth clients the contract documents; fixed, so not part of the mutable state. */
import type { Scope } from './types.ts';

export interface App {
  readonly id: string;
  readonly name: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly Scope[];
}

export const allScopes: readonly Scope[] = ['users:read', 'users:write', 'events:read', 'locks:write'];

export const apps: readonly App[] = [
  {
    id: 'app_5e8a2c71',
    name: 'Sandbox full access',
    clientId: 'sandbox_app_full',
    clientSecret: 'sandbox_secret_full',
    scopes: allScopes,
  },
  {
    id: 'app_7c1d4b96',
    name: 'Sandbox read-only',
    clientId: 'sandbox_app_readonly',
    clientSecret: 'sandbox_secret_readonly',
    scopes: ['users:read'],
  },
];

export function appByClientId(clientId: string): App | undefined {
  return apps.find((app) => app.clientId === clientId);
}

export function isScope(value: string): value is Scope {
  return (allScopes as readonly string[]).includes(value);
}
