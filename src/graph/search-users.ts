import type { Person } from '../domain/meeting';
import type { GraphClient } from './create-graph-client';
import { odataString } from './get-users-by-email';
import { USER_SELECT, toPeople } from './map-user';

/** As many people as a picker shows at once. */
export const SEARCH_USERS_TOP = 10;

/** The `$filter` that finds people whose name or address starts with what was typed. */
export function searchUsersFilter(text: string): string {
  const value = odataString(text.trim());
  return `startswith(displayName,${value}) or startswith(mail,${value})`;
}

/**
 * People in the directory whose name or address starts with `text`
 * (`/users?$filter=startswith(displayName,'x') or startswith(mail,'x')`), ten at most: what a
 * people picker offers as the advisor types. Nothing is asked for an empty query.
 */
export async function searchUsers(graph: GraphClient, text: string): Promise<Person[]> {
  if (text.trim() === '') return [];
  const raw: unknown = await graph.client
    .api('/users')
    .select(USER_SELECT)
    .filter(searchUsersFilter(text))
    .top(SEARCH_USERS_TOP)
    .get();
  return toPeople(raw);
}
