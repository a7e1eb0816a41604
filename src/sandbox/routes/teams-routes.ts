import type { Grant } from '../grant';
import { checkPermission } from '../permissions';
import {
  GraphErrorSignal,
  jsonResponse,
  methodNotAllowed,
  unknownSegment,
  type GraphRequest,
  type GraphResponse,
} from '../graph-http';
import { guidFrom } from '../ids';
import type { TeamRecord } from '../tenant-model';
import { routeSites } from './sites-routes';
import type { SiteStore } from './site-store';

/**
 * The teams a user has joined and a team's SharePoint site, as Graph serves them:
 * `GET /me/joinedTeams` (Team.ReadBasic.All, user-list-joinedteams.md) and
 * `GET /groups/{id}/sites/root` (Sites.Read.All, site-get.md); permissions.ts refuses each
 * without its permission in the token.
 */

/** The team as joinedTeams returns it: id, displayName and description set, the rest null. */
function renderTeam(team: TeamRecord, tenantId: string): Record<string, unknown> {
  return {
    id: team.id,
    createdDateTime: null,
    displayName: team.displayName,
    description: team.description,
    internalId: null,
    classification: null,
    specialization: null,
    visibility: null,
    webUrl: null,
    isArchived: false,
    tenantId,
    isMembershipLimitedToOwners: null,
    memberSettings: null,
    guestSettings: null,
    messagingSettings: null,
    funSettings: null,
    discoverySettings: null,
    summary: null,
  };
}

/**
 * `GET /me/joinedTeams`: the teams whose members include the caller. The page documents no query
 * options ("does not currently support the OData query parameters"), so the demo refuses any.
 */
export function joinedTeams(request: GraphRequest, store: SiteStore, grant: Grant): GraphResponse {
  if (request.method !== 'GET') methodNotAllowed();
  const option = [...request.query.keys()].find((key) => key.startsWith('$'));
  if (option !== undefined) {
    throw new GraphErrorSignal(
      400,
      'BadRequest',
      `Query option '${option}' is not supported on joinedTeams.`,
    );
  }
  const tenantId = guidFrom(`tenant:${store.state.organisation.domains[0] ?? ''}`);
  const teams = store.state.teams.filter((team) => team.memberIds.includes(grant.user.id));
  return jsonResponse(200, {
    '@odata.context': `${request.baseUrl}/$metadata#teams`,
    '@odata.count': teams.length,
    value: teams.map((team) => renderTeam(team, tenantId)),
  });
}

/**
 * `/groups/{id}/sites/root` and what follows it (`/lists`, …), answered as the same path under
 * `/sites/{site-id}`. Only the team site is served under a group. `segments` is the whole path,
 * `groups` first, for the permission check once the group is known.
 */
export function routeGroups(
  request: GraphRequest,
  segments: ReadonlyArray<string>,
  store: SiteStore,
  grant: Grant,
): Promise<GraphResponse> {
  const [, groupId, collection, siteKey, ...rest] = segments;
  if (groupId === undefined) unknownSegment('groups');
  const team = store.state.teams.find((candidate) => candidate.id === groupId.toLowerCase());
  if (team === undefined) {
    throw new GraphErrorSignal(
      404,
      'Request_ResourceNotFound',
      `Resource '${groupId}' does not exist or one of its queried reference-property objects are not present.`,
    );
  }
  if (collection === undefined || collection.toLowerCase() !== 'sites') unknownSegment(collection ?? groupId);
  if (siteKey === undefined || siteKey.toLowerCase() !== 'root') unknownSegment(siteKey ?? collection);
  checkPermission(request, segments, grant);
  return routeSites(request, [team.siteId, ...rest], store);
}
