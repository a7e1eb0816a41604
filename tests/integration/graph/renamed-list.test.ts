import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { createGraphClient, type GraphClient } from '../../../src/graph/create-graph-client';
import { getAllListItems } from '../../../src/graph/store/get-all-items';
import { getStoreSite } from '../../../src/graph/store/get-store-site';
import { createListItem, findListItem } from '../../../src/graph/store/list-item-writes';
import { provisionStore } from '../../../src/graph/store/provision-store';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import { FIXED_NOW, PEOPLE, signIn, testTenant } from '../sandbox/support';

/** A team that sets Home Turf up, after which a team member renames its notes list in SharePoint. */
const SITE = {
  hostname: 'contoso.sharepoint.com',
  path: '/sites/new-team',
  displayName: 'New team',
  lists: [],
};
const ADDRESS = `${SITE.hostname}:${SITE.path}`;

let server: TenantServer;
let graph: GraphClient;
let token: string;

beforeAll(async () => {
  server = await startTenantServer({
    port: 0,
    dataDir: null,
    now: () => FIXED_NOW,
    tenant: testTenant({ sites: [SITE] }),
  });
  graph = createGraphClient({ baseUrl: server.graphBaseUrl, getToken: createDemoSignIn(server.url) });
  token = await signIn(server);
});
afterAll(() => server.close());

/** A Graph GET with the demo token, outside Home Turf's code. */
async function rawGet(
  path: string,
): Promise<{ status: number; body: { error?: { code: string; message: string } } }> {
  const response = await fetch(`${server.graphBaseUrl}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    body: (await response.json()) as { error?: { code: string; message: string } },
  };
}

/** What a team member does in SharePoint's list settings: a new title, same list. */
async function rename(siteId: string, listId: string, displayName: string): Promise<Response> {
  return fetch(`${server.url}/demo/sites/${encodeURIComponent(siteId)}/lists/${listId}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ displayName }),
  });
}

const note = (id: string) => ({
  Title: 'Kick-off',
  NoteId: id,
  ClientEmail: PEOPLE.ben,
  MeetingICalUId: '',
  AuthorEmail: PEOPLE.ana,
});

describe('a store list renamed by a team member', () => {
  it('is no longer found by its old title, as Graph answers (404 itemNotFound); its id and name stay', async () => {
    const before = await getStoreSite(graph, ADDRESS);
    await provisionStore(graph, before);
    const notesId = before.lists.notes ?? '';
    const sitePath = `/sites/${encodeURIComponent(before.id)}/lists`;
    expect((await rawGet(`${sitePath}/HomeTurfNotes`)).status).toBe(200);

    const renamed = await rename(before.id, notesId, 'Meeting notes');
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toEqual({
      id: notesId,
      name: 'HomeTurfNotes',
      displayName: 'Meeting notes',
    });

    const byOldTitle = await rawGet(`${sitePath}/HomeTurfNotes/items`);
    expect(byOldTitle.status).toBe(404);
    expect(byOldTitle.body.error).toMatchObject({
      code: 'itemNotFound',
      message: 'The specified list was not found.',
    });
    expect((await rawGet(`${sitePath}/Meeting%20notes`)).status).toBe(200);
    expect((await rawGet(`${sitePath}/${notesId}`)).status).toBe(200);
  });

  it('keeps working for Home Turf: a new session finds it by its name and writes and reads it by id', async () => {
    const site = await getStoreSite(graph, ADDRESS);
    expect(site.lists.notes).toBeDefined();
    expect(Object.keys(site.lists)).toHaveLength(5);
    await createListItem(graph, site, 'notes', note('n-renamed-1'));
    expect((await findListItem(graph, site, 'notes', 'NoteId', 'n-renamed-1'))?.fields['Title']).toBe(
      'Kick-off',
    );
    const items = await getAllListItems(graph, site, 'notes', {
      filter: `fields/ClientEmail eq '${PEOPLE.ben}'`,
    });
    expect(items.map((item) => item.fields['NoteId'])).toEqual(['n-renamed-1']);
  });

  it('keeps working for a session that resolved the lists before the rename', async () => {
    const site = await getStoreSite(graph, ADDRESS);
    expect((await rename(site.id, site.lists.notes ?? '', 'Notes from meetings')).status).toBe(200);
    await createListItem(graph, site, 'notes', note('n-renamed-2'));
    expect((await findListItem(graph, site, 'notes', 'NoteId', 'n-renamed-2'))?.id).toBeDefined();
  });

  it('refuses a title another list has, a blank title, and a list that does not exist', async () => {
    const site = await getStoreSite(graph, ADDRESS);
    const clash = await rename(site.id, site.lists.notes ?? '', 'HomeTurfClients');
    expect(clash.status).toBe(409);
    expect((await rename(site.id, site.lists.notes ?? '', '  ')).status).toBe(400);
    expect((await rename(site.id, '00000000-0000-0000-0000-000000000000', 'X')).status).toBe(404);
  });
});
