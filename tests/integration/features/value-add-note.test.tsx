/**
 * @jest-environment jest-fixed-jsdom
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NoteAction } from '../../../src/app/taskpane/note-action';
import { loadPrepCard } from '../../../src/features/prep-card/load-prep-card';
import type { Session } from '../../../src/features/session';
import { createOutbox } from '../../../src/features/outbox/outbox';
import { getDefaultTodoList } from '../../../src/graph/create-todo-task';
import { findListItem, getListItem } from '../../../src/graph/store/list-item-writes';
import { SEED_SUBJECTS, STORE_LIST_IDS } from '../../../src/sandbox/seed';
import { startPaneHarness, type PaneHarness } from './support';

let h: PaneHarness;
let session: Session;

beforeAll(async () => {
  h = await startPaneHarness();
  session = {
    ...h.session,
    // After the meeting: the note is offered.
    now: () => new Date('2026-11-27T09:00:00Z'),
    outbox: createOutbox({
      graph: h.session.graph,
      site: h.session.store,
      user: h.session.me,
      timeZone: h.session.host.timeZone,
      intervalMs: 3_600_000,
    }),
  };
});
afterAll(async () => {
  session.outbox?.dispose();
  await h.close();
});

async function openNote(subject: string = SEED_SUBJECTS.clientOneToOne) {
  const meeting = h.meeting(subject);
  const card = await loadPrepCard(session, meeting);
  h.renderWith(<NoteAction card={card} meeting={meeting} />, session);
  // The note's id is made when the note opens: the first id asked for after the click.
  const ids = jest.spyOn(crypto, 'randomUUID');
  await userEvent.click(screen.getByRole('button', { name: 'Add value-add note' }));
  const form = await screen.findByRole('form', { name: 'Value-add note' });
  const noteId = String(ids.mock.results[0]?.value);
  ids.mockRestore();
  return { card, form, noteId };
}

it('says what is missing, per field, and keeps what was typed', async () => {
  const { form } = await openNote();
  await userEvent.click(within(form).getByRole('button', { name: 'Add follow-up' }));
  await userEvent.click(within(form).getByRole('button', { name: 'Save note' }));
  expect(
    await within(form).findByText('Each follow-up needs a line saying what is to be done.'),
  ).toBeInTheDocument();
  await userEvent.type(within(form).getByRole('textbox', { name: 'Follow-up 1' }), 'Send the draft');
  expect(within(form).getByRole('textbox', { name: 'Follow-up 1' })).toHaveValue('Send the draft');
});

it('tells the truth: on this device while the store is down, saved for the team once it answers', async () => {
  await h.faults({ rules: [{ method: 'POST', path: STORE_LIST_IDS.notes, status: 503, times: 50 }] });
  const { form } = await openNote();
  await userEvent.click(within(form).getByRole('button', { name: 'Add value offered' }));
  await userEvent.type(
    within(form).getByRole('textbox', { name: 'Value 1' }),
    'Introduced Priya to the L&D lead',
  );
  await userEvent.click(within(form).getByRole('button', { name: 'Save note' }));
  expect(await screen.findByText('Saved on this device, will sync')).toBeInTheDocument();

  await h.faults({});
  await userEvent.click(screen.getAllByRole('button', { name: 'Send now' })[0] as HTMLElement);
  expect(await screen.findByText('Saved for the team')).toBeInTheDocument();
});

/** The `<label>` element showing `text`, as a person would click it. */
function label(form: HTMLElement, text: string): HTMLElement {
  const found = within(form)
    .getAllByText(text, { exact: true })
    .map((e) => e.closest('label'))
    .find((l): l is HTMLLabelElement => l !== null);
  if (found === undefined) throw new Error(`No label "${text}" in the note form.`);
  return found;
}

const store = () => {
  if (h.session.store === null) throw new Error('The harness has no store.');
  return h.session.store;
};

async function savedNote(noteIdPrefix: string, email: string) {
  const item = await findListItem(h.session.graph, store(), 'notes', 'NoteId', `${noteIdPrefix}:${email}`);
  if (item === null) throw new Error(`No note for ${email} in the store.`);
  return item.fields;
}

