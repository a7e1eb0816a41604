import type { Person } from '../../domain/meeting';
import type { GraphClient } from '../../graph/create-graph-client';
import { getMe } from '../../graph/get-me';
import { describeGraphError } from '../../graph/graph-errors';
import type { GetToken } from '../../graph/middleware/bearer-token';
import { isGranted } from '../../graph/higher-privileged';
import { missingPermissionMessage, PERMISSIONS } from '../../graph/permissions';
import { READ_SCOPES, type Scope } from '../../graph/scopes';
import { row, type HealthRow } from './health-row';
import { readTokenClaims, type TokenClaims } from './token-claims';

/** Who is signed in and with which permissions, and what the other checks need of it. */
export type Access = {
  account: HealthRow;
  permissions: HealthRow;
  /** The signed-in user, or null when Graph would not say. */
  me: Person | null;
  claims: TokenClaims | null;
  /** The permissions the sign-in carries; null when its token cannot be read. */
  granted: ReadonlySet<string> | null;
};

// PERMISSIONS has every scope of SCOPE_REASONS (the README's), and the Outlook pane already loads it.
const README_PERMISSIONS = Object.keys(PERMISSIONS) as Scope[];
const READING: ReadonlySet<Scope> = new Set(READ_SCOPES);

/**
 * Signed in as whom (`GET /me` and the access token's `name`, `upn`, `tid`) and with which of the
 * permissions Home Turf asks for (the token's `scp`, which lists every permission consented for
 * the app, not only those asked for). A missing read permission fails; a missing write permission
 * warns, since each advisor is asked for it the first time they need it unless an admin consents.
 */
export async function checkAccess(graph: GraphClient, getToken: GetToken | undefined): Promise<Access> {
  const [claims, me] = await Promise.all([
    getToken === undefined ? Promise.resolve(null) : getToken(READ_SCOPES).then(readTokenClaims, () => null),
    getMe(graph).then(
      (person) => ({ person, problem: undefined }),
      (error: unknown) => ({ person: null, problem: describeGraphError(error, 'User.Read') }),
    ),
  ]);
  const granted = claims === null ? null : new Set(claims.scopes);
  return {
    account: accountRow(me.person, me.problem, claims),
    permissions: permissionsRow(granted),
    me: me.person,
    claims,
    granted,
  };
}

function accountRow(me: Person | null, problem: string | undefined, claims: TokenClaims | null): HealthRow {
  const title = 'Signed in as';
  const name = me?.displayName ?? claims?.name;
  const upn = me?.userPrincipalName ?? claims?.upn;
  const details = [
    `Name: ${name ?? 'not known'}`,
    `Sign-in name (UPN): ${upn ?? 'not known'}`,
    `Tenant (directory) id: ${claims?.tenantId ?? 'not in the sign-in token'}`,
  ];
  if (me === null) {
    return row(
      'account',
      title,
      'fail',
      `Microsoft 365 would not say who is signed in. ${problem ?? ''}`.trim(),
      {
        details,
        todo: [problem ?? missingPermissionMessage('User.Read')],
      },
    );
  }
  return row('account', title, 'pass', `${me.displayName} (${me.userPrincipalName}).`, { details });
}

function permissionsRow(granted: ReadonlySet<string> | null): HealthRow {
  const title = 'Permissions';
  if (granted === null) {
    return row(
      'permissions',
      title,
      'warning',
      "The sign-in's token cannot be read here, so its permissions cannot be listed; the rows below try each one by using it.",
    );
  }
  const missing = README_PERMISSIONS.filter((p) => !isGranted(p, granted));
  const known = new Set<string>(README_PERMISSIONS);
  const others = [...granted].filter((s) => !known.has(s)).sort();
  const details = README_PERMISSIONS.map(
    (p) => `${p}: ${isGranted(p, granted) ? 'granted' : 'not granted'} (${PERMISSIONS[p].needed})`,
  );
  if (others.length > 0) details.push(`Also granted: ${others.join(', ')}`);
  if (missing.length === 0) {
    return row(
      'permissions',
      title,
      'pass',
      `All ${README_PERMISSIONS.length} permissions Home Turf asks for are granted.`,
      {
        details,
      },
    );
  }
  const readMissing = missing.some((p) => READING.has(p));
  const todo = missing.map((p) =>
    READING.has(p)
      ? missingPermissionMessage(p)
      : `${missingPermissionMessage(p)} Until then each advisor is asked to consent the first time they need it.`,
  );
  return row('permissions', title, readMissing ? 'fail' : 'warning', `Not granted: ${missing.join(', ')}.`, {
    details,
    todo,
  });
}
