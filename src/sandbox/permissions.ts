import type { Grant } from './grant';
import { GraphErrorSignal, queryOption, type GraphRequest } from './graph-http';

/**
 * Which delegated permissions each Graph route of the demo needs, from the "Permissions" table of
 * its Microsoft Graph page: the least privileged permission and every higher privileged one the
 * page lists, any one of which is enough. Checked once, in the router, for direct requests and
 * `$batch` members alike, and refused with the body the service behind the route sends.
 */

/** Who refuses: the service behind the route, each with its own error body. */
export type Refuser = 'directory' | 'outlook' | 'sharepoint' | 'teams';

export type PermissionRule = {
  /** The route's pattern, e.g. `GET /me/messages/**`. */
  route: string;
  method: 'GET' | 'WRITE' | 'POST' | 'PATCH';
  /** Any of these is enough (least privileged first). */
  scopes: readonly string[];
  /** Also enough when the path names the caller (`/users/{own id}`): their own data. */
  ownScopes?: readonly string[];
  refuser: Refuser;
  /** The Microsoft Learn page the scopes come from. */
  page: string;
  /** Segments after the first, lower-cased; `*` is any one segment, `**` any rest. */
  path: readonly string[];
  /** The rule applies only to requests with this query option (e.g. `$search`). */
  withOption?: string;
  /**
   * The rule applies only to paths ending in these segments (`*` any one), e.g. a site's `lists` or
   * a list's `columns/*`, however the site is addressed.
   */
  endsWith?: readonly string[];
};

const LEARN = 'https://learn.microsoft.com/graph/api/';

/** Other users (user-list.md): their basic profile with User.ReadBasic.All, all of it with the rest. */
const DIRECTORY_READ = [
  'User.ReadBasic.All',
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
] as const;

/** The signed-in user's own profile (user-get.md): User.Read, or any higher one. */
const OWN_PROFILE = ['User.Read', 'User.ReadWrite', ...DIRECTORY_READ] as const;

/** Permissions that read a user's full profile, not only the basic one (permissions reference). */
export const FULL_PROFILE_SCOPES: readonly string[] = DIRECTORY_READ.filter(
  (s) => s !== 'User.ReadBasic.All',
);

/** The caller's own calendar (user-list-calendarview.md, event-get.md). */
const CALENDAR_READ = ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'] as const;

/** A colleague's calendar shared with the caller: the `.Shared` permissions (permissions reference). */
const SHARED_CALENDAR_READ = ['Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'] as const;

/** user-list-messages.md, message-get.md. */
const MAIL_READ = ['Mail.ReadBasic', 'Mail.Read', 'Mail.ReadWrite'] as const;

/** Mail.ReadBasic "does not include permissions to search messages" (permissions reference). */
export const MAIL_FULL_READ: readonly string[] = ['Mail.Read', 'Mail.ReadWrite'];

/** Permissions that read message bodies: Mail.ReadBasic reads everything but body and bodyPreview. */
export const MAIL_BODY_SCOPES = MAIL_FULL_READ;

/** todotasklist-list.md, todotask-get.md … */
const TASKS_READ = ['Tasks.Read', 'Tasks.ReadWrite'] as const;
/** todotasklist-post-tasks.md, todotask-update.md, todotask-delete.md. */
const TASKS_WRITE = ['Tasks.ReadWrite'] as const;

/** site-get.md, list-list.md, listitem-list.md, listitem-get.md. */
const SITES_READ = [
  'Sites.Read.All',
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
  'Sites.FullControl.All',
] as const;
/** listitem-create.md, listitem-update.md, listitem-delete.md. */
const SITES_WRITE = ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'] as const;
/** list-create.md, list-post-columns.md, columndefinition-update.md. */
const SITES_MANAGE = ['Sites.Manage.All', 'Sites.FullControl.All'] as const;

/** user-list-joinedteams.md: the least privileged first, then every higher one that also works. */
const JOINED_TEAMS = [
  'Team.ReadBasic.All',
  'TeamSettings.Read.All',
  'TeamSettings.ReadWrite.All',
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
] as const;

/** A site, addressed directly or as a team's (`/groups/{id}/sites/root`). */
const SITE_ROOTS = ['sites', 'groups'];

/**
 * One row of the table: `pattern` is the method (`WRITE` for any but GET) and the path, `*` one
 * segment, `**` any rest, `{site}` a site addressed either way; `page` is under Graph's API reference
 * unless it is a full address.
 */
function rule(
  pattern: string,
  scopes: readonly string[],
  refuser: Refuser,
  page: string,
  more: Pick<PermissionRule, 'ownScopes' | 'withOption' | 'endsWith'> = {},
): PermissionRule & { first: readonly string[] } {
  const [method = '', path = ''] = pattern.split(' ');
  const [first = '', ...rest] = path.split('/').filter((s) => s !== '');
  return {
    route: pattern,
    method: method as PermissionRule['method'],
    first: first === '{site}' ? SITE_ROOTS : [first],
    path: rest,
    scopes,
    refuser,
    page: page.startsWith('https://') ? page : `${LEARN}${page}`,
    ...more,
  };
}

const REFERENCE = 'https://learn.microsoft.com/graph/permissions-reference';

