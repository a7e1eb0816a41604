import { managesSite, type Scope } from './scopes';

/**
 * Each delegated permission Home Turf asks for, the features that stop without it, and the words
 * a person sees when a request is refused for want of it: the feature, the permission by name, and
 * that an admin must grant it, instead of wrong results or a generic error.
 */
export const PERMISSIONS = {
  'User.Read': { features: ['signing in'], needed: 'know who you are' },
  'User.Read.All': {
    features: [
      'prep card: who is in the meeting',
      'team view: the comms team',
      'Outlook and the personal tab: finding your team store among your teams',
    ],
    needed: "read people's job titles and departments, and find your team",
  },
  'Calendars.Read': {
    features: ['agenda', 'prep card: recent meetings'],
    needed: 'read your calendar',
  },
  'Calendars.Read.Shared': {
    features: ['team view: This week'],
    needed: "read your colleagues' shared calendars",
  },
  'Calendars.ReadWrite': { features: ['prep card: book prep time'], needed: 'book time in your calendar' },
  'Mail.Read': { features: ['prep card: recent mail'], needed: 'search your mail with a client' },
  'Sites.Read.All': { features: ['team store', 'prep card', 'team view'], needed: "read your team's lists" },
  'Sites.ReadWrite.All': { features: ['value-add notes', 'editors'], needed: "save to your team's lists" },
  'Sites.Manage.All': { features: ['setting up a team'], needed: "create your team's lists" },
  'Tasks.ReadWrite': { features: ['follow-ups in Microsoft To Do'], needed: 'add tasks to Microsoft To Do' },
} as const satisfies Record<Scope, { features: readonly string[]; needed: string }>;

/** The words for a request refused because Home Turf lacks `permission`. */
export function missingPermissionMessage(permission: Scope): string {
  return (
    `Home Turf needs the ${permission} permission to ${PERMISSIONS[permission].needed}, and it has not been granted. ` +
    `An admin must consent to it for your organisation (Microsoft Entra admin center: App registrations → ` +
    `Home Turf → API permissions → Grant admin consent).`
  );
}

/**
 * The one permission a Graph request needs, from its method and path (relative to the version),
 * for naming it when the request is refused.
 */
export function permissionFor(method: string, url: string): Scope | undefined {
  const verb = method.toUpperCase();
  const [path = ''] = url.split('?');
  const p = path.toLowerCase();
  if (p === '/me') return 'User.Read';
  // joinedTeams takes User.Read.All among its higher privileged permissions (user-list-joinedteams.md).
  if (p.startsWith('/me/joinedteams')) return 'User.Read.All';
  if (p.startsWith('/users')) return /\/calendarview$/.test(p) ? 'Calendars.Read.Shared' : 'User.Read.All';
  if (p.startsWith('/me/calendarview') || p.startsWith('/me/events'))
    return verb === 'GET' ? 'Calendars.Read' : 'Calendars.ReadWrite';
  if (p.startsWith('/me/messages')) return 'Mail.Read';
  if (p.startsWith('/me/todo')) return 'Tasks.ReadWrite';
  if (p.startsWith('/sites') || p.startsWith('/groups')) {
    if (verb === 'GET') return 'Sites.Read.All';
    return managesSite(verb, p) ? 'Sites.Manage.All' : 'Sites.ReadWrite.All';
  }
  return undefined;
}
