import { z } from 'zod/mini';
import type { BatchRequest } from '../batch';
import { odataString } from '../get-users-by-email';

/** The team store's lists by internal name (docs/team-store.md). */
export const STORE_LISTS = {
  clients: 'HomeTurfClients',
  fileItems: 'HomeTurfFileItems',
  notes: 'HomeTurfNotes',
  articles: 'HomeTurfArticles',
  campaigns: 'HomeTurfCampaigns',
} as const;

export type StoreListKey = keyof typeof STORE_LISTS;

/** Each store list's id in the site, for the lists the site has. */
export type StoreListIds = Partial<Record<StoreListKey, string>>;

/**
 * Where the team store lives: a SharePoint site id (`host,siteCollectionId,webId`) and the id of
 * each of its store lists. Lists are addressed by id, never by title: anyone on the team can rename
 * a list in SharePoint, and Graph then no longer finds it by the old title.
 */
export type StoreSite = { id: string; webUrl?: string; displayName?: string; lists: StoreListIds };

/** A store list the site does not have (yet): set-up creates it. */
export class StoreListMissingError extends Error {
  override readonly name = 'StoreListMissingError';
  constructor(readonly list: StoreListKey) {
    super(
      `The team site has no ${STORE_LISTS[list]} list. Set Home Turf up for this team again to create it.`,
    );
  }
}

/** `/sites/{site-id}/lists/{list-id}`; a StoreListMissingError when the site lacks the list. */
export function listPath(site: StoreSite, list: StoreListKey): string {
  const id = site.lists[list];
  if (id === undefined) throw new StoreListMissingError(list);
  return `/sites/${encodeURIComponent(site.id)}/lists/${encodeURIComponent(id)}`;
}

/** One list item as `$expand=fields` returns it. */
export type RawListItem = { id: string; etag?: string; fields: Record<string, unknown> };

const itemsPage = z.object({
  value: z.array(
    z.object({
      id: z.string(),
      '@odata.etag': z.optional(z.string()),
      fields: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
  '@odata.nextLink': z.optional(z.string()),
});

/** Values per `or` chain: long filters fail on SharePoint long before URL limits. */
export const MAX_EQ_VALUES = 15;

/** `fields/Column eq 'a' or fields/Column eq 'b'`, for an indexed column. */
export function anyOf(column: string, values: readonly string[]): string {
  return values.map((v) => `fields/${column} eq ${odataString(v)}`).join(' or ');
}

/**
 * A batch member reading items of a store list with their fields. `filter` must only name indexed
 * columns, so the query keeps working past SharePoint's 5,000-item threshold.
 */
export function listItemsRequest(
  id: string,
  site: StoreSite,
  list: StoreListKey,
  options: { filter?: string; top?: number } = {},
): BatchRequest {
  const query = ['$expand=fields'];
  if (options.filter !== undefined) query.push(`$filter=${encodeURIComponent(options.filter)}`);
  if (options.top !== undefined) query.push(`$top=${options.top}`);
  return {
    id,
    method: 'GET',
    url: `${listPath(site, list)}/items?${query.join('&')}`,
  };
}

/** The items of one page, and the link to the next when there is one. */
export function readListItems(body: unknown): { items: RawListItem[]; nextLink?: string } {
  const page = itemsPage.parse(body);
  const items = page.value.map((v): RawListItem => {
    const item: RawListItem = { id: v.id, fields: v.fields ?? {} };
    const etag =
      v['@odata.etag'] ??
      (typeof v.fields?.['@odata.etag'] === 'string' ? v.fields['@odata.etag'] : undefined);
    if (etag !== undefined) item.etag = etag;
    return item;
  });
  const next = page['@odata.nextLink'];
  return next === undefined ? { items } : { items, nextLink: next };
}
