/**
 * @jest-environment jest-fixed-jsdom
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NoteAction } from '../../../src/app/taskpane/note-action';
import { loadPrepCard } from '../../../src/features/prep-card/load-prep-card';
import type { Session } from '../../../src/features/session';
import { createSyncEngine } from '../../../src/features/sync-engine';
import { SEED_SUBJECTS } from '../../../src/sandbox/seed';
import { startPaneHarness, type PaneHarness } from './support';

let h: PaneHarness;
let session: Session;

beforeAll(async () => {
  h = await startPaneHarness();
  session = {
    ...h.session,
    // After the meeting: the note is offered.
    now: () => new Date('2026-11-27T09:00:00Z'),
    outbox: createSyncEngine({ graph: h.session.graph, site: h.session.store, intervalMs: 3_600_000 }),
  };
});
afterAll(async () => {
  session.outbox?.dispose();
  await h.close();
});

async function openNote() {
  const meeting = h.meeting(SEED_SUBJECTS.clientOneToOne);
  const card = await loadPrepCard(session, meeting);
  h.renderWith(<NoteAction card={card} meeting={meeting} />, session);
  await userEvent.click(screen.getByRole('button', { name: 'Add value-add note' }));
  return screen.findByRole('form', { name: 'Value-add note' });
}

it('says what is missing, per field, and keeps what was typed', async () => {
  const form = await openNote();
  await userEvent.click(within(form).getByRole('button', { name: 'Add follow-up' }));
  await userEvent.click(within(form).getByRole('button', { name: 'Save note' }));
  expect(
    await within(form).findByText('Each follow-up needs a line saying what is to be done.'),
  ).toBeInTheDocument();
  await userEvent.type(within(form).getByRole('textbox', { name: 'Follow-up 1' }), 'Send the draft');
  expect(within(form).getByRole('textbox', { name: 'Follow-up 1' })).toHaveValue('Send the draft');
});

it('tells the truth: on this device while the store is down, saved for the team once it answers', async () => {
  await h.faults({ rules: [{ method: 'POST', path: 'HomeTurfNotes', status: 503, times: 50 }] });
  const form = await openNote();
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
