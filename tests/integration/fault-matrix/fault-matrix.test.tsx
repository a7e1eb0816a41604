/**
 * @jest-environment jest-fixed-jsdom
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { noteContextOf } from '../../../src/app/taskpane/note-action';
import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { checkNote, noteItemId } from '../../../src/domain/value-add-note';
import { putOutbox, readOutbox } from '../../../src/features/local-db';
import { loadPrepCard } from '../../../src/features/prep-card/load-prep-card';
import { PrepCardView } from '../../../src/features/prep-card/prep-card-view';
import type { OutboxOp, Outbox } from '../../../src/features/outbox/outbox';
import { buildNoteOps } from '../../../src/features/value-add-note/build-note-ops';
import { initialDraft } from '../../../src/features/value-add-note/note-form';
import { createGraphClient, type GraphClient } from '../../../src/graph/create-graph-client';
import { realSleep } from '../../../src/graph/middleware/retry-after';
import { getListItem, updateListItem } from '../../../src/graph/store/list-item-writes';
import { createWebLocks } from '../../support/web-locks';
import type { StoreSite } from '../../../src/graph/store/store-lists';
import type { HostMeeting } from '../../../src/hosts/host';
import { SEED_SUBJECTS } from '../../../src/sandbox/seed';
import { outboxHarness } from '../features/outbox-harness';
import {
  CLOSE_CONNECTION,
  DANIEL,
  PRIYA,
  keysOf,
  leftBehind,
  leftBehindTask,
  noteAuthorsIn,
  otherTeamStore,
  outboxConnection,
  tasksTitled,
} from '../features/outbox-setups';
import { CARD_SECTIONS, renderInSession, startPaneHarness, type PaneHarness } from '../features/support';
import {
  CARD_CELLS,
  DB_CLOSED,
  HANG_TIME_LIMIT_MS,
  NOTE_CELLS,
  NOTES_PATH,
  OTHER_USER,
  PANE_CLOSED,
  TODO_CELLS,
  TWO_PANES,
  WRONG_SITE,
  type Operation,
  type WriteCell,
} from './cells';
import { recordMatrix, total, waitedWords, type Records, type Row } from './report';
import { recordWire } from './wire';

/**
 * The fault matrix: each fault the demo tenant can inject, against the things an advisor cannot
 * afford to lose — opening a prep card, saving a value-add note and adding a follow-up to To Do —
 * and each write sent once, to the team store it was written for, by the advisor who wrote it. The production code
 * runs over real HTTP; what crossed the wire is recorded at `fetch`, what the tenant saw comes
 * from its own counters, and the outbox runs on a controlled clock.
 */

const wire = recordWire();
const o = outboxHarness();
let pane: PaneHarness;
let meeting: HostMeeting;
/** The file item the note updates Priya on, and its "last update sent" before any save. */
let fileItem: { id: string; lastUpdateSent: string | null };
/** One per cell that passed; the report is written only when every cell has one. */
const rows: Row[] = [];
/** Another team's store, set up: a note sent there by mistake would be kept. */
let marketing: StoreSite;
/** Another user of the tenant, signed in on the same device. */
let daniel: Awaited<ReturnType<typeof o.signInAs>>;

beforeAll(async () => {
  pane = await startPaneHarness({ tenant: o.tenant });
  meeting = pane.meeting(SEED_SUBJECTS.clientOneToOne);
  const card = await loadPrepCard(pane.session, meeting);
  const first = card.clients[0]?.prep.file[0];
  if (first === undefined) throw new Error('Priya has no open work in the seed.');
  const stored = await getListItem(o.graph, o.site, 'fileItems', first.id);
  const last = stored.fields['LastUpdateSent'];
  fileItem = { id: first.id, lastUpdateSent: typeof last === 'string' ? last : null };
  marketing = await otherTeamStore(o.graph);
  daniel = await o.signInAs(DANIEL);
});
afterAll(() => pane.close());

type Sleeps = { asked: number[]; ms: number };

