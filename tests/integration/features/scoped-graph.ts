import { createGraphClient, type GraphClient } from '../../../src/graph/create-graph-client';
import { SCOPE_REASONS, type Scope } from '../../../src/graph/scopes';
import type { TenantServer } from '../../../src/sandbox/server';

/** Every permission the README lists (its table is checked against this list). */
export const README_SCOPES = Object.keys(SCOPE_REASONS) as Scope[];

/**
 * The README's permissions that Graph also accepts in place of another (its "higher privileged"
 * ones): a sign-in without a permission lacks these too, or the request would still be answered.
 */
const HIGHER: Partial<Record<Scope, readonly Scope[]>> = {
  'User.Read': ['User.Read.All'],
  'Calendars.Read': ['Calendars.ReadWrite'],
  'Sites.Read.All': ['Sites.ReadWrite.All', 'Sites.Manage.All'],
  'Sites.ReadWrite.All': ['Sites.Manage.All'],
};

/** The README's permissions without `scope` and without those that would stand in for it. */
export const without = (scope: Scope): Scope[] =>
  README_SCOPES.filter((s) => s !== scope && !(HIGHER[scope] ?? []).includes(s));

/** A token from the demo's `/demo/token` carrying exactly `scopes`. */
export async function tokenWith(tenant: TenantServer, scopes: readonly string[]): Promise<string> {
  const response = await fetch(`${tenant.url}/demo/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ scopes }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** A Graph client whose tokens carry exactly `scopes`. */
export function graphWith(tenant: TenantServer, scopes: readonly string[]): GraphClient {
  return createGraphClient({ baseUrl: tenant.graphBaseUrl, getToken: () => tokenWith(tenant, scopes) });
}
