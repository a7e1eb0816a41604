import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { createGraphClient, type GraphClient } from '../../../src/graph/create-graph-client';
import { checkStore } from '../../../src/graph/store/check-store';
import { getStoreSite } from '../../../src/graph/store/get-store-site';
import {
  StoreSetupError,
  provisionStore,
  type StoreProgress,
} from '../../../src/graph/store/provision-store';
import { STORE_LIST_ORDER } from '../../../src/graph/store/store-schema';
import { STORE_LISTS, type StoreSite } from '../../../src/graph/store/store-lists';
import {
  EMPTY_TEAM_SITE_PATH,
  STORE_LIST_IDS,
  TEAM_SITE_HOSTNAME,
  TEAM_SITE_PATH,
} from '../../../src/sandbox/seed';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import { FIXED_NOW, PEOPLE, signIn, testTenant } from '../sandbox/support';

/** A team site with no lists at all: the team has never set Home Turf up. */
const EMPTY_SITE = {
  hostname: 'contoso.sharepoint.com',
  path: '/sites/new-team',
  displayName: 'New team',
  lists: [],
};

type Tenant = {
  server: TenantServer;
  graph: GraphClient;
  site: StoreSite;
  /** Every wait the Retry-After handling asked for, in ms (it still waits). */
  waits: number[];
  /** A Graph call with the demo token, outside the app's own code. */
  raw: (path: string, init?: RequestInit) => Promise<Response>;
  faults: (settings: unknown) => Promise<void>;
};

const open: TenantServer[] = [];

