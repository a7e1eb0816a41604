import { z } from 'zod/mini';
import { relativeToBase, type GraphClient } from '../create-graph-client';
import { STORE_SCHEMA, STORE_LIST_ORDER } from './store-schema';
import type { StoreListIds, StoreListKey, StoreSite } from './store-lists';
import { verifyStoreColumns, type ColumnProblem } from './verify-store-columns';

const listsPage = z.object({
  value: z.array(
    z.object({
      id: z.string(),
      name: z.nullish(z.string()),
      displayName: z.nullish(z.string()),
      list: z.nullish(z.object({ template: z.nullish(z.string()) })),
    }),
  ),
  '@odata.nextLink': z.optional(z.string()),
});

/** A site with 5,000 lists is far past any team's; stop there rather than loop on a bad link. */
const MAX_PAGES = 50;

export type StoreCheck = {
  /** The store's lists the site does not have, in the order they would be created. */
  missing: StoreListKey[];
  /** The id of each store list the site has. */
  lists: StoreListIds;
  /** How the columns of the lists it has differ from docs/team-store.md (empty: as required). */
  columns: ColumnProblem[];
};

/**
 * The id of each store list in the site: `GET /sites/{id}/lists` with only id, name, title and
 * template, following `@odata.nextLink` to the end. A list is matched by its internal `name`, which
 * SharePoint fixes when the list is created (from its first title) and which survives a rename of
 * its title (`displayName`). A document library or other template of the same name is not a store list.
 */
export async function findStoreLists(graph: GraphClient, siteId: string): Promise<StoreListIds> {
  const byName = new Map<string, string>();
  let request = graph.client
    .api(`/sites/${encodeURIComponent(siteId)}/lists`)
    .select(['id', 'name', 'displayName', 'list']);
  for (let page = 0; page < MAX_PAGES; page++) {
    const raw: unknown = await request.get();
    const parsed = listsPage.parse(raw);
    for (const list of parsed.value) {
      const template = list.list?.template;
      if (!list.name || (template && template !== 'genericList')) continue;
      byName.set(list.name.toLowerCase(), list.id);
    }
    const next = parsed['@odata.nextLink'];
    if (next === undefined) break;
    request = graph.client.api(relativeToBase(graph, next));
  }
  const lists: StoreListIds = {};
  for (const key of STORE_LIST_ORDER) {
    const id = byName.get(STORE_SCHEMA[key].name.toLowerCase());
    if (id !== undefined) lists[key] = id;
  }
  return lists;
}

/** The store lists a site's list ids lack, in the order set-up creates them. */
export function missingStoreLists(lists: StoreListIds): StoreListKey[] {
  return STORE_LIST_ORDER.filter((key) => lists[key] === undefined);
}

/**
 * Which of the team store's lists the site has (with their ids) and which it lacks, and whether
 * each column of those it has is there with its type, index and uniqueness: read afresh.
 */
export async function checkStore(graph: GraphClient, site: Pick<StoreSite, 'id'>): Promise<StoreCheck> {
  const lists = await findStoreLists(graph, site.id);
  const columns = await verifyStoreColumns(graph, { id: site.id, lists });
  return { missing: missingStoreLists(lists), lists, columns };
}
