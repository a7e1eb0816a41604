import { openDB } from 'idb';
import { noteItems, type NoteDraft } from '../../../src/domain/value-add-note';
import type { OutboxOp } from '../../../src/features/outbox/outbox';
import type { StoreSite } from '../../../src/graph/store/store-lists';
import { outboxHarness } from './outbox-harness';
import { DANIEL, PRIYA, noteAuthorsIn, otherTeamStore } from './outbox-setups';

/**
 * Every entry is written for one user and one store site: sent only with that user's token, to
 * that site, whichever site a later pane is on; never sent or shown to another user; and when its
 * site is gone, it says so and waits for the user.
 */

const h = outboxHarness();
let marketing: StoreSite;

beforeAll(async () => {
  marketing = await otherTeamStore(h.graph);
});

function noteOps(noteId: string, authorEmail = 'maya.chen@northwind.example'): OutboxOp[] {
  const draft: NoteDraft = {
    noteId,
    meeting: { subject: 'Owner test meeting', start: new Date('2026-11-20T10:00:00Z') },
    clients: [{ email: PRIYA, name: 'Priya Shah' }],
    authorEmail,
    valueOffered: [{ key: 'v1', kind: 'idea', text: 'A buddy scheme', articleId: null }],
    followUps: [],
    prioritiesHeard: [],
    fileUpdates: [],
    storyLead: '',
    pulses: { [PRIYA]: 4 },
  };
  return noteItems(draft).map((item) => ({
    kind: 'create-item',
    list: 'notes',
    fields: item.fields,
    uniqueColumn: 'NoteId',
    uniqueValue: item.noteId,
  }));
}

/** The authors of the notes a site holds for a note id: the truth the tests check. */
const authorsIn = (site: StoreSite, noteId: string) => noteAuthorsIn(h.graph, site, `${noteId}:${PRIYA}`);

it('a note queued for one team is sent to that team, even from a pane opened on another team', async () => {
  await h.faults({ rules: [{ method: 'POST', path: '/items', status: 503 }] });
  const comms = h.engine();
  await comms.enqueue('note-site', 'Note for Priya', noteOps('n-site'));
  await comms.flush();
  expect(comms.status('note-site').kind).toBe('pending');
  comms.dispose();
  await h.faults({});

  const onMarketing = h.engine(h.graph, { site: marketing });
  await onMarketing.flush();
  expect(onMarketing.status('note-site')).toEqual({ kind: 'synced' });
  expect(await authorsIn(h.site, 'n-site')).toEqual(['maya.chen@northwind.example']);
  expect(await authorsIn(marketing, 'n-site')).toEqual([]);
});

it("another user's pane neither sends nor shows what Maya queued; Maya's own pane sends it, as her", async () => {
  await h.faults({ rules: [{ method: 'POST', path: '/items', status: 503 }] });
  const mayas = h.engine();
  await mayas.enqueue('note-maya', 'Note for Priya', noteOps('n-maya'));
  await mayas.flush();
  mayas.dispose();
  await h.faults({});

  const daniel = await h.signInAs(DANIEL);
  const danielsPane = h.engine(daniel.graph, { user: daniel.user });
  await danielsPane.flush();
  await danielsPane.sendNow();
  expect(danielsPane.entries()).toEqual([]);
  expect(danielsPane.status('note-maya')).toEqual({ kind: 'synced' });
  expect(await authorsIn(h.site, 'n-maya')).toEqual([]);

  // Daniel's own note, saved on the same device, is his alone to send.
  await h.faults({ rules: [{ method: 'POST', path: '/items', status: 503 }] });
  await danielsPane.enqueue('note-daniel', 'Note for Priya', noteOps('n-daniel', DANIEL));
  await danielsPane.flush();
  await h.faults({});
  const mayasAgain = h.engine();
  await mayasAgain.flush();
  expect(mayasAgain.entries().map((e) => e.group)).toEqual([]);
  expect(await authorsIn(h.site, 'n-maya')).toEqual(['maya.chen@northwind.example']);
  expect(await authorsIn(h.site, 'n-daniel')).toEqual([]);
  await danielsPane.sendNow();
  expect(await authorsIn(h.site, 'n-daniel')).toEqual([DANIEL]);
});

it('a note for a site that no longer exists says so and offers keep, download and discard', async () => {
  const gone: StoreSite = {
    id: 'northwind.sharepoint.com,00000000-0000-4000-8000-000000000000,00000000-0000-4000-8000-000000000001',
    displayName: 'Old Comms',
    lists: { notes: 'notes-list', fileItems: 'file-items-list' },
  };
  const outbox = h.engine(h.graph, { site: gone });
  await outbox.enqueue('note-gone', 'Note for Priya', noteOps('n-gone'));
  await outbox.flush();
  await outbox.flush();
  const status = outbox.status('note-gone');
  expect(status.kind).toBe('needs-you');
  const entry = status.kind === 'needs-you' ? status.entries[0] : undefined;
  expect(entry?.state).toBe('site-gone');
  expect(entry?.lastError).toBe(
    'The team site "Old Comms" it was saved for no longer exists, so it cannot be sent.',
  );
  // Tried again later, it is still not "will sync": it waits for the user.
  await h.later(outbox);
  expect(outbox.status('note-gone').kind).toBe('needs-you');

  await outbox.keep(entry?.id ?? '');
  const exported = JSON.parse(outbox.exportJson([entry?.id ?? ''])) as { op: OutboxOp; siteId: string }[];
  expect(exported).toHaveLength(1);
  expect(exported[0]?.siteId).toBe(gone.id);
  expect(exported[0]?.op.kind === 'create-item' && exported[0].op.fields['NoteId']).toBe(`n-gone:${PRIYA}`);

  // Kept: still there for the next pane, which looks for the site once more.
  const next = h.engine(h.graph, { site: gone });
  await next.flush();
  expect(next.status('note-gone').kind).toBe('needs-you');
  await next.discard([entry?.id ?? '']);
  expect(next.entries()).toEqual([]);
  expect(h.engine().entries()).toEqual([]);
});

describe('entries kept by an older version (no user, no site)', () => {
  /** A device as version 2 of the database left it, with the given entries in its outbox. */
  async function olderDevice(entries: Record<string, unknown>[]): Promise<void> {
    const database = await openDB('home-turf', 2, {
      upgrade(db) {
        db.createObjectStore('cards');
        db.createObjectStore('bring');
        db.createObjectStore('outbox', { keyPath: 'id' });
      },
    });
    for (const entry of entries) await database.put('outbox', entry);
    database.close();
  }
  const older = (id: string, op: OutboxOp) => ({
    id,
    group: id,
    label: 'Note for Priya',
    op,
    state: 'pending',
    attempts: 1,
    createdAt: 0,
    nextAttemptAt: 0,
  });

  it("are not sent until the user says they are theirs, then go to this pane's site; another author's are not shown", async () => {
    const [mine] = noteOps('n-old');
    const [daniels] = noteOps('n-old-daniel', DANIEL);
    await olderDevice([older('old-1', mine!), older('old-2', daniels!)]);

    const outbox = h.engine();
    await outbox.flush();
    expect(outbox.entries().map((e) => [e.id, e.state])).toEqual([['old-1', 'unclaimed']]);
    expect(await authorsIn(h.site, 'n-old')).toEqual([]);

    await outbox.claim(['old-1']);
    expect(outbox.entries()).toEqual([]);
    expect(await authorsIn(h.site, 'n-old')).toEqual(['maya.chen@northwind.example']);
    expect(await authorsIn(h.site, 'n-old-daniel')).toEqual([]);
  });
});
