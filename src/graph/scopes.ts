/**
 * Least-privilege delegated scopes, asked for when first needed: reading needs only the read
 * scopes; a write asks for the one write scope it needs, the first time the advisor makes one.
 * (README: "Permissions" says why each is needed.)
 */
export const READ_SCOPES = [
  'User.Read',
  'User.Read.All',
  'Calendars.Read',
  'Calendars.Read.Shared',
  'Mail.Read',
  'Sites.Read.All',
] as const satisfies readonly Scope[];

/**
 * Every delegated permission Home Turf can ask for, and why. The README's permissions table and
 * docs/reliability.md are checked against this list, and every scope a request can ask for
 * (`scopesFor`) must be here.
 */
export const SCOPE_REASONS = {
  'User.Read': 'who the signed-in advisor is, and their department (which team is the comms team)',
  'User.Read.All':
    "the job title and department of the people in a meeting, the comms team (the advisor's department), and the teams the advisor has joined (to find the team store)",
  'Calendars.Read': "the advisor's meetings (calendar view, one meeting by id)",
  'Calendars.Read.Shared': 'the team view\'s "This week": colleagues\' calendars they share with the team',
  'Calendars.ReadWrite': 'booking a prep block before a meeting (only when the advisor asks for one)',
  'Mail.Read': 'recent mail with a client: subject, date, direction; never bodies (see below)',
  'Sites.Read.All': "the team store: the comms team's SharePoint lists (see docs/team-store.md)",
  'Sites.ReadWrite.All': 'saving value-add notes, file updates and profile changes to those lists',
  'Sites.Manage.All': "creating the team store's lists, only when someone sets Home Turf up for a team",
  'Tasks.ReadWrite': 'turning a follow-up we owe into a Microsoft To Do task, when the advisor ticks it',
} as const satisfies Record<string, string>;

export type Scope = keyof typeof SCOPE_REASONS;

/**
 * True for a request that changes a site's structure rather than its items: creating a list
 * (list-create), creating a list column (list-post-columns) or updating one
 * (columndefinition-update), all of which need Sites.Manage.All. `path` is lower-cased, without its query.
 */
export function managesSite(verb: string, path: string): boolean {
  if (verb === 'POST') return SITE_LISTS.test(path) || LIST_COLUMNS.test(path);
  return verb === 'PATCH' && LIST_COLUMN.test(path);
}

/** A site, addressed directly or as a team's. */
const SITE = String.raw`^/(?:sites/[^/]+|groups/[^/]+/sites/root)`;
const SITE_LISTS = new RegExp(String.raw`${SITE}/lists/?$`);
const LIST_COLUMNS = new RegExp(String.raw`${SITE}/lists/[^/]+/columns/?$`);
const LIST_COLUMN = new RegExp(String.raw`${SITE}/lists/[^/]+/columns/[^/]+/?$`);

/** The scopes one request needs, from its method and path (relative to the Graph version root). */
export function scopesFor(method: string, path: string): readonly Scope[] {
  const verb = method.toUpperCase();
  const p = path.toLowerCase();
  if (p.startsWith('/me/todo')) return ['Tasks.ReadWrite'];
  if (verb === 'GET' || p.startsWith('/$batch')) return READ_SCOPES;
  if (p.startsWith('/me/events')) return ['Calendars.ReadWrite'];
  if (managesSite(verb, p.split('?')[0] ?? p)) return ['Sites.Manage.All'];
  if (p.startsWith('/sites/')) return ['Sites.ReadWrite.All'];
  return READ_SCOPES;
}
