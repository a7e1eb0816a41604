import { z } from 'zod/mini';
import { MAX_BATCH_REQUESTS, sendBatch, type BatchRequest } from '../batch';
import type { GraphClient } from '../create-graph-client';
import { findStoreLists, missingStoreLists } from './check-store';
import type { StoreListKey, StoreSite } from './store-lists';

/** One of the advisor's teams and what its SharePoint site holds of the team store. */
export type TeamStore = {
  teamId: string;
  teamName: string;
  site: StoreSite;
  /** The store's lists the site lacks: empty when Home Turf is set up there. */
  missing: StoreListKey[];
};

const joinedTeamsPage = z.object({
  value: z.array(z.object({ id: z.string().check(z.minLength(1)), displayName: z.nullish(z.string()) })),
});

const siteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  webUrl: z.nullish(z.string()),
  displayName: z.nullish(z.string()),
});

/** Teams past this many are not looked into: no comms advisor is in more, and each costs a request. */
export const MAX_TEAMS_LOOKED_AT = 60;

/**
 * The teams the advisor has joined whose sites hold the team store, found at run time so one build
 * serves every comms team: `GET /me/joinedTeams`, then each team's site in `$batch`es of
 * `GET /groups/{id}/sites/root`, then which of the store's lists each site has. A team whose site
 * cannot be read (no site yet, or no access) is left out rather than failing the rest. The order is
 * joinedTeams' own; sites where Home Turf is fully set up come first.
 */
export async function findTeamStores(graph: GraphClient): Promise<TeamStore[]> {
  const raw: unknown = await graph.client.api('/me/joinedTeams').get();
  const teams = joinedTeamsPage.parse(raw).value.slice(0, MAX_TEAMS_LOOKED_AT);
  const sites: { teamId: string; teamName: string; site: Omit<StoreSite, 'lists'> }[] = [];
  for (let start = 0; start < teams.length; start += MAX_BATCH_REQUESTS) {
    const chunk = teams.slice(start, start + MAX_BATCH_REQUESTS);
    const requests: BatchRequest[] = chunk.map((team, index) => ({
      id: String(index),
      method: 'GET',
      url: `/groups/${encodeURIComponent(team.id)}/sites/root?$select=id,webUrl,displayName`,
    }));
    const results = await sendBatch(graph, requests);
    chunk.forEach((team, index) => {
      const result = results.get(String(index));
      if (result === undefined || !result.ok) return;
      const parsed = siteSchema.safeParse(result.body);
      if (!parsed.success) return;
      const site: Omit<StoreSite, 'lists'> = { id: parsed.data.id };
      if (parsed.data.webUrl) site.webUrl = parsed.data.webUrl;
      if (parsed.data.displayName) site.displayName = parsed.data.displayName;
      sites.push({ teamId: team.id, teamName: team.displayName ?? site.displayName ?? 'Team', site });
    });
  }
  const checked = await Promise.all(
    sites.map((entry) =>
      findStoreLists(graph, entry.site.id).then(
        (lists): TeamStore => ({
          ...entry,
          site: { ...entry.site, lists },
          missing: missingStoreLists(lists),
        }),
        () => null,
      ),
    ),
  );
  const found = checked.filter((entry): entry is TeamStore => entry !== null);
  return [...found.filter(isSetUp), ...found.filter((entry) => !isSetUp(entry))];
}

/** Whether a team's site has every list of the team store. */
export function isSetUp(store: TeamStore): boolean {
  return store.missing.length === 0;
}
