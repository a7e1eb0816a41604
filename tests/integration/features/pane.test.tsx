/**
 * @jest-environment jest-fixed-jsdom
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { AgendaView } from '../../../src/features/agenda/agenda-view';
import { PrepCardView } from '../../../src/features/prep-card/prep-card-view';
import { SessionProvider, type Session } from '../../../src/features/session';
import { createGraphClient } from '../../../src/graph/create-graph-client';
import { getCalendarView } from '../../../src/graph/get-calendar-view';
import { getStoreSite } from '../../../src/graph/store/get-store-site';
import { DEMO_STORE_SITE } from '../../../src/app/shared/config';
import { getMe } from '../../../src/graph/get-me';
import type { Host, HostMeeting } from '../../../src/hosts/host';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import { SEED_SUBJECTS } from '../../../src/sandbox/seed';

const NOW = new Date('2026-11-24T08:00:00Z');
const host: Host = {
  kind: 'browser',
  currentMeeting: () => null,
  onMeetingChange: () => () => undefined,
  theme: 'light',
  locale: 'en-GB',
  timeZone: 'Europe/London',
};

let tenant: TenantServer;
let session: Session;
let week: HostMeeting[];

beforeAll(async () => {
  tenant = await startTenantServer({ port: 0, dataDir: null, now: () => NOW });
  const graph = createGraphClient({ baseUrl: tenant.graphBaseUrl, getToken: createDemoSignIn(tenant.url) });
  session = {
    graph,
    me: await getMe(graph),
    host,
    now: () => NOW,
    store: await getStoreSite(graph, DEMO_STORE_SITE),
  };
  const day = 24 * 3600 * 1000;
  const view = await getCalendarView(
    graph,
    new Date(NOW.getTime() - 8 * day),
    new Date(NOW.getTime() + 14 * day),
  );
  week = view.meetings.map((m) => ({
    ...(m.id === undefined ? {} : { itemId: m.id }),
    subject: m.subject,
    start: m.start,
    end: m.end,
    isAllDay: m.isAllDay,
    organizer: m.organizer,
    attendees: m.attendees,
  }));
});

afterAll(() => tenant.close());

function renderWith(ui: React.ReactElement, with_: Session = session) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SessionProvider session={with_}>{ui}</SessionProvider>
    </FluentProvider>,
  );
}

function meeting(subject: string): HostMeeting {
  const found = week.find((m) => m.subject === subject);
  if (found === undefined) throw new Error(`No meeting "${subject}" in the seeded week.`);
  return found;
}

describe('the prep card (browser host, demo tenant)', () => {
  it('names each internal client with job title and department, and says why', async () => {
    renderWith(<PrepCardView meeting={meeting(SEED_SUBJECTS.workshop)} />);
    const card = screen.getByRole('region', { name: 'Prep card' });
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(SEED_SUBJECTS.workshop);
    const clients = await within(card).findByRole('list', { name: 'Internal clients' });
    expect(within(clients).getAllByRole('listitem').length).toBeGreaterThan(1);
    const reasons = within(card).getByRole('list', { name: 'Reasons' });
    expect(reasons).toHaveTextContent(/colleague outside the comms team/);
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
    expect(await screen.findByRole('list', { name: 'Internal clients' })).toHaveTextContent('Priya Shah');
  });

  it('shows a clear message and a way to retry when Graph cannot be reached', async () => {
    const offline = createGraphClient({
      baseUrl: 'http://127.0.0.1:9/v1.0',
      getToken: () => Promise.resolve('t'),
    });
    renderWith(<PrepCardView meeting={meeting(SEED_SUBJECTS.clientOneToOne)} />, {
      ...session,
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
