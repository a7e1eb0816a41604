import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { dayKey } from '../../../src/domain/agenda';
import { wallClockToInstant } from '../../../src/domain/time';
import { noteItems, type NoteDraft } from '../../../src/domain/value-add-note';
import type { OutboxOp, Outbox } from '../../../src/features/outbox/outbox';
import { createGraphClient, type GraphClient } from '../../../src/graph/create-graph-client';
import { clientFields } from '../../../src/graph/store/client-fields';
import { getListItem, updateListItem } from '../../../src/graph/store/list-item-writes';
import { toClientProfile } from '../../../src/graph/store/map-store';
import { dueDateTimeOf } from '../../../src/graph/todo-due-date';
import { listPath, readListItems, type StoreSite } from '../../../src/graph/store/store-lists';
import { STORE_LIST_IDS } from '../../../src/sandbox/seed';
import { outboxHarness } from './outbox-harness';

/** Home Turf addresses the notes list by id; faults on its requests match that. */
const NOTES_LIST = STORE_LIST_IDS.notes;
const PRIYA = 'priya.shah@northwind.example';

const h = outboxHarness();
let graph: GraphClient;
let site: StoreSite;
beforeAll(() => {
  ({ graph, site } = h);
});
const faults = (settings: unknown) => h.faults(settings);
const engine = (client?: GraphClient) => h.engine(client);
const later = (outbox: Outbox) => h.later(outbox);

function draft(noteId: string): NoteDraft {
  return {
    noteId,
    meeting: { subject: 'Outbox test meeting', start: new Date('2026-11-20T10:00:00Z') },
    clients: [{ email: PRIYA, name: 'Priya Shah' }],
    authorEmail: 'maya.chen@northwind.example',
    valueOffered: [{ key: 'v1', kind: 'idea', text: 'A buddy scheme for new starters', articleId: null }],
    followUps: [
      {
        key: 'f1',
        text: 'Send the welcome email draft',
        due: '2026-11-30',
        owner: 'us',
        done: false,
        toDo: false,
        clientEmail: null,
      },
    ],
    prioritiesHeard: [],
    fileUpdates: [],
    storyLead: '',
    pulses: { [PRIYA]: 4 },
  };
}

function noteOps(noteId: string): OutboxOp[] {
  return noteItems(draft(noteId)).map((item) => ({
    kind: 'create-item',
    list: 'notes',
    fields: item.fields,
    uniqueColumn: 'NoteId',
    uniqueValue: item.noteId,
  }));
}

/** How many items the store holds for a note: the truth the tests check. */
async function notesWith(noteId: string): Promise<number> {
  const raw: unknown = await graph.client
    .api(`${listPath(site, 'notes')}/items`)
    .query({ $expand: 'fields', $filter: `fields/NoteId eq '${noteId}:${PRIYA}'` })
    .get();
  return readListItems(raw).items.length;
}

