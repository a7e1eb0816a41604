import type { Person } from '../domain/meeting';
import type { GraphClient } from './create-graph-client';
import { GraphRequestError } from './graph-errors';
import { USER_SELECT, toPerson } from './map-user';

/** The signed-in user (`GET /me`), with department: it tells which team is the comms team. */
export async function getMe(graph: GraphClient): Promise<Person> {
  const raw: unknown = await graph.client.api('/me').select(USER_SELECT).get();
  const me = toPerson(raw);
  if (me === null)
    throw new GraphRequestError(200, 'NoMailbox', 'Your account has no email address in Microsoft 365.');
  return me;
}
