/**
 * @jest-environment jest-fixed-jsdom
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadPrepCard } from '../../../src/features/prep-card/load-prep-card';
import { PrepCardView } from '../../../src/features/prep-card/prep-card-view';
import { SEED_CLIENT_WITHOUT_PROFILE, SEED_SUBJECTS, STORE_LIST_IDS } from '../../../src/sandbox/seed';
import { CARD_SECTIONS, startPaneHarness, type PaneHarness } from './support';

let h: PaneHarness;

beforeAll(async () => {
  h = await startPaneHarness();
});
afterAll(() => h.close());
beforeEach(() => h.faults({}));

const SECTIONS = CARD_SECTIONS;

describe('loading the prep card', () => {
  it('takes one Graph round trip of at most 20 requests, at most 4 of them against the mailbox', async () => {
    const before = await h.counters();
    const card = await loadPrepCard(h.session, h.meeting(SEED_SUBJECTS.clientOneToOne));
    const after = await h.counters();
    expect(after.requests - before.requests).toBe(1);
    expect(card.roundTrips).toBe(1);
    expect(card.requests).toBe(after.batchMembers - before.batchMembers);
    expect(card.requests).toBeLessThanOrEqual(20);
    expect(card.mailboxRequests).toBeGreaterThan(0);
    expect(card.mailboxRequests).toBeLessThanOrEqual(4);
    expect(card.unavailable).toEqual({});
    const [priya] = card.clients;
    expect(priya?.prep.profile?.pressures.length).toBeGreaterThan(0);
    expect(priya?.prep.file.length).toBeGreaterThan(0);
    expect(priya?.prep.activity.length).toBeGreaterThan(0);
    expect(card.articles.length).toBeGreaterThanOrEqual(60);
  });

  it('sends a member Graph throttled inside the batch again, after its Retry-After, and loses nothing', async () => {
    await h.faults({
      rules: [{ path: `/lists/${STORE_LIST_IDS.fileItems}/`, status: 429, retryAfter: 0.25, times: 1 }],
    });
    const started = Date.now();
    const card = await loadPrepCard(h.session, h.meeting(SEED_SUBJECTS.clientOneToOne));
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(await h.counters()).toMatchObject({ faultsFired: 1, requests: 2 });
    expect(card.unavailable).toEqual({});
    expect(card.clients[0]?.prep.file.length).toBeGreaterThan(0);
  });

  it('degrades only the section whose member failed, and says why', async () => {
    await h.faults({ rules: [{ path: 'me/messages', status: 503, retryAfter: 0.01, times: 10 }] });
    h.renderWith(<PrepCardView meeting={h.meeting(SEED_SUBJECTS.clientOneToOne)} />);
    const activity = await screen.findByRole('region', { name: 'Recent activity' });
    expect(within(activity).getByText(/Recent mail could not be loaded/)).toBeInTheDocument();
    const file = screen.getByRole('region', { name: 'Their file' });
    expect(within(file).getByRole('list', { name: 'Open work' })).toBeInTheDocument();
  });
});

describe('hostile meeting bodies', () => {
  const HOSTILE = [
    '<p>Agenda</p><script>window.__ran = "script"</script>',
    '<img src="x" onerror="window.__ran = \'onerror\'">',
    '<a href="javascript:window.__ran = \'link\'">Open the brief</a>',
    '<svg><script>window.__ran = "svg"</script></svg><div onclick="window.__ran = \'click\'">Click</div>',
  ].join('');

  it.each([
    ['script, handlers and javascript: links', HOSTILE],
    ['a 1 MB body', `<p>${'Long agenda line. '.repeat(60_000)}</p>${HOSTILE}`],
  ])('renders %s as inert text, and the rest of the card still shows', async (_, content) => {
    const base = h.meeting(SEED_SUBJECTS.clientOneToOne);
    const created = (await h.session.graph.client.api('/me/events').post({
      subject: `Hostile ${content.length}`,
      start: { dateTime: base.start.toISOString().replace('Z', ''), timeZone: 'UTC' },
      end: { dateTime: base.end.toISOString().replace('Z', ''), timeZone: 'UTC' },
      attendees: base.attendees.map((a) => ({
        emailAddress: { address: a.email, name: a.name },
        type: 'required',
      })),
      body: { contentType: 'html', content },
    })) as { id: string };
    const meeting = { ...base, itemId: created.id, subject: `Hostile ${content.length}` };
    const { container } = h.renderWith(<PrepCardView meeting={meeting} />);
    const agenda = await screen.findByRole('region', { name: 'Meeting agenda' });
    expect(await screen.findByRole('article', { name: /Priya/ })).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onerror],[onclick]')).toBeNull();
    for (const link of within(agenda).queryAllByRole('link')) {
      expect(link.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    }
    expect((window as { __ran?: string }).__ran).toBeUndefined();
  });
});

describe('the card an advisor reads', () => {
  it('shows every section for the client, with the stale file item standing out', async () => {
    h.renderWith(<PrepCardView meeting={h.meeting(SEED_SUBJECTS.clientOneToOne)} />);
    const card = await screen.findByRole('article', { name: /Priya/ });
    for (const name of SECTIONS) expect(within(card).getByRole('heading', { name })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Agenda' })).toBeInTheDocument();
    const work = within(card).getByRole('list', { name: 'Open work' });
    expect(within(work).getAllByText(/No update for \d+ days/).length).toBeGreaterThan(0);
    const points = within(card).getByRole('list', { name: 'Talking points with Priya' });
    expect(within(points).getAllByRole('checkbox').length).toBeGreaterThan(2);
    expect(
      within(points).getAllByText(/Update Priya on .* — last update \d+ days ago/).length,
    ).toBeGreaterThan(0);
    const campaigns = within(card).getByRole('list', { name: 'Campaigns going live' });
    expect(within(campaigns).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('ranks articles with the words that matched, never one already shared, and remembers "bring it"', async () => {
    const first = await loadPrepCard(h.session, h.meeting(SEED_SUBJECTS.clientOneToOne));
    const shared = first.clients[0]?.prep.sharedArticleIds ?? new Set<string>();
    expect(shared.size).toBeGreaterThan(0);
    const sharedTitles = first.articles.filter((a) => shared.has(a.id)).map((a) => a.title);

    const view = h.renderWith(<PrepCardView meeting={h.meeting(SEED_SUBJECTS.clientOneToOne)} />);
    const list = await screen.findByRole('list', { name: 'Articles for Priya' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const title of sharedTitles) expect(within(list).queryByText(title)).toBeNull();
    expect(within(list).getAllByText(/matches/).length).toBeGreaterThan(0);
    const bring = within(items[0] as HTMLElement).getByRole('button', { name: /^Bring "/ });
    await userEvent.click(bring);
    expect(bring).toHaveAttribute('aria-pressed', 'true');
    view.unmount();

    h.renderWith(<PrepCardView meeting={h.meeting(SEED_SUBJECTS.clientOneToOne)} />);
    const again = await screen.findByRole('list', { name: 'Articles for Priya' });
    await waitFor(() => {
      expect(
        within(again).getByRole('button', { name: bring.getAttribute('aria-label') ?? '' }),
      ).toHaveAttribute('aria-pressed', 'true');
    });
  });

  it('asks for the priorities of a client with no profile yet', async () => {
    const withOwen = h.week.find((m) => m.attendees.some((a) => a.email === SEED_CLIENT_WITHOUT_PROFILE));
    if (withOwen === undefined) throw new Error('No seeded meeting with the client who has no profile.');
    h.renderWith(<PrepCardView meeting={withOwen} />);
    const priorities = await screen.findAllByRole('region', { name: 'Their priorities' });
    expect(priorities.some((p) => within(p).queryByText(/add their priorities/) !== null)).toBe(true);
  });

  it('renders from this device at once the next time, then refreshes', async () => {
    const meeting = h.meeting(SEED_SUBJECTS.clientOneToOne);
    const view = h.renderWith(<PrepCardView meeting={meeting} />);
    await screen.findByRole('article', { name: /Priya/ });
    await waitFor(async () => {
      // The card is saved after it renders; wait until a reload can find it.
      const { readCachedCard } = await import('../../../src/features/local-db');
      const { cardKey } = await import('../../../src/features/prep-card/use-prep-card');
      expect(
        await readCachedCard(cardKey(h.session.me.email, meeting), h.session.now().getTime()),
      ).toBeDefined();
    });
    view.unmount();

    await h.faults({ latencyMs: 1500 });
    h.renderWith(<PrepCardView meeting={meeting} />);
    // The saved card shows while the refresh is still held by the injected latency: the notice
    // goes away once the refresh lands, so finding it at all proves the card came from this device.
    expect(await screen.findByText(/Showing the card saved at/)).toBeInTheDocument();
    expect(screen.getByRole('article', { name: /Priya/ })).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.queryByText(/Showing the card saved at/)).toBeNull();
    });
  });

  it('books 15 minutes of prep time before the meeting, once', async () => {
    const meeting = h.meeting(SEED_SUBJECTS.clientOneToOne);
    const view = h.renderWith(<PrepCardView meeting={meeting} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Book 15 min to prepare' }));
    expect(await screen.findByText(/Prep time booked/)).toBeInTheDocument();
    view.unmount();
    h.renderWith(<PrepCardView meeting={meeting} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Book 15 min to prepare' }));
    expect(await screen.findByText('Prep time is already in your calendar.')).toBeInTheDocument();
  });
});
