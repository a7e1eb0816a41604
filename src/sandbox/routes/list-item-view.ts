import { GraphErrorSignal, queryOption, selectedProperties, type GraphRequest } from '../graph-http';
import { renderItem } from '../sharepoint-json';
import type { ListItemRecord, ListRecord, SiteRecord, TenantState } from '../tenant-model';

/**
 * `$expand=fields`, `$expand=fields($select=A,B)` and `$select` on list items: what every item
 * route reads from the query before rendering.
 */

const ITEM_PROPERTIES = new Set([
  'id',
  'createddatetime',
  'etag',
  'lastmodifieddatetime',
  'weburl',
  'createdby',
  'lastmodifiedby',
  'parentreference',
  'contenttype',
  'fields',
]);

function unknownProperty(name: string): never {
  throw new GraphErrorSignal(
    400,
    'BadRequest',
    `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.listItem'.`,
  );
}

/** How to render items: which top-level properties, and whether (and which) fields. */
export type ItemView = {
  select: string[] | null;
  fields: { select: string[] | null } | null;
};

function parseExpand(raw: string | null): ItemView['fields'] {
  if (raw === null || raw.trim() === '') return null;
  const match = /^\s*fields\s*(?:\(\s*\$?select\s*=\s*([^)]*)\))?\s*$/i.exec(raw);
  if (!match) return unknownProperty(raw.split('(')[0]?.trim() ?? raw);
  const names = match[1]
    ?.split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return { select: names && names.length > 0 ? names : null };
}

/** Reads `$expand` and `$select` for list items. */
export function itemView(request: GraphRequest): ItemView {
  const select = selectedProperties(request.query);
  for (const name of select ?? []) if (!ITEM_PROPERTIES.has(name.toLowerCase())) unknownProperty(name);
  return { select, fields: parseExpand(queryOption(request.query, 'expand')) };
}

/** Renders an item as the view asks; `@odata.etag` always stays, as in Graph. */
export function renderItemView(
  state: TenantState,
  site: SiteRecord,
  list: ListRecord,
  item: ListItemRecord,
  view: ItemView,
): Record<string, unknown> {
  const full = renderItem(state, site, list, item, view.fields);
  if (!view.select) return full;
  const wanted = new Set(view.select.map((name) => name.toLowerCase()));
  return Object.fromEntries(
    Object.entries(full).filter(
      ([key]) => key === '@odata.etag' || key === 'fields' || wanted.has(key.toLowerCase()),
    ),
  );
}
