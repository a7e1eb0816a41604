import { CLIENTS_SITE, CLIENTS_TITLE, pageIds, siteFixture, type ListItemJson } from './site-support';
import { PEOPLE, TEST_SITE, type GraphErrorBody, type Page } from './support';

const fixture = siteFixture(CLIENTS_SITE);
const { items } = fixture;

describe('sites', () => {
  it('finds a site by host and path, with Graph’s id shape and properties', async () => {
    const { status, body } = await fixture.harness.graphJson(
      `/sites/${TEST_SITE.hostname}:${TEST_SITE.path}`,
    );
    expect(status).toBe(200);
    expect(body['id']).toMatch(/^contoso\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    expect(body).toMatchObject({
      '@odata.context': `${fixture.harness.server.graphBaseUrl}/$metadata#sites/$entity`,
      displayName: 'Communications',
      name: 'comms',
      webUrl: 'https://contoso.sharepoint.com/sites/comms',
      description: 'The comms team',
    });
    expect(body['createdDateTime']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(body['lastModifiedDateTime']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('finds the same site by id (encoded or not), and by path continued after a colon', async () => {
    const byPath = await fixture.harness.graphJson(`/sites/${TEST_SITE.hostname}:${TEST_SITE.path}`);
    const byId = await fixture.harness.graphJson(`/sites/${fixture.siteId}`);
    const byEncodedId = await fixture.harness.graphJson(`/sites/${encodeURIComponent(fixture.siteId)}`);
    expect(byId.body).toEqual(byPath.body);
    expect(byEncodedId.body).toEqual(byPath.body);
    const lists = await fixture.harness.graphJson<Page>(
      `/sites/${TEST_SITE.hostname}:${TEST_SITE.path}:/lists`,
    );
    expect(lists.status).toBe(200);
    expect(lists.body.value.map((list) => list['name'])).toEqual(['Clients', 'Big', 'AtThreshold']);
  });

  it('answers 404 itemNotFound for an unknown site and 400 for an unknown segment', async () => {
    const missing = await fixture.harness.graphJson<GraphErrorBody>(
      `/sites/${TEST_SITE.hostname}:/sites/nope`,
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('itemNotFound');
    const badId = await fixture.harness.graphJson<GraphErrorBody>('/sites/contoso.sharepoint.com,1,2');
    expect(badId.status).toBe(404);
    expect((await fixture.harness.graph(`/sites/${fixture.siteId}/drives`)).status).toBe(400);
  });
});

describe('lists', () => {
  it('lists generic lists with their facet', async () => {
    const { body } = await fixture.harness.graphJson<Page>(`/sites/${fixture.siteId}/lists`);
    const clients = body.value.find((list) => list['name'] === 'Clients');
    expect(clients).toMatchObject({
      displayName: 'Home Turf clients',
      list: { hidden: false, template: 'genericList' },
      webUrl: 'https://contoso.sharepoint.com/sites/comms/Lists/Clients',
    });
    expect(clients?.['id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(clients).not.toHaveProperty('columns');
  });

  it('gets a list by its title or id (not by an internal name that is not its title), with columns when expanded', async () => {
    const byDisplayName = await fixture.harness.graphJson(
      `/sites/${fixture.siteId}/lists/Home%20Turf%20clients`,
    );
    const byId = await fixture.harness.graphJson(
      `/sites/${fixture.siteId}/lists/${String(byDisplayName.body['id'])}`,
    );
    expect(byDisplayName.status).toBe(200);
    expect(byId.body['name']).toBe('Clients');
    const byName = await fixture.harness.graphJson<GraphErrorBody>(`/sites/${fixture.siteId}/lists/Clients`);
    expect(byName.status).toBe(404);
    expect(byName.body.error).toMatchObject({
      code: 'itemNotFound',
      message: 'The specified list was not found.',
    });
    const expanded = await fixture.harness.graphJson<{ columns: Array<Record<string, unknown>> }>(
      `/sites/${fixture.siteId}/lists/${CLIENTS_TITLE}?$expand=columns`,
    );
    const column = (name: string) => expanded.body.columns.find((c) => c['name'] === name);
    expect(column('Title')).toMatchObject({ indexed: false, text: { allowMultipleLines: false } });
    expect(column('ClientEmail')).toMatchObject({ indexed: true, enforceUniqueValues: true, text: {} });
    expect(column('Background')).toMatchObject({ indexed: false, text: { allowMultipleLines: true } });
    expect(column('Pulse')).toHaveProperty('number');
    expect(column('Retired')).toHaveProperty('boolean');
    expect(column('MeetingDate')).toMatchObject({ indexed: true, dateTime: { format: 'dateTime' } });
    const missing = await fixture.harness.graphJson<GraphErrorBody>(`/sites/${fixture.siteId}/lists/Nope`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('itemNotFound');
  });
});

describe('list items', () => {
  it('leaves fields out unless expanded', async () => {
    const { status, body } = await items(CLIENTS_TITLE, '');
    expect(status).toBe(200);
    expect(body['@odata.context']).toContain(`/$metadata#sites('`);
    expect(pageIds(body)).toEqual(['1', '2', '3', '4']);
    expect(body.value[0]).not.toHaveProperty('fields');
    expect(body.value[0]?.['@odata.etag']).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(body.value[0]?.eTag).toBe(body.value[0]?.['@odata.etag']);
    expect(body.value[0]?.createdBy.user).toMatchObject({ displayName: 'Ben Ode', email: PEOPLE.ben });
    expect(body.value[1]?.createdBy.user).toMatchObject({ displayName: 'Ana Lima', email: PEOPLE.ana });
    expect(body.value[0]?.webUrl).toBe('https://contoso.sharepoint.com/sites/comms/Lists/Clients/1_.000');
  });

  it('expands fields as SharePoint fills them: columns, id, Created, Modified; empty ones absent', async () => {
    const { body } = await items(CLIENTS_TITLE, '$expand=fields');
    const [ben, , dev] = body.value;
    expect(ben?.fields).toMatchObject({
      '@odata.etag': ben?.['@odata.etag'],
      id: '1',
      Title: 'Ben Ode',
      ClientEmail: PEOPLE.ben,
      Department: 'HR',
      Background: 'Likes data.',
      Pulse: 4,
      Retired: false,
      MeetingDate: '2026-11-20T10:00:00Z',
      ContentType: 'Item',
    });
    expect(ben?.fields?.['Created']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(ben?.fields?.['Modified']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(body.value[1]?.fields?.['MeetingDate']).toBe('2026-11-24T00:00:00Z');
    expect(dev?.fields).not.toHaveProperty('Pulse');
    expect(dev?.fields).not.toHaveProperty('MeetingDate');
  });

  it('keeps only the selected fields with $expand=fields($select=…), and item properties with $select', async () => {
    const { body } = await items(CLIENTS_TITLE, '$expand=fields($select=Title,Department)');
    expect(Object.keys(body.value[0]?.fields ?? {}).sort()).toEqual(['@odata.etag', 'Department', 'Title']);
    const short = await items(CLIENTS_TITLE, '$select=id&expand=fields(select=ClientEmail)');
    expect(short.body.value[1]).toEqual({
      '@odata.etag': short.body.value[1]?.['@odata.etag'],
      id: '2',
      fields: { '@odata.etag': short.body.value[1]?.['@odata.etag'], ClientEmail: PEOPLE.cleo },
    });
    expect((await items(CLIENTS_TITLE, '$expand=owner')).status).toBe(400);
  });

  it('gets one item, with fields only when expanded', async () => {
    const plain = await fixture.harness.graphJson<ListItemJson>(
      `/sites/${fixture.siteId}/lists/${CLIENTS_TITLE}/items/2`,
    );
    expect(plain.status).toBe(200);
    expect(plain.body).not.toHaveProperty('fields');
    const expanded = await fixture.harness.graphJson<ListItemJson>(
      `/sites/${fixture.siteId}/lists/${CLIENTS_TITLE}/items/2?$expand=fields`,
    );
    expect(expanded.body.fields).toMatchObject({ Title: "Cleo O'Brien", id: '2' });
    const fields = await fixture.harness.graphJson(
      `/sites/${fixture.siteId}/lists/${CLIENTS_TITLE}/items/2/fields`,
    );
    expect(fields.body).toMatchObject({ Title: "Cleo O'Brien", Department: 'Finance' });
    const missing = await fixture.harness.graphJson<GraphErrorBody>(
      `/sites/${fixture.siteId}/lists/${CLIENTS_TITLE}/items/99`,
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('itemNotFound');
  });
});
