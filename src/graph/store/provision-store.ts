import { missingPermissionMessage } from '../permissions';
import { z } from 'zod/mini';
import type { GraphClient } from '../create-graph-client';
import { describeGraphError, GraphRequestError } from '../graph-errors';
import { IDEMPOTENT_HEADER } from '../middleware/retry-after';
import { findStoreLists, missingStoreLists } from './check-store';
import { STORE_SCHEMA, createListBody } from './store-schema';
import type { StoreListKey, StoreSite } from './store-lists';
import { repairStoreColumns, verifyStoreColumns, type ColumnProblem } from './verify-store-columns';

/** Where setting up the store has got to: about to create `name`, the `index`-th of `total`. */
export type StoreProgress = { list: StoreListKey; name: string; index: number; total: number };

export type StoreProvisioning = {
  /** The lists that were missing when this run began and exist now, in the order created. */
  created: StoreListKey[];
  /** What was wrong with the lists' columns and is mended now (an index SharePoint did not keep…). */
  repaired: ColumnProblem[];
};

/** Setting up the store stopped; `list` is the one it was on, when it had got to one. */
export class StoreSetupError extends Error {
  override readonly name = 'StoreSetupError';
  constructor(
    message: string,
    readonly list: StoreListKey | undefined,
    options?: { cause: unknown },
  ) {
    super(message, options);
  }
}

const failure = z.object({ statusCode: z.number() });
const createdList = z.object({ id: z.string().check(z.minLength(1)) });

function statusOf(error: unknown): number | undefined {
  if (error instanceof GraphRequestError) return error.status;
  const parsed = failure.safeParse(error);
  return parsed.success ? parsed.data.statusCode : undefined;
}

/**
 * Creates the team store's missing lists in the site, one after another (SharePoint provisions a
 * list with its columns and indexes as one long operation; several at once only invite throttling),
 * with `POST /sites/{id}/lists`. Safe to run again at any point: it checks the site before each
 * list and skips the ones already there, and a 409 (the list appeared meanwhile, or a create whose
 * answer was lost went through) counts as created once the list is seen. Throttling and
 * unavailability are waited out as Graph asks; a list that still cannot be created stops the run
 * with a StoreSetupError naming it, keeping every list made so far. Each list's id is recorded in
 * `site.lists` as it is found or created, so what follows addresses the new lists by id.
 */
export async function provisionStore(
  graph: GraphClient,
  site: StoreSite,
  onProgress?: (progress: StoreProgress) => void,
): Promise<StoreProvisioning> {
  const initially = await check(graph, site, undefined);
  const total = initially.length;
  const created: StoreListKey[] = [];
  for (const [position, key] of initially.entries()) {
    // Someone else may be setting up the same team; never create a list twice.
    if (!(await check(graph, site, key)).includes(key)) continue;
    const name = STORE_SCHEMA[key].name;
    onProgress?.({ list: key, name, index: position + 1, total });
    try {
      const answer: unknown = await graph.client
        .api(`/sites/${encodeURIComponent(site.id)}/lists`)
        // A replay after a throttle or a lost answer is harmless: it meets the list and gets a 409.
        .header(IDEMPOTENT_HEADER, 'true')
        .post(createListBody(key));
      const made = createdList.safeParse(answer);
      // An answer without the id: the next check finds the list by its name instead.
      if (made.success) site.lists[key] = made.data.id;
      else await check(graph, site, key);
    } catch (error) {
      if (statusOf(error) !== 409 || (await check(graph, site, key)).includes(key)) {
        throw new StoreSetupError(`${name} could not be created: ${whyNotCreated(error)}`, key, {
          cause: error,
        });
      }
    }
    created.push(key);
  }
  return { created, repaired: await mendColumns(graph, site) };
}

/**
 * Reads every store list's columns back and mends what differs from docs/team-store.md: whether
 * SharePoint keeps `indexed` on columns created with the list is not documented. What cannot be
 * mended (a column of another type) stops set-up with a StoreSetupError saying what to do.
 */
async function mendColumns(graph: GraphClient, site: StoreSite): Promise<ColumnProblem[]> {
  let problems: ColumnProblem[];
  let left: ColumnProblem[];
  try {
    problems = await verifyStoreColumns(graph, site);
    if (problems.length === 0) return [];
    await repairStoreColumns(graph, site, problems);
    left = await verifyStoreColumns(graph, site);
  } catch (error) {
    throw new StoreSetupError(
      `The columns of the team store's lists could not be checked and mended: ${whyNotCreated(error)}`,
      undefined,
      { cause: error },
    );
  }
  const first = left[0];
  if (first !== undefined) throw new StoreSetupError(left.map((p) => p.message).join(' '), first.list);
  return problems;
}

/** Graph's 403 words speak of reading; creating lists takes more than a reader has. */
function whyNotCreated(error: unknown): string {
  // Refused: Home Turf lacks Sites.Manage.All, or the person may not manage this site's lists.
  if (statusOf(error) === 403)
    return `${missingPermissionMessage('Sites.Manage.All')} If it has, you need permission to manage lists in this site: ask one of its owners to set Home Turf up.`;
  return describeGraphError(error);
}

/** The missing lists, or a StoreSetupError saying the site could not be read. */
async function check(
  graph: GraphClient,
  site: StoreSite,
  list: StoreListKey | undefined,
): Promise<StoreListKey[]> {
  try {
    Object.assign(site.lists, await findStoreLists(graph, site.id));
    return missingStoreLists(site.lists);
  } catch (error) {
    const where = site.displayName ?? site.webUrl ?? 'the team site';
    const before = list === undefined ? '' : ` before creating ${STORE_SCHEMA[list].name}`;
    throw new StoreSetupError(
      `The lists of ${where} could not be read${before}: ${describeGraphError(error)}`,
      list,
      { cause: error },
    );
  }
}