describe('a value-add note under faults: none lost, none doubled', () => {
  it.each([
    [
      'a 504 after the write was applied',
      { method: 'POST', path: NOTES_LIST, status: 504, afterWrite: true },
    ],
    ['a 503', { method: 'POST', path: NOTES_LIST, status: 503 }],
    ['a dropped connection', { method: 'POST', path: NOTES_LIST, status: 'drop' }],
  ])('%s: says "on this device" first, then "saved for the team", with one note', async (_, rule) => {
    await faults({ rules: [rule] });
    const outbox = engine();
    await outbox.enqueue('note-1', 'Note for Priya', noteOps(`n-${String(rule.status)}`));
    await outbox.flush();
    const first = outbox.status('note-1');
    expect(first.kind).toBe('pending');
    expect(first.kind === 'pending' && first.lastError).toBeTruthy();
    await later(outbox);
    expect(outbox.status('note-1')).toEqual({ kind: 'synced' });
    expect(await notesWith(`n-${String(rule.status)}`)).toBe(1);
  });

  it('a 429 with Retry-After: sent again after the wait (the store refused it unrun), one note', async () => {
    await faults({ rules: [{ method: 'POST', path: NOTES_LIST, status: 429, retryAfter: 0.2 }] });
    const outbox = engine();
    const started = performance.now();
    await outbox.enqueue('note-429', 'Note for Priya', noteOps('n-429'));
    await outbox.flush();
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
    expect(outbox.status('note-429')).toEqual({ kind: 'synced' });
    expect(await notesWith('n-429')).toBe(1);
  });

  it('waits as long as the store asked (Retry-After) before sending again, even past its own back-off', async () => {
    await faults({ rules: [{ method: 'POST', path: NOTES_LIST, status: 503, retryAfter: 30 }] });
    const outbox = engine();
    await outbox.enqueue('note-wait', 'Note for Priya', noteOps('n-wait'));
    await outbox.flush();
    await h.advance(outbox, 29_999);
    expect(outbox.status('note-wait').kind).toBe('pending');
    expect(await notesWith('n-wait')).toBe(0);
    await h.advance(outbox, 1);
    expect(outbox.status('note-wait')).toEqual({ kind: 'synced' });
    expect(await notesWith('n-wait')).toBe(1);
  });

  it('under 300 ms of latency: saved for the team at the first try, one note', async () => {
    await faults({ latencyMs: 300 });
    const outbox = engine();
    await outbox.enqueue('note-slow', 'Note for Priya', noteOps('n-slow'));
    await outbox.flush();
    expect(outbox.status('note-slow')).toEqual({ kind: 'synced' });
    expect(await notesWith('n-slow')).toBe(1);
  });

  it('keeps a note written offline across closing the pane, and sends it once the connection returns', async () => {
    const offline = createGraphClient({
      baseUrl: 'http://127.0.0.1:9/v1.0',
      getToken: () => Promise.resolve('t'),
    });
    const closedPane = engine(offline);
    await closedPane.enqueue('note-offline', 'Note for Priya', noteOps('n-offline'));
    await closedPane.flush();
    expect(closedPane.status('note-offline').kind).toBe('pending');
    closedPane.dispose();
    expect(await notesWith('n-offline')).toBe(0);

    const reopened = engine();
    await reopened.flush();
    expect(reopened.status('note-offline')).toEqual({ kind: 'synced' });
    expect(await notesWith('n-offline')).toBe(1);
  });

  it('a save is done once the note is on this device: enqueue does not wait for the store', async () => {
    await faults({ latencyMs: 1_000 });
    const outbox = engine();
    await outbox.enqueue('note-local', 'Note for Priya', noteOps('n-local'));
    // Kept here and not yet answered: the store has not even been asked to confirm it.
    expect(outbox.status('note-local')).toEqual({ kind: 'pending', entries: 1 });
    await outbox.flush();
    expect(outbox.status('note-local')).toEqual({ kind: 'synced' });
    expect(await notesWith('n-local')).toBe(1);
  });

  it('sends a note saved while an earlier one is being sent, without waiting for the next round', async () => {
    await faults({ latencyMs: 300 });
    // Each request asks for its token just before it goes: the first ask means a send is under way.
    const signIn = createDemoSignIn(h.tenant.url);
    let started = (): void => undefined;
    const sending = new Promise<void>((resolve) => (started = resolve));
    const outbox = engine(
      createGraphClient({
        baseUrl: h.tenant.graphBaseUrl,
        getToken: (...args: Parameters<typeof signIn>) => {
          started();
          return signIn(...args);
        },
      }),
    );
    await outbox.enqueue('note-first', 'Note for Priya', noteOps('n-first'));
    await sending;
    await outbox.enqueue('note-second', 'Note for Priya', noteOps('n-second'));
    // The send that was under way when the second note was saved goes on to send it too.
    await outbox.flush();
    expect(outbox.status('note-first')).toEqual({ kind: 'synced' });
    expect(outbox.status('note-second')).toEqual({ kind: 'synced' });
    expect(await notesWith('n-second')).toBe(1);
  });

  it('never sends a note twice, however often it is flushed', async () => {
    const outbox = engine();
    await outbox.enqueue('note-twice', 'Note for Priya', noteOps('n-twice'));
    await outbox.flush();
    await Promise.all([outbox.flush(), outbox.flush(), later(outbox)]);
    expect(await notesWith('n-twice')).toBe(1);
  });
});

