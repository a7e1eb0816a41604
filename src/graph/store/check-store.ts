import { z } from 'zod';
import { relativeToBase, type GraphClient } from '../create-graph-client';
import { STORE_SCHEMA, STORE_LIST_ORDER } from './store-schema';
import type { StoreListKey, StoreSite } from './store-lists';

const listsPage = z.object({
  value: z.array(
    z.object({
      id: z.string(),
      name: z.string().nullish(),
      displayName: z.string().nullish(),
    }),
  ),
  '@odata.nextLink': z.string().optional(),
});

/** A site with 5,000 lists is far past any team's; stop there rather than loop on a bad link. */
const MAX_PAGES = 50;

export type StoreCheck = {
  /** The store's lists the site does not have, in the order they would be created. */
  missing: StoreListKey[];
};

/**
 * Which of the team store's lists the site lacks: `GET /sites/{id}/lists` with only id, name and
 * title, following `@odata.nextLink` to the end. A list counts as there when its internal name or
 * its title is the store list's name: Graph finds a list by either, and a second list with that
 * title could not be created anyway.
 */
export async function checkStore(graph: GraphClient, site: StoreSite): Promise<StoreCheck> {
  const present = new Set<string>();
  let request = graph.client
    .api(`/sites/${encodeURIComponent(site.id)}/lists`)
    .select(['id', 'name', 'displayName']);
  for (let page = 0; page < MAX_PAGES; page++) {
    const raw: unknown = await request.get();
    const parsed = listsPage.parse(raw);
    for (const list of parsed.value) {
      if (list.name) present.add(list.name.toLowerCase());
      if (list.displayName) present.add(list.displayName.toLowerCase());
    }
    const next = parsed['@odata.nextLink'];
    if (next === undefined) break;
    request = graph.client.api(relativeToBase(graph, next));
  }
  return { missing: STORE_LIST_ORDER.filter((key) => !present.has(STORE_SCHEMA[key].name.toLowerCase())) };
}
