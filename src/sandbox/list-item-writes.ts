import { GraphErrorSignal, PRECONDITION_FAILED_MESSAGE } from './graph-http';
import { itemEtag } from './sharepoint-json';
import { coerceFieldValue, findColumn, READ_ONLY_FIELDS } from './list-fields';
import type { FieldValue, ListItemRecord, ListRecord } from './tenant-model';

/**
 * The rules a list item write obeys, as SharePoint enforces them through Graph: known, writable
 * columns only, values of the column's type, unique columns unique, and `If-Match` etags current.
 */

function invalid(message: string): never {
  throw new GraphErrorSignal(400, 'invalidRequest', message);
}

/** Checks a `fields` body against the list and returns the stored values (null clears a field). */
export function validateFields(list: ListRecord, body: unknown): Record<string, FieldValue> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    invalid('The request body must be a JSON object of field values.');
  const values: Record<string, FieldValue> = {};
  for (const [name, raw] of Object.entries(body)) {
    if (name.startsWith('@odata.')) continue;
    if (READ_ONLY_FIELDS.has(name.toLowerCase())) invalid(`Field '${name}' is read-only`);
    const column = findColumn(list.columns, name);
    if (!column) invalid(`Field '${name}' is not recognized`);
    const coerced = coerceFieldValue(column, raw);
    if (!coerced.ok) invalid(coerced.message);
    values[column.name] = coerced.value;
  }
  return values;
}

/** 409 when `fields` would repeat a value of a unique column held by another item. */
export function checkUnique(
  list: ListRecord,
  fields: Readonly<Record<string, FieldValue>>,
  selfId: string | null,
): void {
  const clashes = list.columns.filter((column) => {
    if (!column.unique) return false;
    const value = fields[column.name];
    if (value === undefined || value === null) return false;
    const key = String(value).toLowerCase();
    return list.items.some(
      (item) => item.id !== selfId && String(item.fields[column.name] ?? '').toLowerCase() === key,
    );
  });
  if (clashes.length > 0) {
    throw new GraphErrorSignal(
      409,
      'nameAlreadyExists',
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${clashes.map((c) => c.name).join(', ')}].`,
    );
  }
}

function normaliseEtag(etag: string): string {
  return etag
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');
}

/** 412 when an `If-Match` header names an etag other than the item's current one (`*` matches any). */
export function checkIfMatch(item: ListItemRecord, ifMatch: string | undefined): void {
  if (ifMatch === undefined || ifMatch.trim() === '') return;
  const current = normaliseEtag(itemEtag(item));
  if (ifMatch.trim() !== '*' && normaliseEtag(ifMatch) !== current)
    throw new GraphErrorSignal(412, 'preconditionFailed', PRECONDITION_FAILED_MESSAGE);
}

/** Applies validated values to an item: nulls clear, a new version, the editor and time recorded. */
export function applyFields(
  item: ListItemRecord,
  values: Readonly<Record<string, FieldValue>>,
  editor: string,
  now: number,
): void {
  const merged = { ...item.fields, ...values };
  item.fields = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null));
  item.version += 1;
  item.modifiedBy = editor;
  item.modifiedMs = Math.max(now, item.modifiedMs);
  item.origin = 'user';
}
