import type { OutboxEntry, Outbox } from '../../../src/features/outbox/outbox';
import type { GraphClient } from '../../../src/graph/create-graph-client';
import { clientFields } from '../../../src/graph/store/client-fields';
import { getAllListItems } from '../../../src/graph/store/get-all-items';
import { getListItem, updateListItem } from '../../../src/graph/store/list-item-writes';
import { toArticle, toClientProfile, toFileItem } from '../../../src/graph/store/map-store';
import { articleFields, fileItemFields } from '../../../src/graph/store/record-fields';
import type { StoreSite } from '../../../src/graph/store/store-lists';
import { outboxHarness } from './outbox-harness';
import { STORE_LIST_IDS } from '../../../src/sandbox/seed';

/** Edits and keyed creates through the outbox, against the demo tenant: merged, never doubled. */

const h = outboxHarness();
let graph: GraphClient;
let site: StoreSite;
beforeAll(() => {
  ({ graph, site } = h);
});
const faults = (settings: unknown) => h.faults(settings);
const engine = () => h.engine();
const later = (outbox: Outbox) => h.later(outbox);

function stuck(outbox: Outbox, group: string): OutboxEntry {
  const status = outbox.status(group);
  const entry = status.kind === 'needs-you' ? status.entries[0] : undefined;
  if (entry === undefined) throw new Error(`Expected ${group} to need a decision; it is ${status.kind}.`);
  return entry;
}

async function fileItem(id: string) {
  const item = toFileItem(await getListItem(graph, site, 'fileItems', id));
  if (item === null) throw new Error(`No readable file item ${id} in the seed.`);
  return item;
}

describe('update-item: an edit of any store item', () => {
  it('sends only the columns that changed', async () => {
    const before = await getListItem(graph, site, 'fileItems', '2');
    const item = await fileItem('2');
    const outbox = engine();
    await outbox.enqueue('status', 'Work', [
      {
        kind: 'update-item',
        list: 'fileItems',
        itemId: item.id,
        etag: item.etag ?? '*',
        base: fileItemFields(item),
        mine: fileItemFields({ ...item, status: 'Waiting on client' }),
      },
    ]);
    await outbox.flush();
    expect(outbox.status('status')).toEqual({ kind: 'synced' });
    const after = await getListItem(graph, site, 'fileItems', item.id);
    expect(after.fields['Status']).toBe('Waiting on client');
    // The seeded time of day of the last update is untouched: the date column was not sent.
    expect(after.fields['LastUpdateSent']).toBe(before.fields['LastUpdateSent']);
    expect(String(before.fields['LastUpdateSent'])).not.toMatch(/T00:00:00Z$/);
  });

  it('keeps both changes when a colleague changed another column first (412)', async () => {
    const item = await fileItem('3');
    await updateListItem(graph, site, 'fileItems', item.id, item.etag ?? '*', {
      NextUpdateDue: '2026-12-09T00:00:00Z',
    });
    const outbox = engine();
    await outbox.enqueue('done', 'Work', [
      {
        kind: 'update-item',
        list: 'fileItems',
        itemId: item.id,
        etag: item.etag ?? '*',
        base: fileItemFields(item),
        mine: fileItemFields({ ...item, status: 'Done' }),
      },
    ]);
    await outbox.flush();
    await later(outbox);
    expect(outbox.status('done')).toEqual({ kind: 'synced' });
    expect(await fileItem('3')).toMatchObject({ status: 'Done', nextUpdateDue: '2026-12-09' });
  });

  it('shows both versions when both changed the same column, and saves the one chosen', async () => {
    const item = await fileItem('4');
    await updateListItem(graph, site, 'fileItems', item.id, item.etag ?? '*', {
      Status: 'Waiting on client',
    });
    const outbox = engine();
    await outbox.enqueue('clash', 'Work', [
      {
        kind: 'update-item',
        list: 'fileItems',
        itemId: item.id,
        etag: item.etag ?? '*',
        base: fileItemFields(item),
        mine: fileItemFields({ ...item, status: 'Done', title: `${item.title} (final)` }),
      },
    ]);
    await outbox.flush();
    const entry = stuck(outbox, 'clash');
    expect(entry.state).toBe('conflict');
    expect(entry.conflicts).toEqual(['Status']);
    expect(entry.theirs?.['Status']).toBe('Waiting on client');
    expect(entry.op.kind === 'update-item' && entry.op.mine['Status']).toBe('Done');
    // Nothing is overwritten while the advisor decides.
    expect((await fileItem('4')).status).toBe('Waiting on client');

    if (entry.op.kind !== 'update-item') throw new Error('An item edit was expected.');
    await outbox.retry(entry.id, { ...entry.op, base: entry.theirs ?? {} });
    expect(outbox.status('clash')).toEqual({ kind: 'synced' });
    expect(await fileItem('4')).toMatchObject({ status: 'Done', title: `${item.title} (final)` });
  });
});

describe('update-profile after a clash', () => {
  it('keeps our value beside theirs, so the choice can still be made', async () => {
    const item = await getListItem(graph, site, 'clients', '3');
    const profile = toClientProfile(item);
    if (profile === null) throw new Error('No third client profile in the seed.');
    await updateListItem(graph, site, 'clients', item.id, item.etag ?? '*', { Background: 'Theirs' });
    const outbox = engine();
    const base = clientFields(profile);
    await outbox.enqueue('bg', 'Profile', [
      {
        kind: 'update-profile',
        itemId: item.id,
        etag: item.etag ?? '*',
        base,
        mine: { ...base, Background: 'Mine' },
      },
    ]);
    await outbox.flush();
    const entry = stuck(outbox, 'bg');
    expect(entry.conflicts).toEqual(['Background']);
    expect(entry.op.kind === 'update-profile' && entry.op.mine['Background']).toBe('Mine');
    expect(entry.theirs?.['Background']).toBe('Theirs');
  });
});

describe('keyed creates', () => {
  it('makes one article when the answer to its creation was lost (504 after the write)', async () => {
    await faults({
      rules: [{ method: 'POST', path: STORE_LIST_IDS.articles, status: 504, afterWrite: true }],
    });
    const key = 'article-key-504';
    const fields = articleFields({
      id: '',
      title: 'Onboarding that sticks',
      url: 'https://hbr.example/onboarding-that-sticks',
      summary: '',
      tags: ['onboarding'],
      published: '2026-11-20',
      retired: false,
    });
    const outbox = engine();
    await outbox.enqueue('article', 'Article', [
      {
        kind: 'create-item',
        list: 'articles',
        fields: { ...fields, ArticleKey: key },
        uniqueColumn: 'ArticleKey',
        uniqueValue: key,
      },
    ]);
    await outbox.flush();
    expect(outbox.status('article').kind).toBe('pending');
    await later(outbox);
    expect(outbox.status('article')).toEqual({ kind: 'synced' });
    const items = await getAllListItems(graph, site, 'articles', { filter: `fields/ArticleKey eq '${key}'` });
    expect(items.map((i) => toArticle(i)?.title)).toEqual(['Onboarding that sticks']);
  });
});
