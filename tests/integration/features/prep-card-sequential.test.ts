/**
 * @jest-environment jest-fixed-jsdom
 */
import { loadPrepCard, type PrepCard } from '../../../src/features/prep-card/load-prep-card';
import { SEED_SUBJECTS } from '../../../src/sandbox/seed';
import { startPaneHarness, type PaneHarness } from './support';

let h: PaneHarness;

beforeAll(async () => {
  h = await startPaneHarness();
});
afterAll(() => h.close());
beforeEach(() => h.faults({}));

/** What the card shows, without how it was fetched. */
function content(card: PrepCard): Omit<PrepCard, 'roundTrips' | 'loadedAt'> {
  const { roundTrips: _roundTrips, loadedAt: _loadedAt, ...rest } = card;
  return rest;
}

describe('the prep card loaded one request at a time (the benchmark comparison)', () => {
  it('sends the planned requests one after another, no $batch, and shows the same card', async () => {
    const meeting = h.meeting(SEED_SUBJECTS.clientOneToOne);
    const batched = await loadPrepCard(h.session, meeting);
    await h.faults({});
    const sequential = await loadPrepCard(h.session, meeting, { requests: 'sequential' });
    const counters = await h.counters();
    expect(counters.batchMembers).toBe(0);
    expect(counters.requests).toBe(batched.requests);
    expect(sequential.requests).toBe(batched.requests);
    expect(sequential.roundTrips).toBe(sequential.requests);
    expect(content(sequential)).toEqual(content(batched));
    expect(sequential.unavailable).toEqual({});
  });

  it('degrades only the section whose request failed, as the batch does', async () => {
    await h.faults({ rules: [{ path: 'me/messages', status: 503, retryAfter: 0.01, times: 10 }] });
    const card = await loadPrepCard(h.session, h.meeting(SEED_SUBJECTS.clientOneToOne), {
      requests: 'sequential',
    });
    expect(Object.keys(card.unavailable)).toEqual(['mail']);
    expect(card.clients[0]?.prep.profile).not.toBeNull();
  });
});