/** A pane's own Graph client, signed in before the cell starts; its waits are really slept, and timed. */
async function openPane(timeoutMs?: number): Promise<{ graph: GraphClient; sleeps: Sleeps }> {
  const sleeps: Sleeps = { asked: [], ms: 0 };
  const getToken = createDemoSignIn(o.tenant.url);
  await getToken(['User.Read']);
  const graph = createGraphClient({
    baseUrl: o.tenant.graphBaseUrl,
    getToken,
    sleep: async (ms) => {
      sleeps.asked.push(ms);
      const started = performance.now();
      await realSleep(ms);
      sleeps.ms += performance.now() - started;
    },
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  return { graph, sleeps };
}

describe('opening a prep card under faults', () => {
  it.each(CARD_CELLS)('$fault ($injected): the card shows every section', async (cell) => {
    const { graph, sleeps } = await openPane();
    await o.faults(cell.settings);
    const from = wire.mark();
    const started = performance.now();
    renderInSession(<PrepCardView meeting={meeting} />, { ...pane.session, graph });

    if (cell.message !== undefined) {
      expect(await screen.findByText(cell.message, {}, { timeout: 10_000 })).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    }
    const card = await screen.findByRole('article', { name: /Priya/ }, { timeout: 10_000 });
    const elapsed = performance.now() - started;
    // The library is ranked off the critical path; the card is whole once its articles show.
    expect(await within(card).findByRole('list', { name: 'Articles for Priya' })).toBeInTheDocument();
    for (const name of CARD_SECTIONS) expect(within(card).getByRole('heading', { name })).toBeInTheDocument();
    expect(screen.queryAllByText(/could not be (loaded|reached|refreshed)|sign-in has expired/)).toEqual([]);

    const counters = await pane.counters();
    expect(wire.graphRequests(from)).toHaveLength(counters.requests);
    expect(counters).toMatchObject({ requests: cell.requests, faultsFired: cell.faults });
    expect(wire.signIns(from)).toBe(cell.signIns ?? 0);
    // Each Retry-After (decimals too) became exactly that wait, really slept; without one, a back-off.
    const asked = wire.askedWaits(from);
    if (asked.length > 0) expect(sleeps.asked).toEqual(asked);
    expect(sleeps.ms).toBeGreaterThanOrEqual(total(asked) - 5);
    expect(elapsed).toBeGreaterThanOrEqual(total(asked) - 5);

    rows.push({
      fault: cell.fault,
      operation: 'card load',
      injected: cell.injected,
      requests: counters.requests,
      signIns: wire.signIns(from),
      faultsFired: counters.faultsFired,
      waited: waitedWords({ count: sleeps.asked.length, ms: sleeps.ms, asked }, { ms: 0, asked: [] }),
      outcome: `${cell.message === undefined ? '' : 'told "could not be reached", then Try again: '}card with all ${CARD_SECTIONS.length} sections in ${Math.round(elapsed)} ms`,
    });
  });
});

let saves = 0;

/** A note as the form saves it: a value offered, and Priya updated on a file item ("last update sent"). */
async function noteFromCard(): Promise<{ noteId: string; ops: OutboxOp[] }> {
  // Every cell starts from the same store: the file item's "last update sent" as seeded.
  await updateListItem(o.graph, o.site, 'fileItems', fileItem.id, '*', {
    LastUpdateSent: fileItem.lastUpdateSent,
  });
  const card = await loadPrepCard({ ...pane.session, graph: o.graph }, meeting);
  const context = { ...noteContextOf(card), brought: [] };
  saves += 1;
  const noteId = `fault-matrix-${saves}`;
  const draft = {
    ...initialDraft(context, pane.session.me.email, noteId),
    valueOffered: [
      { key: 'v1', kind: 'idea' as const, text: 'A buddy scheme for new starters', articleId: null },
    ],
    fileUpdates: [fileItem.id],
    pulses: { [PRIYA]: 4 },
  };
  expect(checkNote(draft)).toEqual({});
  return { noteId, ops: buildNoteOps(draft, context, new Map()) };
}

/**
 * Where a note is, read back from the demo tenant: in this team's store by Maya (intended), or
 * anywhere else — another author here, or another team's store.
 */
async function noteRecords(noteId: string): Promise<Records> {
  const id = noteItemId(noteId, PRIYA);
  const here = await noteAuthorsIn(o.graph, o.site, id);
  const there = await noteAuthorsIn(o.graph, marketing, id);
  const hers = here.filter((a) => a.toLowerCase() === o.user.email.toLowerCase()).length;
  return { intended: 1, stored: hers, misplaced: here.length - hers + there.length };
}

/** A note saved: one in the store by Maya, the date raised, nothing left on the device. */
async function afterSave(noteId: string): Promise<Records> {
  const records = await noteRecords(noteId);
  expect(records).toEqual({ intended: 1, stored: 1, misplaced: 0 });
  const item = await getListItem(o.graph, o.site, 'fileItems', fileItem.id);
  expect(String(item.fields['LastUpdateSent'])).toMatch(/^2026-/);
  expect(item.fields['LastUpdateSent']).not.toBe(fileItem.lastUpdateSent);
  expect(await readOutbox()).toEqual([]);
  return records;
}

/** Where a To Do task is: in Maya's To Do under its key (intended), or in Daniel's. */
async function taskRecords(title: string, key: string): Promise<Records> {
  const hers = await tasksTitled(o.graph, title);
  expect(keysOf(hers)).toEqual(hers.map(() => key));
  const his = await tasksTitled(daniel.graph, title);
  return { intended: 1, stored: hers.length, misplaced: his.length };
}

/**
 * Lets the controlled clock run until the outbox is empty, one due time at a time: a millisecond
 * before an entry is due nothing may be sent, so a wait the store asked for is honoured exactly.
 */
async function drain(outbox: Outbox): Promise<number> {
  let waited = 0;
  for (let round = 0; outbox.entries().length > 0; round++) {
    if (round >= 5) throw new Error('The outbox did not empty in five rounds.');
    const from = wire.mark();
    const due = Math.min(...outbox.entries().map((e) => e.nextAttemptAt)) - o.now();
    if (due > 1) {
      await o.advance(outbox, due - 1);
      expect(wire.graphRequests(from)).toEqual([]);
      await o.advance(outbox, 1);
      waited += due;
    } else {
      await outbox.flush();
    }
  }
  return waited;
}

/** One write an advisor makes: its group in the outbox, its ops, and what the tenant then holds. */
type Write = { group: string; ops: OutboxOp[]; records: (outbox: Outbox) => Promise<Records> };

async function noteWrite(): Promise<Write> {
  const { noteId, ops } = await noteFromCard();
  return { group: noteId, ops, records: () => afterSave(noteId) };
}

function taskWrite(): Promise<Write> {
  saves += 1;
  const group = `fault-matrix-task-${saves}`;
  const title = `Send Priya the week-one pack (${saves})`;
  return Promise.resolve({
    group,
    ops: [{ kind: 'todo-task', title, due: '2026-11-30', body: 'Follow-up for Priya Shah, from "HR sync".' }],
    records: async () => {
      const records = await taskRecords(title, `${group}-key`);
      expect(records).toEqual({ intended: 1, stored: 1, misplaced: 0 });
      expect(await readOutbox()).toEqual([]);
      return records;
    },
  });
}

const WRITE_CELLS: [Operation, WriteCell, () => Promise<Write>][] = [
  ...NOTE_CELLS.map((cell): [Operation, WriteCell, () => Promise<Write>] => ['note save', cell, noteWrite]),
  ...TODO_CELLS.map((cell): [Operation, WriteCell, () => Promise<Write>] => ['To Do task', cell, taskWrite]),
];

describe('writes under faults: none lost, none doubled, none misplaced', () => {
  it.each(WRITE_CELLS)('%s, %p: one record, where it was written for', async (operation, cell, make) => {
    const write = await make();
    const { graph, sleeps } = await openPane(cell.hang === true ? HANG_TIME_LIMIT_MS : undefined);
    await o.faults(cell.settings);
    const from = wire.mark();
    // A task's key is its entry's id: known before it is sent.
    let ids = 0;
    const outbox = o.engine(graph, { newId: () => `${write.group}-key${ids++ === 0 ? '' : `-${ids}`}` });
    await outbox.enqueue(write.group, 'Value-add note', write.ops);
    await outbox.flush();
    const first = outbox.status(write.group);
    expect(first.kind).toBe(cell.firstTry ? 'synced' : 'pending');
    if (cell.held === true) {
      // Kept, and told when it goes: not before the hour Microsoft 365 asked for.
      expect(first).toMatchObject({ sendsAt: o.now() + 3_600_000 });
    }
    const outboxWaited = await drain(outbox);
    expect(outbox.status(write.group)).toEqual({ kind: 'synced' });

    const counters = await pane.counters();
    expect(wire.graphRequests(from)).toHaveLength(counters.requests);
    expect(counters).toMatchObject({ requests: cell.requests, faultsFired: cell.faults });
    expect(wire.signIns(from)).toBe(cell.signIns ?? 0);
    // A Retry-After is waited in the pane when the request can go again at once (decimals too);
    // what is left to the outbox is waited on its clock, never less than asked.
    const asked = wire.askedWaits(from);
    const inPane = asked.slice(0, sleeps.asked.length);
    const leftToOutbox = asked.slice(sleeps.asked.length);
    expect(sleeps.asked).toEqual(inPane);
    expect(sleeps.ms).toBeGreaterThanOrEqual(total(inPane) - 5);
    expect(outboxWaited).toBeGreaterThanOrEqual(total(leftToOutbox));
    const signIns = wire.signIns(from);
    const records = await write.records(outbox);

    rows.push({
      fault: cell.fault,
      operation,
      injected: cell.injected,
      requests: counters.requests,
      signIns,
      faultsFired: counters.faultsFired,
      waited: waitedWords(
        { count: sleeps.asked.length, ms: sleeps.ms, asked: inPane },
        { ms: outboxWaited, asked: leftToOutbox },
      ),
      outcome: cell.firstTry
        ? 'saved at the first send'
        : cell.held === true
          ? 'on this device, "will send at" the time asked, then saved'
          : 'on this device, then saved',
      records,
    });
  });

  it(`${PANE_CLOSED}: the next pane sends what was left, and the store keeps one note`, async () => {
    const { noteId, ops } = await noteFromCard();
    const closing = await openPane();
    // Slow enough that the pane closes while the note is on its way.
    await o.faults({ latencyMs: 300 });
    const from = wire.mark();
    const first = o.engine(closing.graph);
    void first.enqueue(noteId, 'Value-add note', ops);
    const sending = () =>
      wire.graphRequests(from).some((e) => e.method === 'POST' && e.url.includes(NOTES_PATH));
    while (!sending()) await realSleep(5);
    wire.closePane(first);
    await wire.settled();
    const unseen = wire.graphRequests(from).filter((e) => e.unseen);
    expect(unseen.map((e) => e.status)).toEqual([201]);
    expect(await readOutbox()).toHaveLength(ops.length);

    const reopened = await openPane();
    const next = o.engine(reopened.graph);
    // A new pane sends what an earlier one left as soon as it has read the outbox.
    await next.flush();
    const outboxWaited = await drain(next);
    expect(next.status(noteId)).toEqual({ kind: 'synced' });
    const counters = await pane.counters();
    // The unread answer, the note sent again (409: already saved), the GET that finds it, the date.
    expect(wire.graphRequests(from)).toHaveLength(counters.requests);
    expect(counters).toMatchObject({ requests: 4, faultsFired: 0 });
    const records = await afterSave(noteId);

    rows.push({
      fault: PANE_CLOSED,
      operation: 'note save',
      injected: 'pane closed while the note POST was on its way (300 ms latency)',
      requests: counters.requests,
      signIns: wire.signIns(from),
      faultsFired: counters.faultsFired + unseen.length,
      waited: waitedWords({ count: 0, ms: 0, asked: [] }, { ms: outboxWaited, asked: [] }),
      outcome: 'the next pane sent it: saved for the team',
      records,
    });
  });
});

/** A note kept on this device while its store answered 503: what a later pane finds there. */
async function queuedNote(): Promise<{ noteId: string }> {
  const { noteId, ops } = await noteFromCard();
  await o.faults({ rules: [{ method: 'POST', path: NOTES_PATH, status: 503, times: 10 }] });
  const writer = o.engine();
  await writer.enqueue(noteId, 'Value-add note', ops);
  await writer.flush();
  expect(writer.status(noteId).kind).toBe('pending');
  writer.dispose();
  await o.faults({});
  return { noteId };
}

/** What the panes sent since the mark, taken before the truth is read back. */
function sentSince(from: number): { requests: number; signIns: number } {
  return { requests: wire.graphRequests(from).length, signIns: wire.signIns(from) };
}

/**
 * Lets the pane send everything it holds (reading the device first); then what it sent since the
 * mark, and the note's records.
 */
async function sendAll(outbox: Outbox, noteId: string, from: number) {
  await outbox.flush();
  await drain(outbox);
  expect(outbox.status(noteId)).toEqual({ kind: 'synced' });
  const sent = sentSince(from);
  return { sent, records: await afterSave(noteId) };
}

/** A row for a write's place: what was sent, and where the records are. */
function placeRow(
  fault: string,
  injected: string,
  sent: { requests: number; signIns: number },
  outcome: string,
  records: Records,
  operation: Operation = 'note save',
): Row {
  return {
    fault,
    operation,
    injected,
    ...sent,
    faultsFired: 0,
    waited: 'none',
    outcome,
    records,
  };
}

/** The rows below, each one write sent from somewhere it could go wrong. */
const PLACES = 4;

describe('writes in their place: the team store and the author they were written for', () => {
  it(`${WRONG_SITE}: a note queued for this team is sent here, never to the team the pane is on`, async () => {
    const { noteId } = await queuedNote();
    const from = wire.mark();
    const { sent, records } = await sendAll(o.engine(o.graph, { site: marketing }), noteId, from);
    rows.push(
      placeRow(
        WRONG_SITE,
        "note queued for Communications (store answered 503), then a pane on Marketing Communications' site",
        sent,
        'sent to Communications, its own team store',
        records,
      ),
    );
  });

  it(`${OTHER_USER}: another user's pane neither sends nor shows it; its author's does`, async () => {
    const { noteId } = await queuedNote();
    const from = wire.mark();
    const danielsPane = o.engine(daniel.graph, { user: daniel.user });
    await danielsPane.flush();
    await danielsPane.sendNow();
    expect(danielsPane.entries()).toEqual([]);
    // Not even a request with Daniel's token.
    expect(wire.graphRequests(from)).toEqual([]);
    expect(await noteRecords(noteId)).toEqual({ intended: 1, stored: 0, misplaced: 0 });
    const { sent, records } = await sendAll(o.engine(), noteId, from);
    rows.push(
      placeRow(
        OTHER_USER,
        "Maya's note queued (store answered 503), then Daniel's pane on the same device, Send now",
        sent,
        "Daniel's pane sent and showed nothing; Maya's next pane sent it, as her",
        records,
      ),
    );
  });

  it(`${TWO_PANES}: one sends, the other finds it gone: one note and one task`, async () => {
    const key = `fault-matrix-panes-${(saves += 1)}`;
    await putOutbox(leftBehind(key, o.user, o.site, o.now()));
    // Slow enough that both panes have read the device before the first write is answered.
    await o.faults({ latencyMs: 200 });
    const from = wire.mark();
    const locks = { locks: createWebLocks() };
    const [first, second] = [o.engine(o.graph, locks), o.engine(o.graph, locks)];
    await Promise.all([first.flush(), second.flush()]);
    // One pane's worth: the note's POST, the To Do lists, the task's POST.
    const sent = sentSince(from);
    expect(sent.requests).toBe(3);
    expect((await pane.counters()).requests).toBe(3);
    await o.faults({});
    const note = await noteAuthorsIn(o.graph, o.site, `${key}:${PRIYA}`);
    const tasks = await taskRecords(leftBehindTask(key), `${key}-task`);
    const elsewhere = await noteAuthorsIn(o.graph, marketing, `${key}:${PRIYA}`);
    const records: Records = {
      intended: 2,
      stored: note.filter((a) => a === o.user.email).length + tasks.stored,
      misplaced: note.filter((a) => a !== o.user.email).length + elsewhere.length + tasks.misplaced,
    };
    expect(records).toEqual({ intended: 2, stored: 2, misplaced: 0 });
    expect(await readOutbox()).toEqual([]);
    rows.push(
      placeRow(
        TWO_PANES,
        'a note and a To Do task left on the device, two panes flushing at once (Web Locks, 200 ms latency)',
        sent,
        'one pane sent both; the other found them gone and sent nothing',
        records,
        'note and To Do task',
      ),
    );
  });

  it(`${DB_CLOSED}: the connection is opened again, and the note kept and sent`, async () => {
    const { noteId, ops } = await noteFromCard();
    const outbox = o.engine();
    await outbox.flush();
    const before = await outboxConnection();
    const [how, close] = CLOSE_CONNECTION[0] ?? [];
    if (close === undefined) throw new Error('No way to close the connection.');
    await close();
    const from = wire.mark();
    await outbox.enqueue(noteId, 'Value-add note', ops);
    expect(await outboxConnection()).not.toBe(before);
    const { sent, records } = await sendAll(outbox, noteId, from);
    rows.push(
      placeRow(
        DB_CLOSED,
        `the outbox's connection ${how ?? ''}, then a save`,
        sent,
        'reopened: kept, then saved for the team',
        records,
      ),
    );
  });
});

afterAll(() => {
  // A failed cell pushes no row, so a short count means a failure: then nothing is recorded.
  if (rows.length === CARD_CELLS.length + WRITE_CELLS.length + 1 + PLACES) {
    recordMatrix(rows, CARD_SECTIONS.length);
  }
});
