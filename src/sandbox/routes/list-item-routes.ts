import { GraphErrorSignal, jsonResponse, type GraphRequest, type GraphResponse } from '../graph-http';
import { newGuid } from '../ids';
import { applyFields, checkIfMatch, checkUnique, validateFields } from '../list-item-writes';
import { renderFields, renderItem } from '../sharepoint-json';
import type { ListItemRecord, ListRecord, SiteRecord } from '../tenant-model';
import { itemView, renderItemView } from './list-item-view';
import { listContext, notFound, type SiteStore } from './site-store';

/**
 * One list item: GET …/items/{id} (and …/fields), POST …/items with `{ fields }`, PATCH
 * …/items/{id}/fields and DELETE …/items/{id}. Writes honour `If-Match` and unique columns and are
 * persisted before the answer is sent.
 */

function findItem(list: ListRecord, id: string): ListItemRecord {
  return list.items.find((item) => item.id === id) ?? notFound('Item not found');
}

function touch(list: ListRecord, now: number): void {
  list.modifiedMs = Math.max(list.modifiedMs, now);
}

/** GET …/items/{id}. */
export function getItem(
  request: GraphRequest,
  site: SiteRecord,
  list: ListRecord,
  id: string,
  store: SiteStore,
): GraphResponse {
  const item = findItem(list, id);
  return jsonResponse(200, {
    '@odata.context': `${listContext(request.baseUrl, site, list)}/items/$entity`,
    ...renderItemView(store.state, site, list, item, itemView(request)),
  });
}

/** GET …/items/{id}/fields. */
export function getItemFields(
  request: GraphRequest,
  site: SiteRecord,
  list: ListRecord,
  id: string,
  store: SiteStore,
): GraphResponse {
  const item = findItem(list, id);
  return jsonResponse(200, {
    '@odata.context': `${listContext(request.baseUrl, site, list)}/items('${item.id}')/fields/$entity`,
    ...renderFields(store.state, list, item, null),
  });
}

/** POST …/items: 201 with the item and its fields. */
export async function createItem(
  request: GraphRequest,
  site: SiteRecord,
  list: ListRecord,
  store: SiteStore,
): Promise<GraphResponse> {
  const body = request.body;
  if (typeof body !== 'object' || body === null || !('fields' in body))
    throw new GraphErrorSignal(400, 'invalidRequest', 'The request body must be { "fields": { … } }.');
  const values = validateFields(list, body.fields);
  checkUnique(list, values, null);
  const now = store.now();
  const fields = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null));
  const item: ListItemRecord = {
    id: String(list.nextItemId),
    guid: newGuid(),
    version: 1,
    createdMs: now,
    modifiedMs: now,
    createdBy: store.viewer.mail,
    modifiedBy: store.viewer.mail,
    fields,
    origin: 'user',
  };
  list.nextItemId += 1;
  list.items.push(item);
  touch(list, now);
  await store.save();
  return jsonResponse(201, {
    '@odata.context': `${listContext(request.baseUrl, site, list)}/items/$entity`,
    ...renderItem(store.state, site, list, item, { select: null }),
  });
}

/** PATCH …/items/{id}/fields: 200 with the updated fieldValueSet (and its new etag). */
export async function updateItemFields(
  request: GraphRequest,
  site: SiteRecord,
  list: ListRecord,
  id: string,
  store: SiteStore,
): Promise<GraphResponse> {
  const item = findItem(list, id);
  checkIfMatch(item, request.headers['if-match']);
  const values = validateFields(list, request.body ?? {});
  checkUnique(list, values, item.id);
  const now = store.now();
  applyFields(item, values, store.viewer.mail, now);
  touch(list, now);
  await store.save();
  return jsonResponse(200, {
    '@odata.context': `${listContext(request.baseUrl, site, list)}/items('${item.id}')/fields/$entity`,
    ...renderFields(store.state, list, item, null),
  });
}

/** DELETE …/items/{id}: 204. */
export async function deleteItem(
  request: GraphRequest,
  list: ListRecord,
  id: string,
  store: SiteStore,
): Promise<GraphResponse> {
  const item = findItem(list, id);
  checkIfMatch(item, request.headers['if-match']);
  list.items = list.items.filter((candidate) => candidate !== item);
  if (!list.deletedIds.includes(item.id)) list.deletedIds.push(item.id);
  touch(list, store.now());
  await store.save();
  return { status: 204, headers: {}, body: null };
}