async function startEmptySite(): Promise<Tenant> {
  const server = await startTenantServer({
    port: 0,
    dataDir: null,
    now: () => FIXED_NOW,
    tenant: testTenant({ sites: [EMPTY_SITE] }),
  });
  open.push(server);
  const waits: number[] = [];
  const graph = createGraphClient({
    baseUrl: server.graphBaseUrl,
    getToken: createDemoSignIn(server.url),
    sleep: (ms) => {
      waits.push(ms);
      return new Promise((resolve) => setTimeout(resolve, ms));
    },
  });
  const site = await getStoreSite(graph, `${EMPTY_SITE.hostname}:${EMPTY_SITE.path}`);
  const token = await signIn(server);
  const raw = (path: string, init: RequestInit = {}) =>
    fetch(`${server.graphBaseUrl}${path}`, {
      ...init,
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const faults = async (settings: unknown) => {
    const response = await fetch(`${server.url}/demo/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(settings),
    });
    if (!response.ok) throw new Error(`/demo/faults answered ${response.status}: ${await response.text()}`);
  };
  return { server, graph, site, waits, raw, faults };
}

afterAll(() => Promise.all(open.map((server) => server.close())));

const ALL = ['clients', 'fileItems', 'notes', 'articles', 'campaigns'];

describe('setting up the team store on an empty site, over HTTP', () => {
  let t: Tenant;
  const progress: StoreProgress[] = [];

  beforeAll(async () => {
    t = await startEmptySite();
  });

  it('finds all five lists missing', async () => {
    expect(await checkStore(t.graph, t.site)).toMatchObject({ missing: ALL });
  });

  it('creates them one by one, saying which and how far along', async () => {
    const result = await provisionStore(t.graph, t.site, (p) => progress.push(p));
    expect(result.created).toEqual(ALL);
    expect(progress.map((p) => `${p.name} ${p.index}/${p.total}`)).toEqual([
      'HomeTurfClients 1/5',
      'HomeTurfFileItems 2/5',
      'HomeTurfNotes 3/5',
      'HomeTurfArticles 4/5',
      'HomeTurfCampaigns 5/5',
    ]);
    expect(await checkStore(t.graph, t.site)).toMatchObject({ missing: [] });
  });

  it('makes each list reachable by its internal name, titled with it and described', async () => {
    const response = await t.raw(`/sites/${encodeURIComponent(t.site.id)}/lists/HomeTurfClients`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      name: 'HomeTurfClients',
      displayName: 'HomeTurfClients',
      description: 'Home Turf: internal clients',
      list: { template: 'genericList' },
    });
  });

  it('gives the columns their types, indexes and uniqueness', async () => {
    const response = await t.raw(`/sites/${encodeURIComponent(t.site.id)}/lists/HomeTurfNotes/columns`);
    const { value } = (await response.json()) as {
      value: {
        name: string;
        indexed: boolean;
        enforceUniqueValues: boolean;
        text?: unknown;
        number?: unknown;
      }[];
    };
    const byName = new Map(value.map((c) => [c.name, c]));
    expect(byName.get('NoteId')).toMatchObject({ indexed: true, enforceUniqueValues: true });
    expect(byName.get('MeetingDate')).toMatchObject({ indexed: true, enforceUniqueValues: false });
    expect(byName.get('FollowUps')).toMatchObject({ indexed: false, text: { allowMultipleLines: true } });
    expect(byName.get('Pulse')?.number).toBeDefined();
  });

  it('refuses a second note with the same NoteId, so a retried save never duplicates', async () => {
    const notes = `/sites/${encodeURIComponent(t.site.id)}/lists/HomeTurfNotes/items`;
    const note = {
      fields: {
        Title: 'Onboarding journey',
        NoteId: 'note-7f3a',
        ClientEmail: PEOPLE.ben,
        MeetingDate: '2026-11-24T10:00:00Z',
        Pulse: 4,
      },
    };
    const first = await t.raw(notes, { method: 'POST', body: JSON.stringify(note) });
    expect(first.status).toBe(201);
    const again = await t.raw(notes, { method: 'POST', body: JSON.stringify(note) });
    expect(again.status).toBe(409);
  });

  it('answers a filter on the indexed ClientEmail, and refuses one on an unindexed column', async () => {
    const clients = `/sites/${encodeURIComponent(t.site.id)}/lists/HomeTurfClients/items`;
    const created = await t.raw(clients, {
      method: 'POST',
      body: JSON.stringify({
        fields: { Title: 'Ben Ode', ClientEmail: PEOPLE.ben, Background: 'Likes data.' },
      }),
    });
    expect(created.status).toBe(201);
    const filter = (expression: string) =>
      t.raw(`${clients}?$expand=fields&$filter=${encodeURIComponent(expression)}`);
    const found = await filter(`fields/ClientEmail eq '${PEOPLE.ben}'`);
    expect(found.status).toBe(200);
    const page = (await found.json()) as { value: { fields: Record<string, unknown> }[] };
    expect(page.value.map((item) => item.fields['Title'])).toEqual(['Ben Ode']);
    expect((await filter("fields/Background eq 'Likes data.'")).status).toBe(400);
  });

  it('creates nothing when run again', async () => {
    const again: StoreProgress[] = [];
    expect(await provisionStore(t.graph, t.site, (p) => again.push(p))).toEqual({
      created: [],
      repaired: [],
    });
    expect(again).toEqual([]);
  });
});

describe('setting up the team store when Graph pushes back', () => {
  it('waits out a 429 as Retry-After asks and creates every list', async () => {
    const t = await startEmptySite();
    await t.faults({ rules: [{ method: 'POST', path: '/lists', status: 429, retryAfter: 0.2 }] });
    const result = await provisionStore(t.graph, t.site);
    expect(result.created).toEqual(ALL);
    expect(t.waits).toEqual([200]);
    expect(await checkStore(t.graph, t.site)).toMatchObject({ missing: [] });
  });

  it('stops at a list Graph keeps refusing, names it, keeps the rest, and a rerun completes', async () => {
    const t = await startEmptySite();
    // A setup cut short after two lists (the pane closed): what it made stays.
    const interrupted = provisionStore(t.graph, t.site, (p) => {
      if (p.index === 3) throw new Error('The pane was closed.');
    });
    await expect(interrupted).rejects.toThrow('The pane was closed.');
    expect((await checkStore(t.graph, t.site)).missing).toEqual(['notes', 'articles', 'campaigns']);

    // SharePoint is unavailable for the third list, through every retry.
    await t.faults({ rules: [{ method: 'POST', path: '/lists', status: 503, retryAfter: 0, times: 4 }] });
    const failed = await provisionStore(t.graph, t.site).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(StoreSetupError);
    expect(failed).toMatchObject({
      list: 'notes',
      message: 'HomeTurfNotes could not be created: Microsoft 365 is busy. Try again in a minute.',
    });
    expect(t.waits).toEqual([0, 0, 0]);
    expect((await checkStore(t.graph, t.site)).missing).toEqual(['notes', 'articles', 'campaigns']);

    const rerun = await provisionStore(t.graph, t.site);
    expect(rerun.created).toEqual(['notes', 'articles', 'campaigns']);
    expect(await checkStore(t.graph, t.site)).toMatchObject({ missing: [] });
  });

  it('counts a list whose create answer was lost (504 after the write) as created', async () => {
    const t = await startEmptySite();
    await t.faults({
      rules: [{ method: 'POST', path: '/lists', status: 504, afterWrite: true, retryAfter: 0 }],
    });
    const result = await provisionStore(t.graph, t.site);
    expect(result.created).toEqual(ALL);
    const lists = (await (await t.raw(`/sites/${encodeURIComponent(t.site.id)}/lists`)).json()) as {
      value: { name: string }[];
    };
    // One of each: the replayed create did not make a second list.
    expect(lists.value.map((l) => l.name)).toEqual(STORE_LIST_ORDER.map((key) => STORE_LISTS[key]));
  });

  it('says the site could not be read when listing its lists fails', async () => {
    const t = await startEmptySite();
    await t.faults({ rules: [{ method: 'GET', path: '/lists', status: 503, retryAfter: 0, times: 4 }] });
    await expect(provisionStore(t.graph, t.site)).rejects.toMatchObject({
      list: undefined,
      message: 'The lists of New team could not be read: Microsoft 365 is busy. Try again in a minute.',
    });
    expect(await provisionStore(t.graph, t.site)).toEqual({ created: ALL, repaired: [] });
  });
});

describe('the seeded demo tenant', () => {
  it('has the store in the comms site, and an empty Marketing Communications site to set up', async () => {
    const server = await startTenantServer({ port: 0, dataDir: null, now: () => FIXED_NOW });
    open.push(server);
    const graph = createGraphClient({ baseUrl: server.graphBaseUrl, getToken: createDemoSignIn(server.url) });
    const comms = await getStoreSite(graph, `${TEAM_SITE_HOSTNAME}:${TEAM_SITE_PATH}`);
    // Found by internal name though the seed titles them "Home Turf clients" and so on.
    expect(comms.lists).toEqual(STORE_LIST_IDS);
    expect(await checkStore(graph, comms)).toEqual({ missing: [], lists: STORE_LIST_IDS, columns: [] });
    const marketing = await getStoreSite(graph, `${TEAM_SITE_HOSTNAME}:${EMPTY_TEAM_SITE_PATH}`);
    expect(await checkStore(graph, marketing)).toMatchObject({ missing: ALL });
    expect(marketing.lists).toEqual({});
    expect(await provisionStore(graph, marketing)).toEqual({ created: ALL, repaired: [] });
    // Set-up records each new list's id on the site, as a later check finds it.
    expect(await checkStore(graph, marketing)).toEqual({ missing: [], lists: marketing.lists, columns: [] });
    expect(Object.keys(marketing.lists)).toEqual(ALL);
  });
});
