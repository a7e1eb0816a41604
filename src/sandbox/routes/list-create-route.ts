import { z } from 'zod';
import { GraphErrorSignal, jsonResponse, type GraphRequest, type GraphResponse } from '../graph-http';
import { newGuid } from '../ids';
import { titleColumn } from '../list-fields';
import { renderList } from '../sharepoint-json';
import type { ColumnRecord, ColumnType, SiteRecord } from '../tenant-model';
import { jsonPath } from '../tenant-spec';
import type { SiteStore } from './site-store';

/**
 * POST /sites/{site}/lists: creates a generic list with Graph's columnDefinition bodies (`text`,
 * `text: { allowMultipleLines: true }`, `dateTime`, `number`, `boolean`), `indexed` and
 * `enforceUniqueValues`. The list is named after its display name, as SharePoint names a new list.
 */

const facet = z.looseObject({});

const columnSchema = z.object({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an internal column name (letters, digits, _)'),
  displayName: z.string().min(1).optional(),
  description: z.string().optional(),
  indexed: z.boolean().optional(),
  enforceUniqueValues: z.boolean().optional(),
  text: z.looseObject({ allowMultipleLines: z.boolean().optional() }).optional(),
  number: facet.optional(),
  dateTime: facet.optional(),
  boolean: facet.optional(),
});

const createListSchema = z.object({
  displayName: z.string().min(1),
  description: z.string().optional(),
  columns: z.array(columnSchema).optional(),
  list: z.looseObject({ template: z.string().optional() }).optional(),
});

type ColumnInput = z.infer<typeof columnSchema>;

function invalid(message: string): never {
  throw new GraphErrorSignal(400, 'invalidRequest', message);
}

function typeOf(column: ColumnInput): ColumnType {
  const types: ColumnType[] = [];
  if (column.text) types.push(column.text.allowMultipleLines ? 'note' : 'text');
  if (column.number) types.push('number');
  if (column.dateTime) types.push('dateTime');
  if (column.boolean) types.push('boolean');
  const [type, ...others] = types;
  if (!type || others.length > 0)
    invalid(`Column '${column.name}' must have exactly one of text, number, dateTime or boolean.`);
  return type;
}

/** Graph's columnDefinition body as the demo reads it. */
export const columnDefinitionSchema = columnSchema;
export type ColumnDefinitionInput = ColumnInput;

/**
 * Column records for column definitions; `taken` are the names the list already has. `keepIndexes`
 * false is the tenant's `inlineColumnIndexes: "dropped"`: the columns come without their indexes
 * (and so without unique values, which SharePoint enforces only on an indexed column).
 */
export function toColumns(
  inputs: ReadonlyArray<ColumnInput>,
  taken: ReadonlyArray<string> = ['Title'],
  keepIndexes = true,
): ColumnRecord[] {
  const names = new Set(taken.map((name) => name.toLowerCase()));
  return inputs.map((input) => {
    if (names.has(input.name.toLowerCase())) invalid(`A duplicate field name "${input.name}" was found.`);
    names.add(input.name.toLowerCase());
    const type = typeOf(input);
    const unique = input.enforceUniqueValues ?? false;
    const indexed = (input.indexed ?? false) || unique;
    if (type === 'note' && indexed)
      invalid(`Column '${input.name}': multi-line text columns cannot be indexed.`);
    return {
      id: newGuid(),
      name: input.name,
      displayName: input.displayName ?? input.name,
      type,
      indexed: indexed && keepIndexes,
      unique: unique && keepIndexes,
    };
  });
}

/** POST /sites/{site}/lists: 201 with the new list and its columns; 409 when the name is taken. */
export async function createList(
  request: GraphRequest,
  site: SiteRecord,
  store: SiteStore,
): Promise<GraphResponse> {
  const parsed = createListSchema.safeParse(request.body);
  if (!parsed.success) {
    invalid(
      `Invalid list: ${parsed.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`).join('; ')}`,
    );
  }
  const input = parsed.data;
  const template = input.list?.template ?? 'genericList';
  if (template !== 'genericList')
    invalid(`The list template '${template}' is not supported here; use genericList.`);
  const name = input.displayName.trim();
  const taken = site.lists.some(
    (list) =>
      list.name.toLowerCase() === name.toLowerCase() || list.displayName.toLowerCase() === name.toLowerCase(),
  );
  if (taken) {
    throw new GraphErrorSignal(
      409,
      'nameAlreadyExists',
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
    );
  }
  const now = store.now();
  const list = {
    id: newGuid(),
    name,
    displayName: name,
    description: input.description ?? '',
    createdMs: now,
    modifiedMs: now,
    createdBy: store.viewer.mail,
    // Microsoft does not document whether inline columns keep `indexed`; a tenant may say they do not.
    columns: [
      titleColumn(),
      ...toColumns(input.columns ?? [], ['Title'], store.state.sharePoint.inlineColumnIndexes === 'kept'),
    ],
    items: [],
    nextItemId: 1,
    origin: 'user' as const,
    deletedIds: [],
  };
  site.lists.push(list);
  await store.save();
  return jsonResponse(201, {
    '@odata.context': `${request.baseUrl}/$metadata#sites('${encodeURIComponent(site.id)}')/lists/$entity`,
    ...renderList(store.state, site, list, true),
  });
}
