/**
 * @jest-environment jest-fixed-jsdom
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NoteAction } from '../../../src/app/taskpane/note-action';
import { readOutbox } from '../../../src/features/local-db';
import { createOutbox, type Outbox } from '../../../src/features/outbox/outbox';
import { formatTimeOfDay } from '../../../src/features/outbox/held-message';
import { OutboxBanner } from '../../../src/features/outbox/outbox-banner';
import { loadPrepCard } from '../../../src/features/prep-card/load-prep-card';
import type { Session } from '../../../src/features/session';
import { listPath, readListItems } from '../../../src/graph/store/store-lists';
import { SEED_SUBJECTS, STORE_LIST_IDS } from '../../../src/sandbox/seed';
import { freshDevice, startPaneHarness, type PaneHarness } from './support';

/**
 * A note save that Microsoft 365 throttles for an hour (429, Retry-After: 3600): far beyond what a
 * request waits for. The save is done at once, the advisor is told when the note will go, nothing
 * hurries it, and once the time has come it goes exactly once. The outbox runs on a controlled
 * clock; every step waits for the flush the code runs.
 */

const PRIYA = 'priya.shah@northwind.example';
/** After the meeting (the note is offered), 09:00 in London. */
const START = Date.parse('2026-11-27T09:00:00Z');
const HOUR = 3_600_000;

let h: PaneHarness;
let clock = START;
const engines: Outbox[] = [];
beforeAll(async () => {
  h = await startPaneHarness();
});
afterAll(() => h.close());
beforeEach(() => {
  freshDevice();
  clock = START;
});
afterEach(() => {
  for (const engine of engines.splice(0)) engine.dispose();
});

/** A pane's outbox on the controlled clock (no timer of its own in the test's time). */
function engine(): Outbox {
  const created = createOutbox({
    graph: h.session.graph,
    site: h.session.store,
    user: h.session.me,
    timeZone: h.session.host.timeZone,
    now: () => clock,
    intervalMs: HOUR,
  });
  engines.push(created);
  return created;
}

async function notesFor(noteId: string): Promise<number> {
  if (h.session.store === null) throw new Error('The harness has no store.');
  const raw: unknown = await h.session.graph.client
    .api(`${listPath(h.session.store, 'notes')}/items`)
    .query({ $expand: 'fields', $filter: `fields/NoteId eq '${noteId}:${PRIYA}'` })
    .get();
  return readListItems(raw).items.length;
}

it('a 429 with Retry-After 3600: saved at once, says when it will send, no Send now, then sent once', async () => {
  const outbox = engine();
  const session: Session = { ...h.session, now: () => new Date(clock), outbox };
  const meeting = h.meeting(SEED_SUBJECTS.clientOneToOne);
  const card = await loadPrepCard(session, meeting);
  h.renderWith(
    <>
      <OutboxBanner />
      <NoteAction card={card} meeting={meeting} />
    </>,
    session,
  );
  const ids = jest.spyOn(crypto, 'randomUUID');
  await userEvent.click(screen.getByRole('button', { name: 'Add value-add note' }));
  const form = await screen.findByRole('form', { name: 'Value-add note' });
  const noteId = String(ids.mock.results[0]?.value);
  ids.mockRestore();
  await userEvent.click(within(form).getByRole('button', { name: 'Add value offered' }));
  await userEvent.type(
    within(form).getByRole('textbox', { name: 'Value 1' }),
    'Introduced Priya to the L&D lead',
  );
  // From here the tenant counts what the save sends.
  await h.faults({ rules: [{ method: 'POST', path: STORE_LIST_IDS.notes, status: 429, retryAfter: 3600 }] });
  await userEvent.click(within(form).getByRole('button', { name: 'Save note' }));

  // The save is done once the note is on this device; the send it started is then awaited.
  expect(await screen.findByText('Saved on this device, will sync')).toBeInTheDocument();
  await act(() => outbox.flush());
  const when = formatTimeOfDay(new Date(START + HOUR), new Date(START), h.session.host);
  expect(when).toBe('10:00');
  // The note's status and the pane's banner both say when it goes, and neither offers to hurry it.
  // (Its words load on demand, the first time a write is held.)
  expect(await screen.findAllByText(`Microsoft 365 is busy; will send at ${when}`)).toHaveLength(2);
  expect(screen.getAllByText(/asked Home Turf to wait until then, so it cannot be sent sooner/)).toHaveLength(
    2,
  );
  expect(screen.queryByRole('button', { name: 'Send now' })).not.toBeInTheDocument();
  expect(screen.queryByText(/Try again in a minute/)).not.toBeInTheDocument();
  // Nothing is held open: the one POST was answered, and a new note can be saved meanwhile.
  expect(await h.counters()).toMatchObject({ requests: 1, faultsFired: 1 });
  expect(screen.getByRole('button', { name: 'Add another value-add note' })).toBeEnabled();
  expect(await readOutbox()).toEqual([
    expect.objectContaining({ state: 'pending', throttledUntil: START + HOUR, nextAttemptAt: START + HOUR }),
  ]);
  const [entry] = outbox.entries();
  if (entry === undefined) throw new Error('The note left the outbox unsent.');
  expect(entry).toMatchObject({
    state: 'pending',
    throttledUntil: START + HOUR,
    nextAttemptAt: START + HOUR,
  });

  // Asking to send everything now, or a new pane reading the device, does not send it sooner.
  await act(() => outbox.sendNow());
  const other = engine();
  await other.flush();
  expect(other.entries().map((e) => other.heldUntil(e))).toEqual([START + HOUR]);
  other.dispose();
  clock = START + HOUR - 1;
  await act(() => outbox.flush());
  // Still the one POST the tenant answered 429: nothing more was sent.
  expect(await h.counters()).toMatchObject({ requests: 1 });
  expect(await notesFor(noteId)).toBe(0);
  expect(screen.getAllByText(`Microsoft 365 is busy; will send at ${when}`)).toHaveLength(2);

  // The time has come: one flush sends it, once.
  clock = START + HOUR;
  await act(() => outbox.flush());
  expect(screen.getByText('Saved for the team')).toBeInTheDocument();
  expect(screen.queryByText(/Microsoft 365 is busy/)).not.toBeInTheDocument();
  await act(() => outbox.flush());
  expect(await notesFor(noteId)).toBe(1);
  expect(await readOutbox()).toEqual([]);
});

it('says the date as well when the time Microsoft 365 asked for is not today', () => {
  const zone = { locale: 'en-GB', timeZone: 'Europe/London' };
  const late = new Date('2026-11-27T23:30:00Z');
  expect(formatTimeOfDay(new Date('2026-11-27T23:50:00Z'), late, zone)).toBe('23:50');
  expect(formatTimeOfDay(new Date('2026-11-28T00:30:00Z'), late, zone)).toBe('Sat 28 Nov, 00:30');
  // Today is the viewer's: in Tokyo that hour is already the next day.
  expect(formatTimeOfDay(new Date('2026-11-27T14:30:00Z'), late, { ...zone, timeZone: 'Asia/Tokyo' })).toBe(
    'Fri 27 Nov, 23:30',
  );
});
