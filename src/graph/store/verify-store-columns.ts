import { z } from 'zod/mini';
import type { GraphClient } from '../create-graph-client';
import {
  STORE_LIST_ORDER,
  STORE_SCHEMA,
  toColumnDefinition,
  type StoreColumn,
  type StoreColumnType,
} from './store-schema';
import { listPath, type StoreListKey, type StoreSite } from './store-lists';

/**
 * Reads the store lists' columns back (`GET /sites/{id}/lists/{id}/columns`) and compares them with
 * docs/team-store.md: each column there, of its type, indexed and unique where the store needs it.
 * Microsoft does not document whether a list created with inline column definitions keeps their
 * `indexed`, so set-up checks instead of trusting the create, and mends what it can.
 */

export type ColumnProblemKind = 'missing' | 'wrong type' | 'not indexed' | 'not unique';

/** One way a store column differs from what the store needs, in words for an admin. */
export type ColumnProblem = {
  list: StoreListKey;
  column: string;
  problem: ColumnProblemKind;
  /** What the column is in SharePoint when its type is wrong (`note`, `choice`, …). */
  found?: string;
  /** The column's id, when it exists. */
  columnId?: string;
  message: string;
};

const columnsPage = z.object({
  value: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      indexed: z.nullish(z.boolean()),
      enforceUniqueValues: z.nullish(z.boolean()),
      text: z.nullish(z.looseObject({ allowMultipleLines: z.nullish(z.boolean()) })),
      number: z.optional(z.unknown()),
      dateTime: z.optional(z.unknown()),
      boolean: z.optional(z.unknown()),
    }),
  ),
});

type ColumnJson = z.infer<typeof columnsPage>['value'][number];

/** The store's name for a column's type: which facet Graph gave it. */
function typeOf(column: ColumnJson): string {
  if (column.text) return column.text.allowMultipleLines ? 'note' : 'text';
  if (column.number !== undefined && column.number !== null) return 'number';
  if (column.dateTime !== undefined && column.dateTime !== null) return 'dateTime';
  if (column.boolean !== undefined && column.boolean !== null) return 'boolean';
  const facet = Object.keys(column).find(
    (key) =>
      !['id', 'name', 'indexed', 'enforceUniqueValues', '@odata.etag'].includes(key) &&
      typeof column[key] === 'object',
  );
  return facet ?? 'another type';
}

/** A column type in the words SharePoint's list settings use. */
export const TYPE_WORDS: Record<StoreColumnType, string> = {
  text: 'a single line of text',
  note: 'multiple lines of text',
  dateTime: 'a date and time',
  number: 'a number',
  boolean: 'yes/no',
};

function problem(
  list: StoreListKey,
  column: StoreColumn,
  kind: ColumnProblemKind,
  found: ColumnJson | undefined,
): ColumnProblem {
  const where = `${STORE_SCHEMA[list].name}: the column ${column.name}`;
  const message = {
    missing: `${where} is missing.`,
    'wrong type': `${where} holds ${found ? typeOf(found) : 'another type'} instead of ${TYPE_WORDS[column.type]}. Home Turf cannot change a column's type: rename or delete that column in SharePoint, then set Home Turf up again.`,
    'not indexed': `${where} is not indexed, so Home Turf's queries on it fail once the list holds more than 5,000 items.`,
    'not unique': `${where} does not enforce unique values, so a save sent twice could make a second item.`,
  }[kind];
  const result: ColumnProblem = { list, column: column.name, problem: kind, message };
  if (found !== undefined) result.columnId = found.id;
  if (kind === 'wrong type' && found !== undefined) result.found = typeOf(found);
  return result;
}

/** What is wrong with one list's columns. */
function compare(list: StoreListKey, columns: ReadonlyArray<ColumnJson>): ColumnProblem[] {
  const byName = new Map(columns.map((c) => [c.name.toLowerCase(), c]));
  return STORE_SCHEMA[list].columns.flatMap((want): ColumnProblem[] => {
    const found = byName.get(want.name.toLowerCase());
    if (found === undefined) return [problem(list, want, 'missing', undefined)];
    if (typeOf(found) !== want.type) return [problem(list, want, 'wrong type', found)];
    const problems: ColumnProblem[] = [];
    if ((want.indexed || want.unique) && found.indexed !== true)
      problems.push(problem(list, want, 'not indexed', found));
    if (want.unique && found.enforceUniqueValues !== true)
      problems.push(problem(list, want, 'not unique', found));
    return problems;
  });
}

/**
 * Every way the store lists' columns differ from docs/team-store.md, for the lists the site has
 * (or only `lists`): a column missing, of the wrong type, not indexed or not unique. One request per
 * list. What an admin's health check shows, and what set-up mends.
 */
export async function verifyStoreColumns(
  graph: GraphClient,
  site: StoreSite,
  lists: readonly StoreListKey[] = STORE_LIST_ORDER,
): Promise<ColumnProblem[]> {
  const present = lists.filter((key) => site.lists[key] !== undefined);
  const pages = await Promise.all(
    present.map(async (key) => {
      const raw: unknown = await graph.client.api(`${listPath(site, key)}/columns`).get();
      return compare(key, columnsPage.parse(raw).value);
    }),
  );
  return pages.flat();
}

/**
 * Mends what can be mended: creates a missing column (`POST …/columns`) and indexes it or makes it
 * unique (`PATCH …/columns/{id}`, columndefinition-update). A column of the wrong type is left as
 * it is: changing a type could lose what the team wrote.
 */
export async function repairStoreColumns(
  graph: GraphClient,
  site: StoreSite,
  problems: readonly ColumnProblem[],
): Promise<void> {
  const done = new Set<string>();
  for (const found of problems) {
    const key = `${found.list}/${found.column}`;
    if (found.problem === 'wrong type' || done.has(key)) continue;
    done.add(key);
    const column = STORE_SCHEMA[found.list].columns.find((c) => c.name === found.column);
    if (column === undefined) continue;
    const columns = `${listPath(site, found.list)}/columns`;
    if (found.problem === 'missing' || found.columnId === undefined) {
      await graph.client.api(columns).post(toColumnDefinition(column));
      continue;
    }
    const change: { indexed: true; enforceUniqueValues?: true } = { indexed: true };
    if (column.unique) change.enforceUniqueValues = true;
    await graph.client.api(`${columns}/${encodeURIComponent(found.columnId)}`).patch(change);
  }
}