describe('follow-ups we owe, as Microsoft To Do tasks', () => {
  async function tasksTitled(title: string): Promise<number> {
    const lists = (await graph.client.api('/me/todo/lists').get()) as { value: { id: string }[] };
    const listId = lists.value[0]?.id ?? '';
    const tasks = (await graph.client
      .api(`/me/todo/lists/${encodeURIComponent(listId)}/tasks`)
      .query({ $filter: `title eq '${title}'` })
      .get()) as { value: unknown[] };
    return tasks.value.length;
  }

  it('creates the task once, even when the answer to its creation was lost (504 after the write)', async () => {
    await faults({ rules: [{ method: 'POST', path: '/tasks', status: 504, afterWrite: true }] });
    const outbox = engine();
    const title = 'Send Priya the week-one email draft';
    await outbox.enqueue('todo', 'To Do', [
      { kind: 'todo-task', title, due: '2026-11-30', body: 'From the HR sync' },
    ]);
    await outbox.flush();
    expect(outbox.status('todo').kind).toBe('pending');
    await later(outbox);
    expect(outbox.status('todo')).toEqual({ kind: 'synced' });
    expect(await tasksTitled(title)).toBe(1);
  });

  it.each([
    // zone, what Home Turf sends, what Graph answers (UTC)
    ['America/Los_Angeles', { dateTime: '2026-11-30T00:00:00', timeZone: 'America/Los_Angeles' }, '08:00'],
    // Not among the IANA names Graph documents: a documented zone at the same offset that day.
    ['America/Vancouver', { dateTime: '2026-11-30T00:00:00', timeZone: 'America/Los_Angeles' }, '08:00'],
    ['Europe/Amsterdam', { dateTime: '2026-11-30T00:00:00', timeZone: 'Europe/Berlin' }, '23:00'],
    ['Asia/Tokyo', { dateTime: '2026-11-30T00:00:00', timeZone: 'Asia/Tokyo' }, '15:00'],
  ])('gives a task due on the advisor’s own day in %s', async (timeZone, sent, utcTime) => {
    expect(dueDateTimeOf('2026-11-30', timeZone)).toEqual(sent);
    const outbox = h.engine(graph, { timeZone });
    const title = `Send the launch plan (${timeZone})`;
    await outbox.enqueue(`todo-${timeZone}`, 'To Do', [
      { kind: 'todo-task', title, due: '2026-11-30', body: 'From the launch call' },
    ]);
    await outbox.flush();
    expect(outbox.status(`todo-${timeZone}`)).toEqual({ kind: 'synced' });
    const lists = (await graph.client.api('/me/todo/lists').get()) as { value: { id: string }[] };
    const found = (await graph.client
      .api(`/me/todo/lists/${encodeURIComponent(lists.value[0]?.id ?? '')}/tasks`)
      .query({ $filter: `title eq '${title}'` })
      .get()) as { value: { dueDateTime: { dateTime: string; timeZone: string } }[] };
    const due = found.value[0]?.dueDateTime;
    const day = utcTime > '12:00' ? '2026-11-29' : '2026-11-30';
    expect(due).toEqual({ dateTime: `${day}T${utcTime}:00.0000000`, timeZone: 'UTC' });
    // Read back in the advisor's zone, it is the day they chose.
    expect(dayKey(wallClockToInstant(due?.dateTime ?? '', due?.timeZone ?? ''), timeZone)).toBe('2026-11-30');
  });
});

