import { z } from 'zod/mini';
import type { GraphClient } from '../create-graph-client';
import { odataString } from '../get-users-by-email';
import { listPath, readListItems, type RawListItem, type StoreListKey, type StoreSite } from './store-lists';

/**
 * Writes to the team store's lists. None of these is replayed by the client's retry (POST and
 * PATCH are never replayed); the outbox above them decides what is safe to send again.
 */

export type FieldValues = Record<string, string | number | boolean | null>;

const itemAnswer = z.object({
  id: z.string(),
  '@odata.etag': z.optional(z.string()),
  fields: z.optional(z.record(z.string(), z.unknown())),
});
const fieldsAnswer = z.record(z.string(), z.unknown());

function itemsPath(site: StoreSite, list: StoreListKey): string {
  return `${listPath(site, list)}/items`;
}

function toRaw(parsed: z.infer<typeof itemAnswer>): RawListItem {
  const etag = parsed['@odata.etag'] ?? parsed.fields?.['@odata.etag'];
  const item: RawListItem = { id: parsed.id, fields: parsed.fields ?? {} };
  if (typeof etag === 'string') item.etag = etag;
  return item;
}

/** `POST …/items`: a new item. A unique column already holding the value answers 409. */
export async function createListItem(
  graph: GraphClient,
  site: StoreSite,
  list: StoreListKey,
  fields: FieldValues,
): Promise<RawListItem> {
  const raw: unknown = await graph.client.api(itemsPath(site, list)).post({ fields });
  return toRaw(itemAnswer.parse(raw));
}

/** The item whose (indexed, unique) column holds a value, or null: how a write is found after a lost answer. */
export async function findListItem(
  graph: GraphClient,
  site: StoreSite,
  list: StoreListKey,
  column: string,
  value: string,
): Promise<RawListItem | null> {
  const raw: unknown = await graph.client
    .api(itemsPath(site, list))
    .query({ $expand: 'fields', $filter: `fields/${column} eq ${odataString(value)}`, $top: '2' })
    .get();
  return readListItems(raw).items[0] ?? null;
}

/** `GET …/items/{id}` with its fields and etag. */
export async function getListItem(
  graph: GraphClient,
  site: StoreSite,
  list: StoreListKey,
  itemId: string,
): Promise<RawListItem> {
  const raw: unknown = await graph.client
    .api(`${itemsPath(site, list)}/${encodeURIComponent(itemId)}`)
    .query({ $expand: 'fields' })
    .get();
  return toRaw(itemAnswer.parse(raw));
}

/**
 * `PATCH …/items/{id}/fields` with `If-Match`: the change lands only on the version it was made
 * from; a colleague's newer save answers 412 instead of being overwritten.
 */
export async function updateListItem(
  graph: GraphClient,
  site: StoreSite,
  list: StoreListKey,
  itemId: string,
  etag: string,
  changes: FieldValues,
): Promise<RawListItem> {
  const raw: unknown = await graph.client
    .api(`${itemsPath(site, list)}/${encodeURIComponent(itemId)}/fields`)
    .header('If-Match', etag)
    .patch(changes);
  const fields = fieldsAnswer.parse(raw);
  const item: RawListItem = { id: itemId, fields };
  const newTag = fields['@odata.etag'];
  if (typeof newTag === 'string') item.etag = newTag;
  return item;
}
