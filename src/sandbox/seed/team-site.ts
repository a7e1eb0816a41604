import type { SpecEvent, SpecList, SpecListItem, SpecSite, SpecTeam } from '../tenant-spec';
import {
  COMMS_TEAM_UPNS,
  DEMO_DOMAIN,
  EMPTY_TEAM_SITE_PATH,
  STORE_LISTS,
  TEAM_SITE_HOSTNAME,
  TEAM_SITE_PATH,
  TWO_TEAM_ADVISOR_UPN,
} from './constants';
import { listIdFrom, siteIdFrom } from '../ids';
import { createRandom } from './prng';
import { articleItems } from './store-articles';
import { campaignItems } from './store-campaigns';
import { clientItems, fileItems } from './store-clients';
import { STORE_COLUMNS } from './store-columns';
import { createStoreClock } from './store-dates';
import { noteItems } from './store-notes';

/**
 * The id of each store list in the seeded comms site (the same every run): what Home Turf addresses
 * them by, so tests that fault or override a store list's requests match on it.
 */
export const STORE_LIST_IDS = Object.fromEntries(
  Object.entries(STORE_LISTS).map(([key, name]) => [
    key,
    listIdFrom(siteIdFrom(TEAM_SITE_HOSTNAME, TEAM_SITE_PATH), name),
  ]),
) as Record<keyof typeof STORE_LISTS, string>;

/**
 * The comms team's SharePoint site with the team store's five lists (docs/team-store.md), filled
 * relative to `now` and deterministic for the same date. Notes follow the past client meetings in
 * `events`, so they share their subjects, start times and iCalUIds.
 */
export function teamSite(now: Date, events: ReadonlyArray<SpecEvent>): SpecSite {
  const clock = createStoreClock(now);
  const random = createRandom(`northwind-store:${clock.today}`);
  const list = (
    name: (typeof STORE_LISTS)[keyof typeof STORE_LISTS],
    displayName: string,
    description: string,
    items: SpecListItem[],
  ): SpecList => ({ name, displayName, description, columns: STORE_COLUMNS[name], items });
  return {
    hostname: TEAM_SITE_HOSTNAME,
    path: TEAM_SITE_PATH,
    displayName: 'Communications',
    description: 'The comms team: clients, their files, meeting notes, articles and campaigns.',
    lists: [
      list(STORE_LISTS.clients, 'Home Turf clients', 'One item per internal client.', clientItems(clock)),
      list(
        STORE_LISTS.fileItems,
        'Home Turf file items',
        'Work on each client’s file, with the last update sent.',
        fileItems(clock),
      ),
      list(
        STORE_LISTS.notes,
        'Home Turf notes',
        'Value-add notes, one per meeting and client.',
        noteItems(events, clock, random),
      ),
      list(
        STORE_LISTS.articles,
        'Home Turf articles',
        'Articles worth bringing to clients.',
        articleItems(clock),
      ),
      list(
        STORE_LISTS.campaigns,
        'Home Turf campaigns',
        'Marketing and change campaigns.',
        campaignItems(clock),
      ),
    ],
  };
}

/** Marketing Communications' site: no lists yet, so the team store can be set up there from scratch. */
export function emptyTeamSite(): SpecSite {
  return {
    hostname: TEAM_SITE_HOSTNAME,
    path: EMPTY_TEAM_SITE_PATH,
    displayName: 'Marketing Communications',
    description: 'The marketing communications team.',
    lists: [],
  };
}

/**
 * The two teams in Microsoft Teams whose sites these are. The comms team holds the team store;
 * Aisha Karimi (marketing communications) is also in Marketing Communications, so she is the one
 * advisor who belongs to two teams.
 */
export function seedTeams(): SpecTeam[] {
  return [
    {
      displayName: 'Communications',
      description: 'The comms team.',
      site: { hostname: TEAM_SITE_HOSTNAME, path: TEAM_SITE_PATH },
      members: [...COMMS_TEAM_UPNS],
    },
    {
      displayName: 'Marketing Communications',
      description: 'Campaigns, brand and the marketing calendar.',
      site: { hostname: TEAM_SITE_HOSTNAME, path: EMPTY_TEAM_SITE_PATH },
      members: [TWO_TEAM_ADVISOR_UPN, `grace.liu@${DEMO_DOMAIN}`, `zara.ahmed@${DEMO_DOMAIN}`],
    },
  ];
}
