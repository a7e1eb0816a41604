import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NOTES_SITE, type ListItemJson } from './site-support';
import { sendJson, SITE, startHarness, testTenant, type Page, tempDirFixture } from './support';

const tenant = testTenant({ sites: [NOTES_SITE] });

describe('persistence of list writes', () => {
  const temp = tempDirFixture('lists');

  it('keeps created, changed and deleted items and created lists across a restart; seeded items stay generated', async () => {
    const first = await startHarness({ tenant, dataDir: temp.path });
    try {
      expect(
        (
          await sendJson(first, 'POST', `${SITE}/lists/Notes/items`, {
            fields: { Title: 'Kept', NoteId: 'n-9' },
          })
        ).status,
      ).toBe(201);
      expect(
        (await sendJson(first, 'PATCH', `${SITE}/lists/Notes/items/1/fields`, { Pulse: 5 })).status,
      ).toBe(200);
      expect((await sendJson(first, 'DELETE', `${SITE}/lists/Notes/items/2`)).status).toBe(204);
      expect(
        (
          await sendJson(first, 'POST', `${SITE}/lists`, {
            displayName: 'Campaigns',
            columns: [{ name: 'GoLive', dateTime: {} }],
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await sendJson(first, 'POST', `${SITE}/lists/Campaigns/items`, {
            fields: { Title: 'Winter', GoLive: '2026-12-01' },
          })
        ).status,
      ).toBe(201);
    } finally {
      await first.server.close();
    }
    const saved = JSON.parse(await readFile(path.join(temp.path, 'state.json'), 'utf8')) as {
      lists: unknown[];
    };
    expect(saved.lists).toHaveLength(2);

    const second = await startHarness({ tenant, dataDir: temp.path });
    try {
      const notes = await second.graphJson<Page<ListItemJson>>(`${SITE}/lists/Notes/items?$expand=fields`);
      expect(notes.body.value.map((item) => [item.id, item.fields?.['Title']])).toEqual([
        ['1', 'Kick-off'],
        ['3', 'Old'],
        ['4', 'Kept'],
      ]);
      expect(notes.body.value[0]?.fields?.['Pulse']).toBe(5);
      const next = await sendJson(second, 'POST', `${SITE}/lists/Notes/items`, { fields: { Title: 'Next' } });
      expect(((await next.json()) as ListItemJson).id).toBe('5');
      const campaigns = await second.graphJson<Page<ListItemJson>>(
        `${SITE}/lists/Campaigns/items?$expand=fields`,
      );
      expect(campaigns.body.value.map((item) => item.fields?.['GoLive'])).toEqual(['2026-12-01T00:00:00Z']);
    } finally {
      await second.server.close();
    }
  });
});
