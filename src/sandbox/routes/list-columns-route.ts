import { z } from 'zod';
import {
  GraphErrorSignal,
  jsonResponse,
  methodNotAllowed,
  type GraphRequest,
  type GraphResponse,
} from '../graph-http';
import { repeatedValue } from '../list-fields';
import { renderColumn, renderList } from '../sharepoint-json';
import type { ListRecord, SiteRecord } from '../tenant-model';
import { jsonPath } from '../tenant-spec';
import { columnDefinitionSchema, toColumns } from './list-create-route';
import { listContext, notFound, type SiteStore } from './site-store';

/**
 * A list's columns: `GET …/columns`, `POST …/columns` (create one, list-post-columns) and
 * `PATCH …/columns/{id}` (update one, columndefinition-update), with `indexed` and
 * `enforceUniqueValues` as SharePoint keeps them: multi-line text cannot be indexed, and unique
 * values need an index.
 */

const updateSchema = z.strictObject({
  displayName: z.string().min(1).optional(),
  description: z.string().optional(),
  indexed: z.boolean().optional(),
  enforceUniqueValues: z.boolean().optional(),
  hidden: z.boolean().optional(),
  required: z.boolean().optional(),
});

function invalid(message: string): never {
  throw new GraphErrorSignal(400, 'invalidRequest', message);
}

function issues(error: z.ZodError): string {
  return error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`).join('; ');
}

/** Routes `…/lists/{list}/columns[/{id}]`. */
export async function routeColumns(
  request: GraphRequest,
  site: SiteRecord,
  list: ListRecord,
  columnId: string | undefined,
  store: SiteStore,
): Promise<GraphResponse> {
  const context = `${listContext(request.baseUrl, site, list)}/columns`;
  if (columnId === undefined) {
    if (request.method === 'GET') {
      const rendered = renderList(store.state, site, list, true);
      return jsonResponse(200, { '@odata.context': context, value: rendered['columns'] });
    }
    if (request.method !== 'POST') methodNotAllowed();
    const parsed = columnDefinitionSchema.safeParse(request.body);
    if (!parsed.success) invalid(`Invalid column: ${issues(parsed.error)}`);
    const [column] = toColumns(
      [parsed.data],
      list.columns.map((c) => c.name),
    );
    if (!column) invalid('Invalid column.');
    list.columns.push(column);
    list.modifiedMs = store.now();
    await store.save();
    return jsonResponse(201, { '@odata.context': `${context}/$entity`, ...renderColumn(column) });
  }
  const column = list.columns.find((c) => c.id === columnId.toLowerCase());
  if (!column) return notFound('The specified column was not found.');
  if (request.method === 'GET')
    return jsonResponse(200, { '@odata.context': `${context}/$entity`, ...renderColumn(column) });
  if (request.method !== 'PATCH') methodNotAllowed();
  const parsed = updateSchema.safeParse(request.body);
  if (!parsed.success) invalid(`Invalid column update: ${issues(parsed.error)}`);
  const change = parsed.data;
  const unique = change.enforceUniqueValues ?? column.unique;
  const indexed = change.indexed ?? (column.indexed || unique);
  if (unique && !indexed) invalid(`Column '${column.name}' must be indexed to enforce unique values.`);
  if (indexed && column.type === 'note')
    invalid(`Column '${column.name}': multi-line text columns cannot be indexed.`);
  if (unique && !column.unique && repeatedValue(list, column) !== undefined)
    invalid(`Column '${column.name}' has duplicate values and cannot enforce unique values.`);
  column.indexed = indexed;
  column.unique = unique;
  if (change.displayName !== undefined) column.displayName = change.displayName;
  list.modifiedMs = store.now();
  await store.save();
  return jsonResponse(200, { '@odata.context': `${context}/$entity`, ...renderColumn(column) });
}
