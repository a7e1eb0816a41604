import { NOTES_SITE, type ListItemJson } from './site-support';
import {
  PEOPLE,
  sendJson,
  SITE,
  startHarness,
  TEST_SITE,
  testTenant,
  type GraphErrorBody,
  type Harness,
  type Page,
} from './support';

type FieldsJson = Record<string, unknown> & { '@odata.etag': string };

describe('writing list items', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ tenant: testTenant({ sites: [NOTES_SITE] }) });
  });
  afterAll(() => harness.server.close());

  it('creates an item from { fields } with 201, a new id, version 1 and the caller as author', async () => {
    const response = await sendJson(harness, 'POST', `${SITE}/lists/Notes/items`, {
      fields: {
        Title: 'Launch review',
        NoteId: 'n-10',
        ClientEmail: PEOPLE.ben,
        FollowUps: '[{"text":"Send deck","done":false}]',
        Pulse: 4,
        MeetingDate: '2026-11-25T09:30:00Z',
        Done: false,
      },
    });
    expect(response.status).toBe(201);
    const item = (await response.json()) as ListItemJson;
    expect(item.id).toBe('4');
    expect(item['@odata.etag']).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(item.createdBy.user).toMatchObject({ email: PEOPLE.ana, displayName: 'Ana Lima' });
    expect(item.fields).toMatchObject({
      Title: 'Launch review',
      Pulse: 4,
      MeetingDate: '2026-11-25T09:30:00Z',
    });
    const read = await harness.graphJson<ListItemJson>(`${SITE}/lists/Notes/items/4?$expand=fields`);
    expect(read.body.fields?.['FollowUps']).toBe('[{"text":"Send deck","done":false}]');
  });

  it('refuses unknown, read-only and mistyped fields with 400 invalidRequest', async () => {
    for (const fields of [
      { Nope: 'x' },
      { Created: '2026-01-01T00:00:00Z' },
      { Pulse: 'four' },
      { Title: 7 },
    ]) {
      const response = await sendJson(harness, 'POST', `${SITE}/lists/Notes/items`, { fields });
      const body = (await response.json()) as GraphErrorBody;
      expect([response.status, body.error.code]).toEqual([400, 'invalidRequest']);
    }
    const missing = await sendJson(harness, 'POST', `${SITE}/lists/Notes/items`, { Title: 'no fields' });
    expect(missing.status).toBe(400);
  });

  it('answers 409 when a unique column would repeat, and writes nothing', async () => {
    const response = await sendJson(harness, 'POST', `${SITE}/lists/Notes/items`, {
      fields: { Title: 'Retry', NoteId: 'N-1' },
    });
    expect(response.status).toBe(409);
    const body = (await response.json()) as GraphErrorBody;
    expect(body.error.code).toBe('nameAlreadyExists');
    expect(body.error.message).toContain('NoteId');
    const page = await harness.graphJson<Page<ListItemJson>>(`${SITE}/lists/Notes/items`);
    expect(page.body.value.map((item) => item.id)).not.toContain('5');
    const patch = await sendJson(harness, 'PATCH', `${SITE}/lists/Notes/items/2/fields`, { NoteId: 'n-1' });
    expect(patch.status).toBe(409);
  });

  it('patches fields: 200 with the fieldValueSet and a new etag; null clears a field', async () => {
    const before = await harness.graphJson<ListItemJson>(`${SITE}/lists/Notes/items/1`);
    const response = await sendJson(
      harness,
      'PATCH',
      `${SITE}/lists/Notes/items/1/fields`,
      { Pulse: null, Done: true, Title: 'Kick-off (moved)' },
      { 'If-Match': before.body['@odata.etag'] },
    );
    expect(response.status).toBe(200);
    const fields = (await response.json()) as FieldsJson;
    expect(fields['@odata.etag']).toMatch(/,2"$/);
    expect(fields['@odata.etag']).not.toBe(before.body['@odata.etag']);
    expect(fields).toMatchObject({ Title: 'Kick-off (moved)', Done: true, NoteId: 'n-1', id: '1' });
    expect(fields).not.toHaveProperty('Pulse');
    expect(fields['_UIVersionString']).toBe('2.0');
  });

  it('answers 412 preconditionFailed for a stale If-Match, and accepts the current one or *', async () => {
    const current = await harness.graphJson<ListItemJson>(`${SITE}/lists/Notes/items/2`);
    const first = await sendJson(
      harness,
      'PATCH',
      `${SITE}/lists/Notes/items/2/fields`,
      { Pulse: 5 },
      { 'If-Match': current.body['@odata.etag'] },
    );
    expect(first.status).toBe(200);
    const stale = await sendJson(
      harness,
      'PATCH',
      `${SITE}/lists/Notes/items/2/fields`,
      { Pulse: 1 },
      { 'If-Match': current.body['@odata.etag'] },
    );
    expect(stale.status).toBe(412);
    expect(((await stale.json()) as GraphErrorBody).error.code).toBe('preconditionFailed');
    const after = await harness.graphJson<ListItemJson>(`${SITE}/lists/Notes/items/2?$expand=fields`);
    expect(after.body.fields?.['Pulse']).toBe(5);
    const star = await sendJson(
      harness,
      'PATCH',
      `${SITE}/lists/Notes/items/2/fields`,
      { Pulse: 2 },
      { 'If-Match': '*' },
    );
    expect(star.status).toBe(200);
  });

  it('deletes with 204, honouring If-Match, and 404s afterwards', async () => {
    const item = await harness.graphJson<ListItemJson>(`${SITE}/lists/Notes/items/3`);
    const stale = await sendJson(harness, 'DELETE', `${SITE}/lists/Notes/items/3`, undefined, {
      'If-Match': item.body['@odata.etag'].replace(',1"', ',9"'),
    });
    expect(stale.status).toBe(412);
    const deleted = await sendJson(harness, 'DELETE', `${SITE}/lists/Notes/items/3`, undefined, {
      'If-Match': item.body['@odata.etag'],
    });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    expect((await harness.graph(`${SITE}/lists/Notes/items/3`)).status).toBe(404);
    expect((await sendJson(harness, 'DELETE', `${SITE}/lists/Notes/items/3`)).status).toBe(404);
  });

  it('creates a list with Graph column definitions, then takes items in it; a taken name is 409', async () => {
    const response = await sendJson(harness, 'POST', `${SITE}/lists`, {
      displayName: 'Articles',
      columns: [
        { name: 'Url', text: {}, indexed: true, enforceUniqueValues: true },
        { name: 'Summary', text: { allowMultipleLines: true } },
        { name: 'Published', dateTime: {}, indexed: true },
        { name: 'Score', number: {} },
        { name: 'Retired', boolean: {}, indexed: true },
      ],
      list: { template: 'genericList' },
    });
    expect(response.status).toBe(201);
    const list = (await response.json()) as Record<string, unknown> & {
      columns: Array<Record<string, unknown>>;
    };
    expect(list).toMatchObject({
      name: 'Articles',
      displayName: 'Articles',
      list: { template: 'genericList' },
    });
    expect(list.columns.map((c) => c['name'])).toEqual([
      'Title',
      'Url',
      'Summary',
      'Published',
      'Score',
      'Retired',
    ]);
    expect(list.columns.find((c) => c['name'] === 'Url')).toMatchObject({
      indexed: true,
      enforceUniqueValues: true,
    });
    const item = await sendJson(harness, 'POST', `${SITE}/lists/Articles/items`, {
      fields: { Title: 'Onboarding', Url: 'https://example.com/a', Published: '2026-11-01', Retired: false },
    });
    expect(item.status).toBe(201);
    expect(((await item.json()) as ListItemJson).id).toBe('1');
    const found = await harness.graphJson<Page<ListItemJson>>(
      `${SITE}/lists/Articles/items?$filter=fields/Retired eq false&$expand=fields`,
    );
    expect(found.body.value.map((i) => i.fields?.['Published'])).toEqual(['2026-11-01T00:00:00Z']);
    const again = await sendJson(harness, 'POST', `${SITE}/lists`, { displayName: 'articles', columns: [] });
    expect(again.status).toBe(409);
    const badColumn = await sendJson(harness, 'POST', `${SITE}/lists`, {
      displayName: 'Broken',
      columns: [{ name: 'Both', text: {}, number: {} }],
    });
    expect(badColumn.status).toBe(400);
  });

  it('does the same as $batch members, in dependsOn order', async () => {
    const response = await sendJson(harness, 'POST', '/$batch', {
      requests: [
        {
          id: 'create',
          method: 'POST',
          url: `${SITE}/lists/Notes/items`,
          headers: { 'Content-Type': 'application/json' },
          body: { fields: { Title: 'From a batch', NoteId: 'n-batch', ClientEmail: PEOPLE.dev } },
        },
        {
          id: 'read',
          method: 'GET',
          url: `${SITE}/lists/Notes/items?$filter=fields/ClientEmail eq '${PEOPLE.dev}'&$expand=fields`,
          dependsOn: ['create'],
        },
        { id: 'site', method: 'GET', url: `/sites/${TEST_SITE.hostname}:${TEST_SITE.path}` },
        {
          id: 'patch',
          method: 'PATCH',
          url: `${SITE}/lists/Notes/items/1/fields`,
          headers: { 'Content-Type': 'application/json', 'If-Match': '"stale,1"' },
          body: { Pulse: 1 },
        },
      ],
    });
    const { responses } = (await response.json()) as {
      responses: Array<{ id: string; status: number; body: unknown }>;
    };
    const byId = new Map(responses.map((r) => [r.id, r]));
    expect(byId.get('create')?.status).toBe(201);
    expect((byId.get('read')?.body as Page<ListItemJson>).value.map((i) => i.fields?.['Title'])).toEqual([
      'From a batch',
    ]);
    expect(byId.get('site')?.status).toBe(200);
    expect(byId.get('patch')?.status).toBe(412);
  });
});
