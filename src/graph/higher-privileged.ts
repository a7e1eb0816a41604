import type { Scope } from './scopes';

/**
 * The higher privileged permissions Graph accepts in place of each of Home Turf's (the "higher
 * privileged permissions" of each request's page, and the permissions reference): a sign-in with
 * one of these lacks nothing.
 */
export const HIGHER_PRIVILEGED = {
  'User.Read': [
    'User.ReadWrite',
    'User.Read.All',
    'User.ReadWrite.All',
    'Directory.Read.All',
    'Directory.ReadWrite.All',
  ],
  'User.Read.All': ['User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  'Calendars.Read': ['Calendars.ReadWrite'],
  'Calendars.Read.Shared': ['Calendars.ReadWrite.Shared'],
  'Calendars.ReadWrite': [],
  'Mail.Read': ['Mail.ReadWrite'],
  'Sites.Read.All': ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'],
  'Sites.ReadWrite.All': ['Sites.Manage.All', 'Sites.FullControl.All'],
  'Sites.Manage.All': ['Sites.FullControl.All'],
  'Tasks.ReadWrite': [],
} as const satisfies Record<Scope, readonly string[]>;

/** True when `granted` (a token's `scp`) holds `permission` or one Graph accepts in its place. */
export function isGranted(permission: Scope, granted: ReadonlySet<string>): boolean {
  return granted.has(permission) || HIGHER_PRIVILEGED[permission].some((s) => granted.has(s));
}
