import type { Person } from '../../domain/meeting';
import type { ClientProfile } from '../../domain/team-store';
import { getCommsTeam } from '../../graph/get-comms-team';
import { odataString } from '../../graph/get-users-by-email';
import { getAllListItems } from '../../graph/store/get-all-items';
import { findListItem, getListItem } from '../../graph/store/list-item-writes';
import { mapItems, toClientProfile, toFileItem } from '../../graph/store/map-store';
import type { Session } from '../session';
import type { LoadedClient } from './build-client-ops';

function storeOf(session: Session) {
  if (session.store === null) throw new Error(session.storeProblem ?? 'The team store is not available.');
  return session.store;
}

/**
 * A client's profile as stored now (with its etag, so a save lands only on this version) and the
 * work on their file.
 */
export async function loadClient(session: Session, profileId: string): Promise<NonNullable<LoadedClient>> {
  const store = storeOf(session);
  const item = await getListItem(session.graph, store, 'clients', profileId);
  const profile = toClientProfile(item);
  if (profile === null) throw new Error('This client profile cannot be read: it has no address.');
  const items = await getAllListItems(session.graph, store, 'fileItems', {
    filter: `fields/ClientEmail eq ${odataString(profile.email)}`,
  });
  return { profile, fileItems: mapItems(items, toFileItem).records };
}

/** The stored profile of the client with this address, if there is one already. */
export async function findClient(session: Session, email: string): Promise<ClientProfile | null> {
  const item = await findListItem(
    session.graph,
    storeOf(session),
    'clients',
    'ClientEmail',
    email.toLowerCase(),
  );
  return item === null ? null : toClientProfile(item);
}

/** Who can own a relationship: the comms team (the advisor's department), the advisor first. */
export async function loadTeam(session: Session): Promise<Person[]> {
  const { me } = session;
  if (me.department === undefined) return [me];
  const team = await getCommsTeam(session.graph, me.department);
  return [me, ...team.filter((p) => p.email !== me.email)];
}
