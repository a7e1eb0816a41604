import type { Person } from '../domain/meeting';
import type { GraphClient } from './create-graph-client';
import { odataString } from './get-users-by-email';
import { USER_SELECT, toPeople } from './map-user';

/**
 * The comms team on its own: everyone in the advisor's department
 * (`/users?$filter=department eq '…'`), sorted by name, for choosing who owns a relationship.
 * The prep card sends the same query inside its `$batch` (get-team-members.ts).
 */
export async function getCommsTeam(graph: GraphClient, department: string): Promise<Person[]> {
  const raw: unknown = await graph.client
    .api('/users')
    .select(USER_SELECT)
    .filter(`department eq ${odataString(department)}`)
    .top(100)
    .get();
  return toPeople(raw).sort((a, b) => a.displayName.localeCompare(b.displayName));
}
