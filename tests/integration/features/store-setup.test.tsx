/**
 * @jest-environment jest-fixed-jsdom
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createDemoSession } from '../../../src/app/shared/create-demo-session';
import { Taskpane } from '../../../src/app/taskpane/taskpane';
import type { Session } from '../../../src/features/session';
import { StoreSetup } from '../../../src/features/store-setup/store-setup';
import { checkStore } from '../../../src/graph/store/check-store';
import type { HostMeeting } from '../../../src/hosts/host';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import { FIXED_NOW, PEOPLE, testTenant } from '../sandbox/support';
import { host, renderInSession } from './support';

/** A team site with no lists: the team has never set Home Turf up. */
const EMPTY_SITE = {
  hostname: 'contoso.sharepoint.com',
  path: '/sites/new-team',
  displayName: 'New team',
  lists: [],
};

const open: TenantServer[] = [];

/** A tenant of its own per test (setting up changes it), and the session the pane starts with. */
async function startOnEmptySite(): Promise<{ tenant: TenantServer; session: Session }> {
  const tenant = await startTenantServer({
    port: 0,
    dataDir: null,
    now: () => FIXED_NOW,
    tenant: testTenant({ sites: [EMPTY_SITE] }),
  });
  open.push(tenant);
  const session = await createDemoSession(
    host,
    tenant.url,
    `?storeSite=${encodeURIComponent(`${EMPTY_SITE.hostname}:${EMPTY_SITE.path}`)}`,
  );
  return { tenant, session };
}

async function setFaults(tenant: TenantServer, settings: unknown): Promise<void> {
  const response = await fetch(`${tenant.url}/demo/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(settings),
  });
  if (!response.ok) throw new Error(`/demo/faults answered ${response.status}: ${await response.text()}`);
}

afterAll(() => Promise.all(open.map((tenant) => tenant.close())));

describe('setting up Home Turf for a team (browser host, demo tenant)', () => {
  it('finds at start-up that the team site has none of the lists', async () => {
    const { session } = await startOnEmptySite();
    expect(session.store?.displayName).toBe('New team');
    expect(session.storeMissing).toEqual(['clients', 'fileItems', 'notes', 'articles', 'campaigns']);
  });

  it('offers set-up at the top of the pane, creates the lists and says so', async () => {
    const { session } = await startOnEmptySite();
    renderInSession(<Taskpane />, session);
    expect(await screen.findByText('Home Turf is not set up for this team yet')).toBeInTheDocument();
    const lists = screen.getByRole('list', { name: 'Lists to create' });
    expect(
      within(lists)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'HomeTurfClients — internal clients',
      "HomeTurfFileItems — the work on each client's file",
      'HomeTurfNotes — value-add notes, one per meeting and client',
      "HomeTurfArticles — the team's library of things worth bringing",
      'HomeTurfCampaigns — marketing and change campaigns',
    ]);
    // The agenda works meanwhile.
    expect(await screen.findByText(/No meetings with internal clients/)).toBeInTheDocument();

    await userEvent.click(await screen.findByRole('button', { name: 'Set up Home Turf for this team' }));
    expect(await screen.findByText('Home Turf is set up for this team')).toBeInTheDocument();
    expect(screen.queryByText('Home Turf is not set up for this team yet')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Set up Home Turf for this team' })).not.toBeInTheDocument();
    // The agenda loads again, now with the store in place.
    expect(await screen.findByText(/No meetings with internal clients/)).toBeInTheDocument();
    expect(session.store).not.toBeNull();
    expect(await checkStore(session.graph, session.store!)).toEqual({
      missing: [],
      lists: session.store!.lists,
      columns: [],
    });
  });

  it("shows the team's records on the open card once set up, without reopening the pane", async () => {
    const { session } = await startOnEmptySite();
    // A new meeting with a client in HR, as Outlook hands it over before it is saved.
    const meeting: HostMeeting = {
      subject: 'Benefits campaign check-in',
      start: new Date(FIXED_NOW.getTime() + 3600_000),
      end: new Date(FIXED_NOW.getTime() + 5400_000),
      isAllDay: false,
      organizer: { name: 'Ana Lima', email: PEOPLE.ana },
      attendees: [{ name: 'Ben Ode', email: PEOPLE.ben, type: 'required', response: 'none' }],
    };
    renderInSession(<Taskpane />, { ...session, host: { ...host, currentMeeting: () => meeting } });
    expect(
      (await screen.findAllByText(/Home Turf is not set up for this team yet, so the team's records/)).length,
    ).toBeGreaterThan(0);

    await userEvent.click(await screen.findByRole('button', { name: 'Set up Home Turf for this team' }));
    expect(await screen.findByText('Home Turf is set up for this team')).toBeInTheDocument();
    // The card loads again (from this device first, then fresh) and reads the team's records.
    await waitFor(() => {
      expect(screen.getByRole('heading', { name: 'Their file' })).toBeInTheDocument();
      expect(screen.queryByText(/refreshing…/)).not.toBeInTheDocument();
    });
    expect(screen.queryAllByText(/not set up for this team yet, so the team's records/)).toEqual([]);
  });

  it('shows which list it is creating while it works', async () => {
    const { tenant, session } = await startOnEmptySite();
    await setFaults(tenant, { latencyMs: 40 });
    const onReady = jest.fn();
    renderInSession(<StoreSetup onReady={onReady} />, session);
    await userEvent.click(await screen.findByRole('button', { name: 'Set up Home Turf for this team' }));
    expect(await screen.findByText('Creating HomeTurfNotes… 3 of 5')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(await screen.findByText('Home Turf is set up for this team')).toBeInTheDocument();
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it('says which list failed, and trying again finishes the set-up', async () => {
    const { tenant, session } = await startOnEmptySite();
    await setFaults(tenant, {
      rules: [{ method: 'POST', path: '/lists', status: 503, retryAfter: 0, times: 4 }],
    });
    const onReady = jest.fn();
    renderInSession(<StoreSetup onReady={onReady} />, session);
    await userEvent.click(await screen.findByRole('button', { name: 'Set up Home Turf for this team' }));
    expect(await screen.findByText('Home Turf could not be set up')).toBeInTheDocument();
    expect(
      screen.getByText(/HomeTurfClients could not be created: Microsoft 365 is busy/),
    ).toBeInTheDocument();
    expect(onReady).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Home Turf is set up for this team')).toBeInTheDocument();
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it('offers nothing when the store is set up, or when that could not be checked', async () => {
    const { session } = await startOnEmptySite();
    const { storeMissing: _missing, ...unchecked } = session;
    const setUp = renderInSession(<StoreSetup onReady={jest.fn()} />, { ...session, storeMissing: [] });
    expect(screen.queryByText(/Home Turf/)).not.toBeInTheDocument();
    setUp.unmount();
    renderInSession(<StoreSetup onReady={jest.fn()} />, unchecked);
    expect(screen.queryByText(/Home Turf/)).not.toBeInTheDocument();
  });
});
