import { guidFrom, listIdFrom, siteIdFrom } from './ids';
import { coerceFieldValue, findColumn, repeatedValue, titleColumn } from './list-fields';
import type { ResolveContext } from './resolve-time';
import type { ColumnRecord, FieldValue, ListItemRecord, ListRecord, SiteRecord } from './tenant-model';
import { TenantSpecError, type SpecList, type SpecListItem, type SpecSite } from './tenant-spec';
import { instantOfIso } from './zoned-time';

/**
 * Resolves the spec's SharePoint sites: Graph-shaped ids derived from host and path (the same every
 * run), the Title column on every list, and items checked against their columns as the API would.
 */

const DAY = 24 * 60 * 60_000;

function resolveColumns(list: SpecList, listId: string, path: string): ColumnRecord[] {
  const note = list.columns.findIndex(
    (column) => column.type === 'note' && (column.indexed || column.unique),
  );
  if (note !== -1)
    throw new TenantSpecError([`${path}.columns[${note}]: multi-line text (note) columns cannot be indexed`]);
  const declared = list.columns.map((column) => ({
    id: column.name === 'Title' ? titleColumn().id : guidFrom(`column:${listId}:${column.name}`),
    name: column.name,
    displayName: column.name,
    type: column.type,
    indexed: (column.indexed ?? false) || (column.unique ?? false),
    unique: column.unique ?? false,
  }));
  return declared.some((column) => column.name === 'Title') ? declared : [titleColumn(), ...declared];
}

function instantOf(time: string | undefined, fallback: number, path: string, ctx: ResolveContext): number {
  if (time === undefined) return fallback;
  const instant = instantOfIso(time, ctx.tenantZone);
  if (instant === null) throw new TenantSpecError([`${path}: not a valid date-time: ${time}`]);
  return instant;
}

function resolveItem(
  item: SpecListItem,
  index: number,
  columns: ReadonlyArray<ColumnRecord>,
  listId: string,
  me: string,
  ctx: ResolveContext,
  path: string,
): ListItemRecord {
  const fields: Record<string, FieldValue> = {};
  for (const [name, raw] of Object.entries(item.fields)) {
    const column = findColumn(columns, name);
    if (!column) throw new TenantSpecError([`${path}.fields.${name}: the list has no column ${name}`]);
    const coerced = coerceFieldValue(column, raw);
    if (!coerced.ok) throw new TenantSpecError([`${path}.fields.${name}: ${coerced.message}`]);
    if (coerced.value !== null) fields[column.name] = coerced.value;
  }
  const id = item.id ?? String(index + 1);
  // Seeded items date from a fortnight before start unless the spec says otherwise.
  const createdMs = instantOf(item.created, ctx.now - 14 * DAY, `${path}.created`, ctx);
  const modifiedMs = instantOf(item.modified, createdMs, `${path}.modified`, ctx);
  const author = item.createdBy
    ? (ctx.directory.get(item.createdBy.toLowerCase())?.mail ?? item.createdBy)
    : me;
  return {
    id,
    guid: guidFrom(`item:${listId}:${id}`),
    version: 1,
    createdMs,
    modifiedMs,
    createdBy: author,
    modifiedBy: author,
    fields,
    origin: 'seed',
  };
}

function checkUnique(list: ListRecord, path: string): void {
  const ids = new Set<string>();
  for (const item of list.items) {
    if (ids.has(item.id)) throw new TenantSpecError([`${path}.items: item id ${item.id} is used twice`]);
    ids.add(item.id);
  }
  for (const column of list.columns.filter((c) => c.unique)) {
    const value = repeatedValue(list, column);
    if (value !== undefined)
      throw new TenantSpecError([`${path}.items: ${column.name} must be unique; ${String(value)} repeats`]);
  }
}

function resolveList(
  list: SpecList,
  siteId: string,
  siteCreatedMs: number,
  me: string,
  ctx: ResolveContext,
  path: string,
): ListRecord {
  const id = listIdFrom(siteId, list.name);
  const columns = resolveColumns(list, id, path);
  const items = list.items.map((item, index) =>
    resolveItem(item, index, columns, id, me, ctx, `${path}.items[${index}]`),
  );
  const record: ListRecord = {
    id,
    name: list.name,
    displayName: list.displayName ?? list.name,
    description: list.description ?? '',
    createdMs: siteCreatedMs,
    modifiedMs: items.reduce((latest, item) => Math.max(latest, item.modifiedMs), siteCreatedMs),
    createdBy: me,
    columns,
    items,
    nextItemId: items.reduce((max, item) => Math.max(max, Number(item.id)), 0) + 1,
    origin: 'seed',
    deletedIds: [],
  };
  checkUnique(record, path);
  return record;
}

/** Resolves every site of the spec; `me` is the signed-in user's address (the default author). */
export function resolveSites(sites: ReadonlyArray<SpecSite>, me: string, ctx: ResolveContext): SiteRecord[] {
  const ids = new Set<string>();
  return sites.map((site, index) => {
    const path = `$.sites[${index}]`;
    const sitePath = site.path.replace(/\/+$/, '') || '/';
    const id = siteIdFrom(site.hostname, sitePath);
    if (ids.has(id)) throw new TenantSpecError([`${path}: another site has the same hostname and path`]);
    ids.add(id);
    const names = new Set<string>();
    for (const [listIndex, list] of site.lists.entries()) {
      if (names.has(list.name.toLowerCase()))
        throw new TenantSpecError([`${path}.lists[${listIndex}].name: another list is called ${list.name}`]);
      names.add(list.name.toLowerCase());
    }
    const createdMs = ctx.now - 400 * DAY;
    return {
      id,
      hostname: site.hostname.toLowerCase(),
      path: sitePath,
      displayName: site.displayName,
      description: site.description ?? '',
      createdMs,
      modifiedMs: ctx.now - DAY,
      lists: site.lists.map((list, listIndex) =>
        resolveList(list, id, createdMs, me, ctx, `${path}.lists[${listIndex}]`),
      ),
    };
  });
}
