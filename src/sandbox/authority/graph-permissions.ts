/**
 * Microsoft Graph as a resource of the authority: its identifiers and the delegated permissions
 * the demo's authority knows. Which of them only an administrator may consent to follows the
 * Microsoft Graph permissions reference ("Admin consent required" column):
 * https://learn.microsoft.com/graph/permissions-reference
 */

/** Graph's resource URI: the `aud` of its access tokens. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/** Graph's application id, the other audience Graph accepts. */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/** The OpenID Connect scopes, which Entra ID adds to every sign-in and grants with the app. */
export const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'] as const;

/** Delegated permissions a user may consent to for themselves. */
const USER_CONSENTABLE = [
  'User.Read',
  'User.ReadBasic.All',
  'Calendars.Read',
  'Calendars.Read.Shared',
  'Calendars.ReadWrite',
  'Calendars.ReadWrite.Shared',
  'Mail.ReadBasic',
  'Mail.Read',
  'Mail.Read.Shared',
  'People.Read',
  'Sites.Read.All',
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
  'Tasks.Read',
  'Tasks.ReadWrite',
  'Files.Read.All',
  'Team.ReadBasic.All',
] as const;

/** Delegated permissions that need an administrator's consent for the organisation. */
const ADMIN_ONLY = [
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Group.Read.All',
  'GroupMember.Read.All',
  'Sites.FullControl.All',
] as const;

/** Every delegated Graph permission the authority can issue, space-separated (oidc-provider's form). */
export const GRAPH_SCOPES: readonly string[] = [...USER_CONSENTABLE, ...ADMIN_ONLY];

const adminOnly: ReadonlySet<string> = new Set(ADMIN_ONLY);

/** True when only an administrator may consent to `scope`. */
export function needsAdminConsent(scope: string): boolean {
  return adminOnly.has(scope);
}

/** Plain words for a permission on the consent screen, as Entra ID's consent prompt lists them. */
export function describePermission(scope: string): string {
  const [resource = scope, access = ''] = scope.split('.');
  const what: Record<string, string> = {
    User: 'user profiles',
    Calendars: 'calendars',
    Mail: 'mail',
    People: 'relevant people lists',
    Sites: 'items in all site collections',
    Tasks: 'tasks',
    Files: 'all files',
    Team: 'the names and descriptions of teams',
    Directory: 'directory data',
    Group: 'all groups',
    GroupMember: 'group memberships',
  };
  const verb = /Write|Manage|FullControl/.test(access) ? 'Read and write' : 'Read';
  return `${verb} ${what[resource] ?? resource} (${scope})`;
}
