import {
  GraphErrorSignal,
  jsonResponse,
  methodNotAllowed,
  queryOption,
  unknownSegment,
  type GraphRequest,
  type GraphResponse,
} from '../graph-http';
import { renderList, renderSite } from '../sharepoint-json';
import type { SiteRecord } from '../tenant-model';
import { routeColumns } from './list-columns-route';
import { createList } from './list-create-route';
import { createItem, deleteItem, getItem, getItemFields, updateItemFields } from './list-item-routes';
import { listItems } from './list-items-query-route';
import { findList, locateSite, type SiteStore } from './site-store';

/**
 * Everything under /sites: a site by id or by `{hostname}:/{path}`, its lists (by id or name), a
 * list's columns, and its items. Paths and methods Graph would refuse get Graph's 400 and 405.
 */

function wantsColumns(request: GraphRequest): boolean {
  const expand = queryOption(request.query, 'expand');
  if (expand === null || expand.trim() === '') return false;
  if (expand.trim().toLowerCase() === 'columns') return true;
  throw new GraphErrorSignal(
    400,
    'BadRequest',
    `Parsing OData Select and Expand failed: Could not find a property named '${expand}' on type 'microsoft.graph.list'.`,
  );
}

function siteContext(request: GraphRequest, site: SiteRecord): string {
  return `${request.baseUrl}/$metadata#sites('${encodeURIComponent(site.id)}')`;
}

async function routeItems(
  request: GraphRequest,
  site: SiteRecord,
  listName: string,
  rest: ReadonlyArray<string>,
  store: SiteStore,
): Promise<GraphResponse> {
  const list = findList(site, listName);
  const [id, child, extra] = rest;
  if (extra !== undefined) unknownSegment(extra);
  if (id === undefined) {
    if (request.method === 'GET') return listItems(request, site, list, store);
    if (request.method === 'POST') return createItem(request, site, list, store);
    return methodNotAllowed();
  }
  if (child === undefined) {
    if (request.method === 'GET') return getItem(request, site, list, id, store);
    if (request.method === 'DELETE') return deleteItem(request, list, id, store);
    return methodNotAllowed();
  }
  if (child.toLowerCase() !== 'fields') unknownSegment(child);
  if (request.method === 'GET') return getItemFields(request, site, list, id, store);
  if (request.method === 'PATCH') return updateItemFields(request, site, list, id, store);
  return methodNotAllowed();
}

/** Routes `/sites/…`; `segments` are the decoded path segments after `sites`. */
export async function routeSites(
  request: GraphRequest,
  segments: ReadonlyArray<string>,
  store: SiteStore,
): Promise<GraphResponse> {
  if (segments.length === 0) unknownSegment('sites');
  const { site, rest } = locateSite(store.state, segments);
  const [collection, listName, child, ...more] = rest;
  if (collection === undefined) {
    if (request.method !== 'GET') methodNotAllowed();
    return jsonResponse(200, {
      '@odata.context': `${request.baseUrl}/$metadata#sites/$entity`,
      ...renderSite(site),
    });
  }
  if (collection.toLowerCase() !== 'lists') unknownSegment(collection);
  if (listName === undefined) {
    if (request.method === 'POST') return createList(request, site, store);
    if (request.method !== 'GET') methodNotAllowed();
    const withColumns = wantsColumns(request);
    return jsonResponse(200, {
      '@odata.context': `${siteContext(request, site)}/lists`,
      value: site.lists.map((list) => renderList(store.state, site, list, withColumns)),
    });
  }
  if (child === undefined) {
    if (request.method !== 'GET') methodNotAllowed();
    const list = findList(site, listName);
    return jsonResponse(200, {
      '@odata.context': `${siteContext(request, site)}/lists/$entity`,
      ...renderList(store.state, site, list, wantsColumns(request)),
    });
  }
  const lowerChild = child.toLowerCase();
  if (lowerChild === 'items') return routeItems(request, site, listName, more, store);
  if (lowerChild === 'columns') {
    if (more[1] !== undefined) unknownSegment(more[1]);
    return routeColumns(request, site, findList(site, listName), more[0], store);
  }
  return unknownSegment(child);
}
