import { z } from 'zod/mini';
import type { GraphClient } from '../../graph/create-graph-client';
import { describeGraphError, errorStatus } from '../../graph/graph-errors';
import { findStoreLists } from '../../graph/store/check-store';
import { findTeamStores, isSetUp, type TeamStore } from '../../graph/store/find-team-stores';
import { STORE_LIST_ORDER, STORE_SCHEMA, type StoreColumn } from '../../graph/store/store-schema';
import {
  listPath,
  type StoreListIds,
  type StoreListKey,
  type StoreSite,
} from '../../graph/store/store-lists';
import { TYPE_WORDS, verifyStoreColumns, type ColumnProblem } from '../../graph/store/verify-store-columns';
import { row, type HealthRow, type HealthStatus } from './health-row';

export const SITE = 'Team store site';

const SET_UP =
  'Open Home Turf’s tab in a channel of the comms team and choose “Set up Home Turf for this team”: it creates ' +
  'the missing lists with their columns (whoever does it needs the Sites.Manage.All permission).';

/**
 * The team store: its site found, each of its lists there (found by internal name, so a renamed
 * list is still found, and addressed by id), and each column with the type, index and uniqueness
 * docs/team-store.md requires. One row for the site and one for each list.
 */
export async function checkStoreHealth(
  graph: GraphClient,
  store: StoreSite | null,
  storeProblem: string | undefined,
): Promise<HealthRow[]> {
  if (store === null) {
    const why = storeProblem ?? 'Home Turf found no team store for you.';
    return [row('store-site', SITE, 'fail', why, { todo: [why] })];
  }
  const where = store.displayName ?? store.webUrl ?? store.id;
  const siteDetails = [`Site: ${where}`, ...(store.webUrl === undefined ? [] : [`Address: ${store.webUrl}`])];
  let lists: StoreListIds;
  try {
    lists = await findStoreLists(graph, store.id);
  } catch (error: unknown) {
    const status = errorStatus(error);
    const message =
      status === 404
        ? `The team site ${where} was not found: it may have been deleted or moved. Choose the comms team again (Switch team), or ask the team's owner.`
        : describeGraphError(error, status === 403 ? 'Sites.Read.All' : undefined);
    return [
      row('store-site', SITE, 'fail', `The team store's lists cannot be read: ${message}`, {
        details: siteDetails,
        todo: [message],
      }),
    ];
  }
  const site: StoreSite = { ...store, lists };
  const [problems, titles, teams] = await Promise.all([
    verifyStoreColumns(graph, site),
    listTitles(graph, site),
    yourTeams(graph, store.id),
  ]);
  return [
    teams.member
      ? row('store-site', SITE, 'pass', `The team store is in ${where}.`, {
          details: [...siteDetails, teams.line],
        })
      : row(
          'store-site',
          SITE,
          'warning',
          `The team store is in ${where}, the site of a team you are not in.`,
          {
            details: [...siteDetails, teams.line],
            todo: [
              'Home Turf uses this site because it is your organisation’s default. To save to it, ask to be added ' +
                'to its team in Microsoft Teams; if your comms team is another, open Home Turf in that team’s channel instead.',
            ],
          },
        ),
    ...STORE_LIST_ORDER.map((key) =>
      listRow(
        key,
        lists[key],
        problems.filter((p) => p.list === key),
        titles[key],
      ),
    ),
  ];
}

/**
 * The teams the signed-in user has joined and which have Home Turf set up (the look-up Outlook and
 * the personal tab use to find the store), and whether the store's site is one of them. Where the
 * teams cannot be listed the store is taken to be theirs: the directory row says why.
 */
async function yourTeams(graph: GraphClient, siteId: string): Promise<{ member: boolean; line: string }> {
  let teams: TeamStore[];
  try {
    teams = await findTeamStores(graph);
  } catch (error: unknown) {
    return {
      member: true,
      line: `Your teams in Microsoft Teams could not be listed: ${describeGraphError(error)}`,
    };
  }
  const named = teams.map(
    (team) =>
      `${team.teamName} (${team.site.id === siteId ? 'this store' : isSetUp(team) ? 'Home Turf set up' : 'not set up'})`,
  );
  return {
    member: teams.some((team) => team.site.id === siteId),
    line: `Your teams in Microsoft Teams: ${named.length === 0 ? 'none' : named.join(', ')}`,
  };
}

