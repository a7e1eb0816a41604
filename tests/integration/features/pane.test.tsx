/**
 * @jest-environment jest-fixed-jsdom
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Taskpane } from '../../../src/app/taskpane/taskpane';
import { AgendaView } from '../../../src/features/agenda/agenda-view';
import { PrepCardView } from '../../../src/features/prep-card/prep-card-view';
import { createGraphClient } from '../../../src/graph/create-graph-client';
import { SEED_SUBJECTS } from '../../../src/sandbox/seed';
import { startPaneHarness, type PaneHarness } from './support';

let h: PaneHarness;

beforeAll(async () => {
  h = await startPaneHarness();
});

afterAll(() => h.close());

const renderWith: PaneHarness['renderWith'] = (ui, session) => h.renderWith(ui, session);
const meeting = (subject: string) => h.meeting(subject);

describe('the prep card (browser host, demo tenant)', () => {
  it('names each internal client with job title and department, and says why', async () => {
    renderWith(<PrepCardView meeting={meeting(SEED_SUBJECTS.workshop)} />);
    const card = screen.getByRole('region', { name: 'Prep card' });
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(SEED_SUBJECTS.workshop);
    const clients = await within(card).findAllByRole('article');
    expect(clients.length).toBeGreaterThan(1);
    const reasons = within(card).getByRole('list', { name: 'Reasons' });
    expect(reasons).toHaveTextContent(/listed client/);
    expect(reasons).toHaveTextContent('Sam (agency contractor) — no email address, so not matched');
    expect(reasons).not.toHaveTextContent(/Boardroom/i);
  });

  it('says why the vendor call is not a client meeting', async () => {
    renderWith(<PrepCardView meeting={meeting(SEED_SUBJECTS.vendorCall)} />);
    expect(await screen.findByText('No internal clients')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Reasons' })).toHaveTextContent(
      'Everyone else is outside the organisation.',
    );
  });

  it('works from the attendees alone for a meeting not saved yet, and says so', async () => {
    const { itemId: _saved, ...unsaved } = meeting(SEED_SUBJECTS.clientOneToOne);
    renderWith(<PrepCardView meeting={unsaved} />);
    expect(await screen.findByText(/not saved yet/)).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'Priya Shah' })).toBeInTheDocument();
  });

  it('shows a clear message and a way to retry when Graph cannot be reached', async () => {
    const offline = createGraphClient({
      baseUrl: 'http://127.0.0.1:9/v1.0',
      getToken: () => Promise.resolve('t'),
    });
    renderWith(<PrepCardView meeting={meeting(SEED_SUBJECTS.clientOneToOne)} />, {
      ...h.session,
      graph: offline,
    });
    expect(await screen.findByText('The prep card could not load')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Prep card' })).toHaveTextContent(/could not be reached/);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The prep card could not load')).toBeInTheDocument();
  });
});

describe('the agenda', () => {
  it('lists the coming client meetings by day, and no stand-ups or all-hands', async () => {
    renderWith(<AgendaView />);
    const agenda = screen.getByRole('region', { name: 'Agenda' });
    const today = await within(agenda).findByRole('list', { name: 'Today' });
    expect(within(today).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(agenda).not.toHaveTextContent(SEED_SUBJECTS.standUp);
    expect(agenda).not.toHaveTextContent(SEED_SUBJECTS.allHands);
    expect(agenda).not.toHaveTextContent(SEED_SUBJECTS.cancelled);
  });
});

describe('meetings waiting for a value-add note', () => {
  it("lists last week's client meetings that ended without a note, and opens one to write it", async () => {
    const written: string[] = [];
    renderWith(<AgendaView onWriteNote={(m) => written.push(m.subject)} />);
    const waiting = await screen.findByRole('list', { name: 'Meetings without a note' });
    const items = within(waiting).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(waiting).not.toHaveTextContent(SEED_SUBJECTS.standUp);
    const [first] = items;
    if (first === undefined) throw new Error('No meeting waiting for a note.');
    await userEvent.click(within(first).getByRole('button', { name: /^Write the note for / }));
    expect(written).toHaveLength(1);
    expect(first).toHaveTextContent(written[0] ?? '');
  });
});

describe('the task pane', () => {
  it('takes keyboard focus back to its heading when the advisor goes back from a note to the agenda', async () => {
    const user = userEvent.setup();
    renderWith(<Taskpane />);
    await user.click(
      (await screen.findAllByRole('button', { name: /^Write the note for / }))[0] as HTMLElement,
    );
    await user.click(await screen.findByRole('button', { name: 'Back to the agenda' }));
    const heading = screen.getByRole('heading', { level: 1, name: 'Home Turf' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(await screen.findAllByRole('button', { name: /^Write the note for / })).not.toHaveLength(0);
  });
});
