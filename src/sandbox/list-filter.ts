import { GraphErrorSignal } from './graph-http';
import { evaluateFilter, type PathValue, type ValueKind } from './filter-evaluate';
import { findColumn } from './list-fields';
import { FilterSyntaxError, filterPaths, parseFilter } from './odata-filter';
import type { ColumnType, ListItemRecord, ListRecord } from './tenant-model';

/**
 * `$filter` and `$orderby` on list items, with SharePoint's indexing rule: a query may only name
 * indexed columns unless the caller sends `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`,
 * and even then a list past the 5,000-item view threshold refuses it.
 */

/** SharePoint's list view threshold (a tenant file may lower it for tests: `sharePoint.listViewThreshold`). */
export const LIST_VIEW_THRESHOLD = 5000;

/** The preference that lets a query name columns without an index. */
export const HONOR_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

/** A compiled query: which items match, and in what order. */
export type ListQuery = {
  matches: (item: ListItemRecord) => boolean;
  compare: (a: ListItemRecord, b: ListItemRecord) => number;
  /** True when an $orderby other than the default (by id) applies; paging then counts positions. */
  ordered: boolean;
};

type FieldRef = { name: string; kind: ValueKind; indexed: boolean };

const KIND_OF: Record<ColumnType, ValueKind> = {
  text: 'string',
  note: 'string',
  number: 'number',
  boolean: 'boolean',
  dateTime: 'datetime',
};

const BUILT_IN: Record<string, FieldRef> = {
  id: { name: 'id', kind: 'number', indexed: true },
  created: { name: 'Created', kind: 'datetime', indexed: false },
  modified: { name: 'Modified', kind: 'datetime', indexed: false },
};

function invalid(message: string): never {
  throw new GraphErrorSignal(400, 'invalidRequest', message);
}

/** The field a `fields/X` path names, or a 400 like Graph's for anything else. */
function fieldOf(list: ListRecord, path: string): FieldRef {
  const match = /^fields\/(.+)$/i.exec(path);
  if (!match?.[1]) invalid(`Invalid filter clause: '${path}' is not supported; use fields/{column}.`);
  const name = match[1];
  const column = findColumn(list.columns, name);
  if (column) return { name: column.name, kind: KIND_OF[column.type], indexed: column.indexed };
  const builtIn = BUILT_IN[name.toLowerCase()];
  if (builtIn) return builtIn;
  return invalid(`Field '${name}' is not recognized`);
}

function valueOf(item: ListItemRecord, field: FieldRef): PathValue {
  if (field.name === 'id') return { kind: 'number', value: Number(item.id) };
  if (field.name === 'Created') return { kind: 'datetime', value: new Date(item.createdMs).toISOString() };
  if (field.name === 'Modified') return { kind: 'datetime', value: new Date(item.modifiedMs).toISOString() };
  return { kind: field.kind, value: item.fields[field.name] ?? null };
}

function checkIndexes(
  list: ListRecord,
  fields: ReadonlyArray<FieldRef>,
  honorNonIndexed: boolean,
  threshold: number,
): void {
  const unindexed = fields.find((field) => !field.indexed);
  if (!unindexed) return;
  if (!honorNonIndexed) {
    invalid(
      `Field '${unindexed.name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${HONOR_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`,
    );
  }
  if (list.items.length > threshold) {
    throw new GraphErrorSignal(
      422,
      'notSupported',
      'The request is unprocessable because it uses too many resources',
    );
  }
}

function parseOrderBy(list: ListRecord, raw: string | null): Array<{ field: FieldRef; descending: boolean }> {
  if (raw === null || raw.trim() === '') return [];
  return raw.split(',').map((part) => {
    const [path, direction = 'asc', ...rest] = part.trim().split(/\s+/);
    if (!path || rest.length > 0 || !['asc', 'desc'].includes(direction.toLowerCase()))
      invalid(`The $orderby expression '${raw}' is not supported.`);
    return { field: fieldOf(list, path), descending: direction.toLowerCase() === 'desc' };
  });
}

function sortValue(value: PathValue): number | string | null {
  if (value.value === null) return null;
  if (value.kind === 'number' || value.kind === 'boolean') return Number(value.value);
  if (value.kind === 'datetime') return Date.parse(String(value.value));
  return String(value.value).toLowerCase();
}

/** Compiles `$filter` and `$orderby` for `list`; Graph's errors for what SharePoint would refuse. */
export function compileListQuery(
  list: ListRecord,
  filterText: string | null,
  orderByText: string | null,
  honorNonIndexed: boolean,
  threshold = LIST_VIEW_THRESHOLD,
): ListQuery {
  let expression = null;
  if (filterText !== null) {
    try {
      expression = parseFilter(filterText);
    } catch (error) {
      if (error instanceof FilterSyntaxError) invalid(`Invalid filter clause: ${error.message}`);
      throw error;
    }
  }
  const filterFields = expression ? filterPaths(expression).map((path) => fieldOf(list, path)) : [];
  const order = parseOrderBy(list, orderByText);
  checkIndexes(list, [...filterFields, ...order.map((o) => o.field)], honorNonIndexed, threshold);
  const byPath = new Map<string, FieldRef>();
  if (expression) for (const path of filterPaths(expression)) byPath.set(path, fieldOf(list, path));
  const matches = (item: ListItemRecord): boolean => {
    if (!expression) return true;
    try {
      return evaluateFilter(expression, (path) => valueOf(item, byPath.get(path) ?? fieldOf(list, path)));
    } catch (error) {
      if (error instanceof FilterSyntaxError) invalid(`Invalid filter clause: ${error.message}`);
      throw error;
    }
  };
  const compare = (a: ListItemRecord, b: ListItemRecord): number => {
    for (const { field, descending } of order) {
      const left = sortValue(valueOf(a, field));
      const right = sortValue(valueOf(b, field));
      if (left === right) continue;
      // Empty values sort first ascending, as in SharePoint views.
      const result = left === null ? -1 : right === null ? 1 : left < right ? -1 : 1;
      return descending ? -result : result;
    }
    return Number(a.id) - Number(b.id);
  };
  return { matches, compare, ordered: order.length > 0 };
}