const listTitle = z.object({ displayName: z.nullish(z.string()) });

/**
 * The title each store list has in SharePoint, where it can be read: a team member may have
 * renamed it, which Home Turf does not mind (it finds lists by internal name and uses them by id),
 * but an admin looking for the list in SharePoint looks for its title.
 */
async function listTitles(
  graph: GraphClient,
  site: StoreSite,
): Promise<Partial<Record<StoreListKey, string>>> {
  const entries = await Promise.all(
    STORE_LIST_ORDER.filter((key) => site.lists[key] !== undefined).map(async (key) => {
      const raw: unknown = await graph.client
        .api(listPath(site, key))
        .select(['displayName'])
        .get()
        .catch(() => null);
      const parsed = listTitle.safeParse(raw);
      return [key, parsed.success ? (parsed.data.displayName ?? undefined) : undefined] as const;
    }),
  );
  const titles: Partial<Record<StoreListKey, string>> = {};
  for (const [key, title] of entries) if (title !== undefined) titles[key] = title;
  return titles;
}

function listRow(
  key: StoreListKey,
  id: string | undefined,
  problems: readonly ColumnProblem[],
  shownAs: string | undefined,
): HealthRow {
  const schema = STORE_SCHEMA[key];
  const title = `List ${schema.name} (${schema.purpose})`;
  if (id === undefined) {
    return row(`list:${key}`, title, 'fail', `${schema.name} is missing from the team site.`, {
      todo: [SET_UP],
    });
  }
  const renamed =
    shownAs !== undefined && shownAs !== schema.name
      ? [
          `Shown in SharePoint as “${shownAs}”; Home Turf finds it by its internal name, ${schema.name}, so a new title does no harm.`,
        ]
      : [];
  const details = [
    ...renamed,
    ...schema.columns.map((column) =>
      columnLine(
        column,
        problems.filter((p) => p.column === column.name),
      ),
    ),
  ];
  if (problems.length === 0) {
    return row(
      `list:${key}`,
      title,
      'pass',
      `Found, with every column as Home Turf needs it (${schema.columns.length} columns).`,
      {
        details,
      },
    );
  }
  const status = problems.reduce<HealthStatus>(
    (worst, p) => (p.problem === 'missing' || p.problem === 'wrong type' ? 'fail' : worst),
    'warning',
  );
  return row(
    `list:${key}`,
    title,
    status,
    `Found, but ${problems.length} ${problems.length === 1 ? 'column needs' : 'column settings need'} attention.`,
    { details, todo: problems.map((p) => `${p.message} ${fix(schema.name, p)}`.trim()) },
  );
}

/** A column as the store needs it, and what is wrong with it. */
function columnLine(column: StoreColumn, problems: readonly ColumnProblem[]): string {
  const needs = [
    TYPE_WORDS[column.type],
    column.indexed || column.unique ? 'indexed' : '',
    column.unique ? 'unique values' : '',
  ]
    .filter((s) => s !== '')
    .join(', ');
  const found = problems.length === 0 ? 'as required' : problems.map((p) => p.problem).join(', ');
  return `${column.name} — ${needs}: ${found}`;
}

/** What an admin does in SharePoint's list settings about one column. */
function fix(list: string, problem: ColumnProblem): string {
  const settings = `In SharePoint, open the list ${list} → Settings → List settings`;
  switch (problem.problem) {
    case 'missing':
      return `${settings} → Create column, named exactly ${problem.column}.`;
    case 'not indexed':
      return `${settings} → Indexed columns → Create a new index → ${problem.column}.`;
    case 'not unique':
      return `${settings} → the column ${problem.column} → Enforce unique values: Yes.`;
    case 'wrong type':
      return '';
  }
}
