/**
 * @jest-environment jest-fixed-jsdom
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { noteContextOf } from '../../../src/app/taskpane/note-action';
import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { checkNote, noteItemId } from '../../../src/domain/value-add-note';
import { readOutbox } from '../../../src/features/local-db';
import { loadPrepCard } from '../../../src/features/prep-card/load-prep-card';
import { PrepCardView } from '../../../src/features/prep-card/prep-card-view';
import type { OutboxOp, Outbox } from '../../../src/features/outbox/outbox';
import { buildNoteOps } from '../../../src/features/value-add-note/build-note-ops';
import { initialDraft } from '../../../src/features/value-add-note/note-form';
import { createGraphClient, type GraphClient } from '../../../src/graph/create-graph-client';
import { realSleep } from '../../../src/graph/middleware/retry-after';
import { getListItem, updateListItem } from '../../../src/graph/store/list-item-writes';
import { readListItems } from '../../../src/graph/store/store-lists';
import type { HostMeeting } from '../../../src/hosts/host';
import { SEED_SUBJECTS } from '../../../src/sandbox/seed';
import { outboxHarness } from '../features/outbox-harness';
import { CARD_SECTIONS, renderInSession, startPaneHarness, type PaneHarness } from '../features/support';
import { CARD_CELLS, NOTE_CELLS, NOTES_PATH, PANE_CLOSED } from './cells';
import { recordMatrix, total, waitedWords, type Row } from './report';
import { recordWire } from './wire';

/**
 * The fault matrix: each fault the demo tenant can inject, against the two things an advisor
 * cannot afford to lose — opening a prep card and saving a value-add note. The production code
 * runs over real HTTP; what crossed the wire is recorded at `fetch`, what the tenant saw comes
 * from its own counters, and the outbox runs on a controlled clock.
 */

const PRIYA = 'priya.shah@northwind.example';

const wire = recordWire();
const o = outboxHarness();
let pane: PaneHarness;
let meeting: HostMeeting;
/** The file item the note updates Priya on, and its "last update sent" before any save. */
let fileItem: { id: string; lastUpdateSent: string | null };
/** One per cell that passed; the report is written only when every cell has one. */
const rows: Row[] = [];

beforeAll(async () => {
  pane = await startPaneHarness({ tenant: o.tenant });
  meeting = pane.meeting(SEED_SUBJECTS.clientOneToOne);
  const card = await loadPrepCard(pane.session, meeting);
  const first = card.clients[0]?.prep.file[0];
  if (first === undefined) throw new Error('Priya has no open work in the seed.');
  const stored = await getListItem(o.graph, o.site, 'fileItems', first.id);
  const last = stored.fields['LastUpdateSent'];
  fileItem = { id: first.id, lastUpdateSent: typeof last === 'string' ? last : null };
});
afterAll(() => pane.close());

type Sleeps = { asked: number[]; ms: number };

/** A pane's own Graph client, signed in before the cell starts; its waits are really slept, and timed. */
async function openPane(): Promise<{ graph: GraphClient; sleeps: Sleeps }> {
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

/** The store after a save: how many notes it holds for the save; the date raised; nothing left on the device. */
async function afterSave(noteId: string): Promise<number> {
  const raw: unknown = await o.graph.client
    .api(`/sites/${encodeURIComponent(o.site.id)}${NOTES_PATH}`)
    .query({ $expand: 'fields', $filter: `fields/NoteId eq '${noteItemId(noteId, PRIYA)}'` })
    .get();
  const stored = readListItems(raw).items.length;
  expect(stored).toBe(1);
  const item = await getListItem(o.graph, o.site, 'fileItems', fileItem.id);
  expect(String(item.fields['LastUpdateSent'])).toMatch(/^2026-/);
  expect(item.fields['LastUpdateSent']).not.toBe(fileItem.lastUpdateSent);
  expect(await readOutbox()).toEqual([]);
  return stored;
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

describe('saving a value-add note under faults: none lost, none duplicated', () => {
  it.each(NOTE_CELLS)('$fault ($injected): one note for the team', async (cell) => {
    const { noteId, ops } = await noteFromCard();
    const { graph, sleeps } = await openPane();
    await o.faults(cell.settings);
    const from = wire.mark();
    const outbox = o.engine(graph);
    await outbox.enqueue(noteId, 'Value-add note', ops);
    await outbox.flush();
    expect(outbox.status(noteId).kind).toBe(cell.firstTry ? 'synced' : 'pending');
    const outboxWaited = await drain(outbox);
    expect(outbox.status(noteId)).toEqual({ kind: 'synced' });

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
    const stored = await afterSave(noteId);

    rows.push({
      fault: cell.fault,
      operation: 'note save',
      injected: cell.injected,
      requests: counters.requests,
      signIns: wire.signIns(from),
      faultsFired: counters.faultsFired,
      waited: waitedWords(
        { count: sleeps.asked.length, ms: sleeps.ms, asked: inPane },
        { ms: outboxWaited, asked: leftToOutbox },
      ),
      outcome: cell.firstTry
        ? 'saved for the team at the first send'
        : 'on this device, then saved for the team',
      notesStored: stored,
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
    const stored = await afterSave(noteId);

    rows.push({
      fault: PANE_CLOSED,
      operation: 'note save',
      injected: 'pane closed while the note POST was on its way (300 ms latency)',
      requests: counters.requests,
      signIns: wire.signIns(from),
      faultsFired: counters.faultsFired + unseen.length,
      waited: waitedWords({ count: 0, ms: 0, asked: [] }, { ms: outboxWaited, asked: [] }),
      outcome: 'the next pane sent it: saved for the team',
      notesStored: stored,
    });
  });
});

afterAll(() => {
  // A failed cell pushes no row, so a short count means a failure: then nothing is recorded.
  if (rows.length === CARD_CELLS.length + NOTE_CELLS.length + 1) recordMatrix(rows, CARD_SECTIONS.length);
});