it('each label ticks its own box: the file item clicked gets the date, its neighbour does not', async () => {
  const { card, form } = await openNote(SEED_SUBJECTS.clientOneToOne);
  const file = card.clients.flatMap((c) => c.prep.file);
  expect(file.length).toBeGreaterThanOrEqual(2);
  const [first, second] = [file[0], file[1]];
  if (first === undefined || second === undefined) throw new Error('Two file items expected.');
  await userEvent.click(label(form, second.title));
  expect(within(form).getByRole('checkbox', { name: second.title })).toBeChecked();
  expect(within(form).getByRole('checkbox', { name: first.title })).not.toBeChecked();

  await userEvent.click(within(form).getByRole('button', { name: 'Add follow-up' }));
  await userEvent.type(within(form).getByRole('textbox', { name: 'Follow-up 1' }), 'Send the pack');
  await userEvent.click(label(form, 'Add to my To Do'));
  expect(within(form).getByRole('checkbox', { name: 'Add to my To Do' })).toBeChecked();
  await userEvent.click(within(form).getByRole('button', { name: 'Save note' }));
  await screen.findByText('Saved for the team');

  const touched = await getListItem(h.session.graph, store(), 'fileItems', second.id);
  const untouched = await getListItem(h.session.graph, store(), 'fileItems', first.id);
  expect(String(touched.fields['LastUpdateSent'])).toMatch(/^2026-11-2/);
  const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : null);
  expect(day(untouched.fields['LastUpdateSent'])).toBe(day(first.lastUpdateSent));
  const list = await getDefaultTodoList(h.session.graph);
  const tasks = (await h.session.graph.client
    .api(`/me/todo/lists/${encodeURIComponent(list)}/tasks`)
    .get()) as { value: { title: string }[] };
  expect(tasks.value.filter((t) => t.title === 'Send the pack')).toHaveLength(1);
});

it("a note about two clients keeps each one's pulse and what each owes, and a name's label ticks that name", async () => {
  const { card, form, noteId } = await openNote(SEED_SUBJECTS.workshop);
  const clients = card.clients.map((c) => ({
    email: (c.client.participant.email ?? '').toLowerCase(),
    name: c.client.person?.displayName ?? c.prep.profile?.displayName ?? c.client.participant.name,
  }));
  expect(clients.length).toBeGreaterThanOrEqual(3);
  const [a, b, c] = clients as [(typeof clients)[0], (typeof clients)[0], (typeof clients)[0]];
  const about = within(form).getByRole('region', { name: 'About' });
  await userEvent.click(label(about, c.name));
  expect(within(about).getByRole('checkbox', { name: c.name })).not.toBeChecked();
  expect(within(about).getByRole('checkbox', { name: a.name })).toBeChecked();
  expect(within(about).getByRole('checkbox', { name: b.name })).toBeChecked();

  const first = (name: string) => name.split(/\s+/)[0] ?? name;
  await userEvent.click(within(form).getByRole('button', { name: 'Add follow-up' }));
  await userEvent.type(within(form).getByRole('textbox', { name: 'Follow-up 1' }), 'Send the rota FAQ');
  await userEvent.selectOptions(
    within(form).getByRole('combobox', { name: 'Who owes follow-up 1' }),
    `${first(b.name)} owes`,
  );
  const pulseOf = (name: string) =>
    within(form).getByRole('radiogroup', { name: `How ${first(name)} seemed, 1 to 5` });
  await userEvent.click(within(pulseOf(a.name)).getByLabelText('4'));
  await userEvent.click(within(pulseOf(b.name)).getByLabelText('2'));
  await userEvent.click(within(form).getByRole('button', { name: 'Save note' }));
  await screen.findByText('Saved for the team');

  const noteA = await savedNote(noteId, a.email);
  const noteB = await savedNote(noteId, b.email);
  expect(noteA['Pulse']).toBe(4);
  expect(noteB['Pulse']).toBe(2);
  expect(JSON.parse(String(noteA['FollowUps']))).toEqual([]);
  expect(JSON.parse(String(noteB['FollowUps']))).toEqual([
    { text: 'Send the rota FAQ', due: null, owner: 'client', done: false },
  ]);
  expect(await findListItem(h.session.graph, store(), 'notes', 'NoteId', `${noteId}:${c.email}`)).toBeNull();
});
