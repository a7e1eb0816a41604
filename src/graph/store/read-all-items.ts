import { relativeToBase, type GraphClient } from '../create-graph-client';
import { readListItems, type RawListItem } from './store-lists';

/** 100 pages of 999: far past any comms team's store; stop there rather than loop on a bad link. */
const MAX_PAGES = 100;

/**
 * The rest of a list after a first page (already read, e.g. from a `$batch`): follows
 * `@odata.nextLink` to the end.
 */
export async function readRemainingItems(
  graph: GraphClient,
  nextLink: string | undefined,
): Promise<RawListItem[]> {
  const items: RawListItem[] = [];
  let next = nextLink;
  for (let page = 0; next !== undefined && page < MAX_PAGES; page++) {
    const raw: unknown = await graph.client.api(relativeToBase(graph, next)).get();
    const answer = readListItems(raw);
    items.push(...answer.items);
    next = answer.nextLink;
  }
  return items;
}
