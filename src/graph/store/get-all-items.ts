import type { GraphClient } from '../create-graph-client';
import { relativeToBase } from '../create-graph-client';
import { listPath, readListItems, type RawListItem, type StoreListKey, type StoreSite } from './store-lists';

/** 100 pages of 999 is far past any comms team's store; stop there rather than loop on a bad link. */
const MAX_PAGES = 100;

/**
 * Every item of a store list (with fields and etags), following `@odata.nextLink` to the end: what
 * an editor's list view shows. `filter` must name indexed columns only.
 */
export async function getAllListItems(
  graph: GraphClient,
  site: StoreSite,
  list: StoreListKey,
  options: { filter?: string } = {},
): Promise<RawListItem[]> {
  const query: Record<string, string> = { $expand: 'fields', $top: '999' };
  if (options.filter !== undefined) query['$filter'] = options.filter;
  let raw: unknown = await graph.client
    .api(`${listPath(site, list)}/items`)
    .query(query)
    .get();
  const items: RawListItem[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = readListItems(raw);
    items.push(...answer.items);
    if (answer.nextLink === undefined) break;
    raw = await graph.client.api(relativeToBase(graph, answer.nextLink)).get();
  }
  return items;
}
