import {
  EMPTY_TEAM_SITE_PATH,
  STORE_LISTS,
  TEAM_SITE_HOSTNAME,
  TEAM_SITE_PATH,
} from '../../../src/sandbox/seed';
import { STORE_COLUMNS } from '../../../src/sandbox/seed/store-columns';
import type { SpecList } from '../../../src/sandbox/tenant-spec';
import { type ListItemJson } from './site-support';
import {
  sendJson,
  startHarness,
  type GraphErrorBody,
  type Harness,
  type Page,
  tempDirFixture,
} from './support';

/**
 * The seeded Marketing Communications site has no lists, so setting up the team store there is the
 * same series of Graph calls the app makes for a new team: lists created with column definitions,
 * which must then behave, and persist, exactly as the seeded store's lists do.
 */

const EMPTY_SITE = `/sites/${TEAM_SITE_HOSTNAME}:${EMPTY_TEAM_SITE_PATH}`;
const HONOR = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

type ListJson = Record<string, unknown> & { id: string; columns: Array<Record<string, unknown>> };

/** A seeded column as Graph's columnDefinition, the body the app sends to create it. */
function columnDefinition(column: SpecList['columns'][number]): Record<string, unknown> {
  const facet =
    column.type === 'text'
      ? { text: {} }
      : column.type === 'note'
        ? { text: { allowMultipleLines: true } }
        : { [column.type]: {} };
  return {
    name: column.name,
    ...facet,
    ...(column.indexed ? { indexed: true } : {}),
    ...(column.unique ? { enforceUniqueValues: true } : {}),
  };
}

/** A list found by its internal name among the site's lists, then read by id with its columns. */
async function listOf(harness: Harness, site: string, name: string): Promise<ListJson> {
  const all = await harness.graphJson<{ value: ListJson[] }>(`${site}:/lists`);
  const id = all.body.value.find((list) => list['name'] === name)?.['id'];
  const { status, body } = await harness.graphJson<ListJson>(`${site}:/lists/${String(id)}?$expand=columns`);
  expect(status).toBe(200);
  return body;
}

/** What must match between a seeded and a created list: everything but ids, dates, authors and urls. */
function comparable(list: ListJson): unknown {
  return {
    name: list['name'],
    list: list['list'],
    columns: list.columns.map((column) => ({ ...column, id: undefined })),
  };
}

describe('setting up the team store on the empty Marketing Communications site', () => {
  const temp = tempDirFixture('setup');

  it('starts with no lists, on the same host as the comms site', async () => {
    const harness = await startHarness({ dataDir: null });
    try {
      const site = await harness.graphJson(EMPTY_SITE);
      expect(site.body).toMatchObject({
        displayName: 'Marketing Communications',
        name: 'marketing-comms',
        webUrl: `https://${TEAM_SITE_HOSTNAME}${EMPTY_TEAM_SITE_PATH}`,
      });
      expect((await harness.graphJson<Page>(`${EMPTY_SITE}:/lists`)).body.value).toEqual([]);
    } finally {
      await harness.server.close();
    }
  });

  it('creates the five lists with column definitions; they match the seeded store column for column', async () => {
    const harness = await startHarness({ dataDir: temp.path });
    try {
      const siteId = String((await harness.graphJson(EMPTY_SITE)).body['id']);
      for (const name of Object.values(STORE_LISTS)) {
        const response = await sendJson(harness, 'POST', `/sites/${siteId}/lists`, {
          displayName: name,
          columns: STORE_COLUMNS[name].map(columnDefinition),
          list: { template: 'genericList' },
        });
        expect([name, response.status]).toEqual([name, 201]);
        const created = await listOf(harness, EMPTY_SITE, name);
        const seeded = await listOf(harness, `/sites/${TEAM_SITE_HOSTNAME}:${TEAM_SITE_PATH}`, name);
        expect(comparable(created)).toEqual(comparable(seeded));
      }
    } finally {
      await harness.server.close();
    }
  });

  it('then behaves as a seeded list: indexed filters, unique values (409) and etags, after a restart too', async () => {
    const notes = `${EMPTY_SITE}:/lists/${STORE_LISTS.notes}/items`;
    const items = (harness: Harness, filter: string, headers: Record<string, string> = {}) =>
      harness.graphJson<Page<ListItemJson> & GraphErrorBody>(
        `${notes}?$expand=fields&$filter=${encodeURIComponent(filter)}`,
        { headers },
      );
    const first = await startHarness({ dataDir: temp.path });
    try {
      const created = await sendJson(first, 'POST', notes, {
        fields: { Title: 'Kick-off', NoteId: 'n-1', ClientEmail: 'grace.liu@northwind.example', Pulse: 4 },
      });
      expect(created.status).toBe(201);
      const item = (await created.json()) as ListItemJson;
      expect([item.id, item['@odata.etag']]).toEqual(['1', expect.stringMatching(/^"[0-9a-f-]{36},1"$/)]);
      const repeat = await sendJson(first, 'POST', notes, { fields: { Title: 'Again', NoteId: 'N-1' } });
      expect(repeat.status).toBe(409);
      expect(((await repeat.json()) as GraphErrorBody).error.code).toBe('nameAlreadyExists');
      const patched = await sendJson(
        first,
        'PATCH',
        `${notes}/1/fields`,
        { Pulse: 5 },
        { 'If-Match': item['@odata.etag'] },
      );
      expect(((await patched.json()) as Record<string, unknown>)['@odata.etag']).toMatch(/,2"$/);
      const stale = await sendJson(
        first,
        'PATCH',
        `${notes}/1/fields`,
        { Pulse: 1 },
        { 'If-Match': item.eTag },
      );
      expect(stale.status).toBe(412);
    } finally {
      await first.server.close();
    }

    const second = await startHarness({ dataDir: temp.path });
    try {
      const lists = await second.graphJson<Page>(`${EMPTY_SITE}:/lists`);
      expect(lists.body.value.map((list) => list['name'])).toEqual(Object.values(STORE_LISTS));
      const byClient = await items(second, "fields/ClientEmail eq 'GRACE.LIU@northwind.example'");
      expect(byClient.body.value.map((i) => [i.id, i.fields?.['Pulse'], i['@odata.etag']])).toEqual([
        ['1', 5, expect.stringMatching(/,2"$/)],
      ]);
      const unindexed = await items(second, 'fields/Pulse gt 3');
      expect([unindexed.status, unindexed.body.error.code]).toEqual([400, 'invalidRequest']);
      expect((await items(second, 'fields/Pulse gt 3', HONOR)).body.value).toHaveLength(1);
      const repeat = await sendJson(second, 'POST', notes, { fields: { Title: 'Again', NoteId: 'n-1' } });
      expect(repeat.status).toBe(409);
      const next = await sendJson(second, 'POST', notes, { fields: { Title: 'Next', NoteId: 'n-2' } });
      expect(((await next.json()) as ListItemJson).id).toBe('2');
    } finally {
      await second.server.close();
    }
  });
});
