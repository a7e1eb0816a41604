import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { createGraphClient, type GraphClient } from '../../../src/graph/create-graph-client';
import { checkStore } from '../../../src/graph/store/check-store';
import { getStoreSite } from '../../../src/graph/store/get-store-site';
import { StoreSetupError, provisionStore } from '../../../src/graph/store/provision-store';
import { listPath } from '../../../src/graph/store/store-lists';
import { STORE_SCHEMA } from '../../../src/graph/store/store-schema';
import { verifyStoreColumns } from '../../../src/graph/store/verify-store-columns';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import type { SpecList, SpecSite, TenantSpec } from '../../../src/sandbox/tenant-spec';
import { FIXED_NOW, testTenant } from '../sandbox/support';

const HOST = 'contoso.sharepoint.com';
const open: TenantServer[] = [];
afterAll(() => Promise.all(open.map((server) => server.close())));

async function start(
  site: SpecSite,
  sharePoint?: TenantSpec['sharePoint'],
): Promise<{ graph: GraphClient; server: TenantServer }> {
  const tenant: TenantSpec = { ...testTenant({ sites: [site] }), ...(sharePoint ? { sharePoint } : {}) };
  const server = await startTenantServer({ port: 0, dataDir: null, now: () => FIXED_NOW, tenant });
  open.push(server);
  return {
    server,
    graph: createGraphClient({ baseUrl: server.graphBaseUrl, getToken: createDemoSignIn(server.url) }),
  };
}

/** The clients list as docs/team-store.md has it, with `change` applied to its columns. */
function clientsList(change: (columns: SpecList['columns']) => SpecList['columns']): SpecList {
  const columns = STORE_SCHEMA.clients.columns.map((c) => ({
    name: c.name,
    type: c.type,
    ...(c.indexed ? { indexed: true } : {}),
    ...(c.unique ? { unique: true } : {}),
  }));
  return { name: 'HomeTurfClients', columns: change(columns), items: [] };
}

describe('a tenant whose lists do not keep the indexes of columns created with them', () => {
  it('is mended by set-up: it reads the columns back and indexes and makes unique what lost it', async () => {
    const { graph } = await start(
      { hostname: HOST, path: '/sites/new', displayName: 'New', lists: [] },
      { inlineColumnIndexes: 'dropped' },
    );
    const site = await getStoreSite(graph, `${HOST}:/sites/new`);
    const result = await provisionStore(graph, site);
    expect(result.created).toHaveLength(5);
    const clients = result.repaired.filter((p) => p.list === 'clients');
    expect(clients.map((p) => `${p.column} ${p.problem}`)).toEqual([
      'ClientEmail not indexed',
      'ClientEmail not unique',
      'Department not indexed',
      'OwnerEmail not indexed',
    ]);
    // Every indexed column of every list was mended, and the check now finds nothing.
    const indexed = Object.values(STORE_SCHEMA).flatMap((l) => l.columns.filter((c) => c.indexed));
    expect(result.repaired.filter((p) => p.problem === 'not indexed')).toHaveLength(indexed.length);
    expect((await checkStore(graph, site)).columns).toEqual([]);
    const raw = (await graph.client.api(`${listPath(site, 'notes')}/columns`).get()) as {
      value: { name: string; indexed: boolean; enforceUniqueValues: boolean }[];
    };
    expect(raw.value.find((c) => c.name === 'NoteId')).toMatchObject({
      indexed: true,
      enforceUniqueValues: true,
    });
  });

  it('keeps the indexes where the tenant keeps them: nothing to mend', async () => {
    const { graph } = await start({ hostname: HOST, path: '/sites/new', displayName: 'New', lists: [] });
    const site = await getStoreSite(graph, `${HOST}:/sites/new`);
    expect((await provisionStore(graph, site)).repaired).toEqual([]);
  });
});

/** What an admin reads about a column a team member made a number. */
const WRONG_TYPE =
  "HomeTurfClients: the column Pressures holds number instead of multiple lines of text. Home Turf cannot change a column's type: rename or delete that column in SharePoint, then set Home Turf up again.";

describe('checking the store columns', () => {
  const broken = clientsList((columns) =>
    columns
      .filter((c) => c.name !== 'OwnerEmail')
      .map((c) => {
        if (c.name === 'ClientEmail') return { name: c.name, type: c.type, indexed: true };
        if (c.name === 'Department') return { name: c.name, type: c.type };
        if (c.name === 'Pressures') return { name: c.name, type: 'number' as const };
        return c;
      }),
  );

  /** A comms site whose only store list is the broken clients list. */
  async function startBroken() {
    const { graph } = await start({
      hostname: HOST,
      path: '/sites/comms',
      displayName: 'Comms',
      lists: [broken],
    });
    return { graph, site: await getStoreSite(graph, `${HOST}:/sites/comms`) };
  }

  it('reports each column missing, of the wrong type, not indexed or not unique, in words for an admin', async () => {
    const { graph, site } = await startBroken();
    const check = await checkStore(graph, site);
    expect(check.missing).toEqual(['fileItems', 'notes', 'articles', 'campaigns']);
    expect(check.columns.map((p) => [p.column, p.problem, p.message])).toEqual([
      [
        'ClientEmail',
        'not unique',
        'HomeTurfClients: the column ClientEmail does not enforce unique values, so a save sent twice could make a second item.',
      ],
      [
        'Department',
        'not indexed',
        "HomeTurfClients: the column Department is not indexed, so Home Turf's queries on it fail once the list holds more than 5,000 items.",
      ],
      ['OwnerEmail', 'missing', 'HomeTurfClients: the column OwnerEmail is missing.'],
      ['Pressures', 'wrong type', WRONG_TYPE],
    ]);
    expect(await verifyStoreColumns(graph, site, ['clients'])).toEqual(check.columns);
  });

  it('set-up mends what it can and stops on a column of the wrong type, saying what to do', async () => {
    const { graph, site } = await startBroken();
    const failed = await provisionStore(graph, site).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(StoreSetupError);
    expect((failed as StoreSetupError).message).toBe(WRONG_TYPE);
    const left = await verifyStoreColumns(graph, site);
    expect(left.map((p) => `${p.column} ${p.problem}`)).toEqual(['Pressures wrong type']);
  });
});