describe('updates on the shared store', () => {
  it('merges "last update sent" with a colleague\'s newer save (412), keeping the later date', async () => {
    const item = await getListItem(graph, site, 'fileItems', '1');
    // A colleague saves first: the etag this device holds is now stale.
    await updateListItem(graph, site, 'fileItems', '1', item.etag ?? '*', { Status: 'In progress' });
    const outbox = engine();
    await outbox.enqueue('file-1', 'File update', [
      {
        kind: 'raise-date',
        list: 'fileItems',
        itemId: '1',
        etag: item.etag ?? '*',
        column: 'LastUpdateSent',
        value: '2026-11-23T00:00:00Z',
      },
    ]);
    await outbox.flush();
    await later(outbox);
    expect(outbox.status('file-1')).toEqual({ kind: 'synced' });
    const after = await getListItem(graph, site, 'fileItems', '1');
    expect(String(after.fields['LastUpdateSent'])).toMatch(/^2026-11-23/);
    expect(after.fields['Status']).toBe('In progress');
  });

  it("loses neither advisor's addition when two edit the same client profile at once", async () => {
    const raw: unknown = await graph.client
      .api(`${listPath(site, 'clients')}/items`)
      .query({ $expand: 'fields', $filter: `fields/ClientEmail eq '${PRIYA}'` })
      .get();
    const item = readListItems(raw).items[0];
    const profile = item === undefined ? null : toClientProfile(item);
    if (item === undefined || profile === null) throw new Error('Priya has no profile in the seed.');
    const base = clientFields(profile);
    const withPressure = (text: string) =>
      clientFields({ ...profile, pressures: [...profile.pressures, text] });

    const maya = engine();
    const daniel = engine();
    await maya.enqueue('maya', 'Profile', [
      {
        kind: 'update-profile',
        itemId: item.id,
        etag: item.etag ?? '*',
        base,
        mine: withPressure('Maya heard this'),
      },
    ]);
    await maya.flush();
    await daniel.enqueue('daniel', 'Profile', [
      {
        kind: 'update-profile',
        itemId: item.id,
        etag: item.etag ?? '*',
        base,
        mine: withPressure('Daniel heard that'),
      },
    ]);
    await daniel.flush();
    await later(daniel);
    expect(daniel.status('daniel')).toEqual({ kind: 'synced' });
    const saved = await getListItem(graph, site, 'clients', item.id);
    const pressures = JSON.parse(String(saved.fields['Pressures'])) as string[];
    expect(pressures).toEqual(
      expect.arrayContaining([...profile.pressures, 'Maya heard this', 'Daniel heard that']),
    );
  });

  it('shows both versions when two advisors change the same single field differently', async () => {
    const item = await getListItem(graph, site, 'clients', '2');
    const profile = toClientProfile(item);
    if (profile === null) throw new Error('No second client profile in the seed.');
    const base = clientFields(profile);
    await updateListItem(graph, site, 'clients', item.id, item.etag ?? '*', {
      Background: 'Theirs: moved to Leeds',
    });
    const outbox = engine();
    await outbox.enqueue('bg', 'Profile', [
      {
        kind: 'update-profile',
        itemId: item.id,
        etag: item.etag ?? '*',
        base,
        mine: { ...base, Background: 'Mine: back from leave' },
      },
    ]);
    await outbox.flush();
    const status = outbox.status('bg');
    expect(status.kind).toBe('needs-you');
    const entry = status.kind === 'needs-you' ? status.entries[0] : undefined;
    expect(entry?.state).toBe('conflict');
    expect(entry?.theirs?.['Background']).toBe('Theirs: moved to Leeds');
    expect(entry?.lastError).toMatch(/background/);
    // Nothing was overwritten while the advisor decides.
    expect((await getListItem(graph, site, 'clients', item.id)).fields['Background']).toBe(
      'Theirs: moved to Leeds',
    );
  });
});
