import type { ColumnRecord, FieldValue, ListRecord } from './tenant-model';
import { parseIsoDateTime, instantOfIso } from './zoned-time';

/**
 * Field values as SharePoint stores them: one rule for seeded items and for writes through Graph, so
 * a tenant file is held to the same column types the API enforces.
 */

/** SharePoint's limit on a single line of text. */
const TEXT_MAX_LENGTH = 255;

/** The id SharePoint gives the built-in Title column on every list. */
export const TITLE_COLUMN_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

/** The Title column every list has, unless the list declares its own (to index it, say). */
export function titleColumn(): ColumnRecord {
  return {
    id: TITLE_COLUMN_ID,
    name: 'Title',
    displayName: 'Title',
    type: 'text',
    indexed: false,
    unique: false,
  };
}

/** Fields Graph shows on every item and that no write may set. */
export const READ_ONLY_FIELDS: ReadonlySet<string> = new Set(
  [
    'id',
    'ID',
    'ContentType',
    'Created',
    'Modified',
    'AuthorLookupId',
    'EditorLookupId',
    '_UIVersionString',
    'Attachments',
    'Edit',
    'LinkTitle',
    'LinkTitleNoMenu',
    'ItemChildCount',
    'FolderChildCount',
  ].map((name) => name.toLowerCase()),
);

/** `2026-12-12T00:00:00Z`: how SharePoint returns dateTime fields (whole seconds, UTC). */
export function formatFieldDate(epochMs: number): string {
  return `${new Date(Math.floor(epochMs / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

/**
 * The stored form of `value` for `column`, or a message saying why it does not fit. Null clears a
 * field. Dates without an offset are read as UTC, as SharePoint reads them through Graph.
 */
export function coerceFieldValue(
  column: ColumnRecord,
  value: unknown,
): { ok: true; value: FieldValue } | { ok: false; message: string } {
  if (value === null) return { ok: true, value: null };
  const fail = (expected: string) => ({
    ok: false as const,
    message: `Field '${column.name}' expects ${expected}; got ${JSON.stringify(value)}.`,
  });
  switch (column.type) {
    case 'text':
      if (typeof value !== 'string') return fail('a string');
      if (value.length > TEXT_MAX_LENGTH)
        return { ok: false, message: `Field '${column.name}' is longer than ${TEXT_MAX_LENGTH} characters.` };
      return { ok: true, value };
    case 'note':
      return typeof value === 'string' ? { ok: true, value } : fail('a string');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { ok: true, value } : fail('a number');
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : fail('true or false');
    case 'dateTime': {
      if (typeof value !== 'string' || parseIsoDateTime(value) === null) return fail('an ISO 8601 date-time');
      const instant = instantOfIso(value, 'UTC');
      return instant === null ? fail('an ISO 8601 date-time') : { ok: true, value: formatFieldDate(instant) };
    }
  }
}

/** Finds a column by internal name; internal names are case-sensitive, as in SharePoint. */
export function findColumn(columns: ReadonlyArray<ColumnRecord>, name: string): ColumnRecord | undefined {
  return columns.find((column) => column.name === name);
}

/** The first value a column holds twice among the list's items (ignoring case), or undefined. */
export function repeatedValue(list: ListRecord, column: ColumnRecord): FieldValue | undefined {
  const seen = new Set<string>();
  for (const item of list.items) {
    const value = item.fields[column.name];
    if (value === undefined || value === null) continue;
    const key = String(value).toLowerCase();
    if (seen.has(key)) return value;
    seen.add(key);
  }
  return undefined;
}
