/**
 * Least-privilege delegated scopes, asked for when first needed: reading needs only the read
 * scopes; a write asks for the one write scope it needs, the first time the advisor makes one.
 * (README: "Permissions" says why each is needed.)
 */
export const READ_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'Calendars.Read',
  'Calendars.Read.Shared',
  'Mail.Read',
  'Sites.Read.All',
] as const;

/** The scopes one request needs, from its method and path (relative to the Graph version root). */
export function scopesFor(method: string, path: string): readonly string[] {
  const verb = method.toUpperCase();
  const p = path.toLowerCase();
  if (p.startsWith('/me/todo')) return ['Tasks.ReadWrite'];
  if (verb === 'GET' || p.startsWith('/$batch')) return READ_SCOPES;
  if (p.startsWith('/me/events')) return ['Calendars.ReadWrite'];
  if (/^\/sites\/[^/]+\/lists\/?$/.test(p.split('?')[0] ?? p)) return ['Sites.Manage.All'];
  if (p.startsWith('/sites/')) return ['Sites.ReadWrite.All'];
  return READ_SCOPES;
}