/** Every route the demo serves, first match wins. */
export const PERMISSION_TABLE: ReadonlyArray<PermissionRule & { first: readonly string[] }> = [
  rule('GET /me', OWN_PROFILE, 'directory', 'user-get'),
  rule('GET /users', DIRECTORY_READ, 'directory', 'user-list'),
  rule('GET /users/*/calendarview', SHARED_CALENDAR_READ, 'outlook', `${REFERENCE}#calendarsreadshared`, {
    ownScopes: CALENDAR_READ,
  }),
  rule('GET /users/*', DIRECTORY_READ, 'directory', 'user-get', { ownScopes: OWN_PROFILE }),
  rule('GET /me/calendarview', CALENDAR_READ, 'outlook', 'user-list-calendarview'),
  rule('POST /me/events', ['Calendars.ReadWrite'], 'outlook', 'user-post-events'),
  rule('GET /me/events/*', CALENDAR_READ, 'outlook', 'event-get'),
  rule('GET /me/messages', MAIL_FULL_READ, 'outlook', `${REFERENCE}#mailreadbasic`, { withOption: 'search' }),
  rule('GET /me/messages/**', MAIL_READ, 'outlook', 'user-list-messages'),
  rule('GET /me/todo/**', TASKS_READ, 'outlook', 'todo-list-lists'),
  rule('WRITE /me/todo/**', TASKS_WRITE, 'outlook', 'todotasklist-post-tasks'),
  rule('GET /me/joinedteams', JOINED_TEAMS, 'teams', 'user-list-joinedteams'),
  rule('POST /{site}/**', SITES_MANAGE, 'sharepoint', 'list-create', { endsWith: ['lists'] }),
  rule('POST /{site}/**', SITES_MANAGE, 'sharepoint', 'list-post-columns', { endsWith: ['columns'] }),
  rule('PATCH /{site}/**', SITES_MANAGE, 'sharepoint', 'columndefinition-update', {
    endsWith: ['columns', '*'],
  }),
  rule('GET /{site}/**', SITES_READ, 'sharepoint', 'site-get'),
  rule('WRITE /{site}/**', SITES_WRITE, 'sharepoint', 'listitem-create'),
];

function pathMatches(pattern: readonly string[], rest: readonly string[]): boolean {
  for (let i = 0; i < pattern.length; i += 1) {
    const want = pattern[i];
    if (want === '**') return true;
    const got = rest[i];
    if (got === undefined) return false;
    if (want !== '*' && want !== got.toLowerCase()) return false;
  }
  return rest.length === pattern.length;
}

function methodMatches(rule: PermissionRule['method'], method: string): boolean {
  if (rule === 'WRITE') return method !== 'GET';
  return rule === method;
}

/** True when the path's last segments are `tail` (`*` any one). */
function endsWith(rest: readonly string[], tail: readonly string[]): boolean {
  const last = rest.slice(-tail.length);
  return last.length === tail.length && pathMatches(tail, last);
}

/** The rule for a request (its path split into decoded segments), or undefined for a route the demo does not serve. */
export function ruleFor(request: GraphRequest, segments: readonly string[]): PermissionRule | undefined {
  const [first, ...rest] = segments;
  if (first === undefined) return undefined;
  const key = first.toLowerCase();
  return PERMISSION_TABLE.find(
    (rule) =>
      rule.first.includes(key) &&
      methodMatches(rule.method, request.method) &&
      pathMatches(rule.path, rest) &&
      (rule.withOption === undefined || queryOption(request.query, rule.withOption) !== null) &&
      (rule.endsWith === undefined || endsWith(rest, rule.endsWith)),
  );
}

/** The refusal each service sends for a missing permission, as it words it. */
function refuse(refuser: Refuser, rule: PermissionRule, grant: Grant): never {
  switch (refuser) {
    case 'directory':
      throw new GraphErrorSignal(
        403,
        'Authorization_RequestDenied',
        'Insufficient privileges to complete the operation.',
      );
    case 'outlook':
      throw new GraphErrorSignal(
        403,
        'ErrorAccessDenied',
        'Access is denied. Check credentials and try again.',
      );
    case 'sharepoint':
      throw new GraphErrorSignal(403, 'accessDenied', 'Access denied');
    case 'teams':
      throw new GraphErrorSignal(
        403,
        'Forbidden',
        `Missing scope permissions on the request. API requires one of '${rule.scopes.join(', ')}'. ` +
          `Scopes on the request '${[...grant.scopes].join(', ')}'`,
      );
  }
}

/** True when `grant` holds any of `scopes`. */
export function holdsAny(grant: Grant, scopes: readonly string[]): boolean {
  return scopes.some((scope) => grant.scopes.has(scope));
}

/** True when a path segment names the caller (by id, UPN or mail). */
export function namesCaller(grant: Grant, segment: string | undefined): boolean {
  if (segment === undefined) return false;
  const key = segment.toLowerCase();
  const { user } = grant;
  return [user.id, user.userPrincipalName, user.mail].some((name) => name.toLowerCase() === key);
}

/**
 * Refuses a request whose token holds none of the permissions its route needs. Routes the table
 * does not know pass through, to get the route's own 400 or 405.
 */
export function checkPermission(request: GraphRequest, segments: readonly string[], grant: Grant): void {
  const rule = ruleFor(request, segments);
  if (rule === undefined) return;
  if (holdsAny(grant, rule.scopes)) return;
  if (rule.ownScopes !== undefined && namesCaller(grant, segments[1]) && holdsAny(grant, rule.ownScopes))
    return;
  refuse(rule.refuser, rule, grant);
}
