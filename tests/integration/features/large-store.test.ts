import { listPath } from '../../../src/graph/store/store-lists';
import { DEMO_STORE_SITE } from '../../../src/app/shared/config';
import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { loadPrepCard } from '../../../src/features/prep-card/load-prep-card';
import type { Session } from '../../../src/features/session';
import { createGraphClient } from '../../../src/graph/create-graph-client';
import { getCalendarView } from '../../../src/graph/get-calendar-view';
import { getMe } from '../../../src/graph/get-me';
import { getStoreSite } from '../../../src/graph/store/get-store-site';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import { SEED_SUBJECTS, generateSeedTenant } from '../../../src/sandbox/seed';
import { host } from './support';

const NOW = new Date('2026-11-24T08:00:00Z');
const NOTES = 6_000;

let tenant: TenantServer;

afterAll(() => tenant.close());

it(`reads a client's notes from a Notes list of ${NOTES.toLocaleString('en-GB')} items within SharePoint's rules`, async () => {
  const spec = generateSeedTenant(NOW);
  const notes = spec.sites?.[0]?.lists.find((l) => l.name === 'HomeTurfNotes');
  if (notes === undefined) throw new Error('The seed has no Notes list.');
  const seeded = notes.items.length;
  for (let i = 0; i < NOTES; i++) {
    notes.items.push({
      id: String(100_000 + i),
      fields: {
        Title: `Check-in ${i}`,
        NoteId: `bulk-${i}`,
        ClientEmail: `colleague${i % 400}@northwind.example`,
        MeetingICalUId: '',
        MeetingDate: new Date(NOW.getTime() - (i % 300) * 86_400_000).toISOString(),
        AuthorEmail: 'daniel.okafor@northwind.example',
        ValueOffered: '[]',
        ArticlesBrought: '[]',
        FollowUps: '[]',
        PrioritiesHeard: '[]',
        StoryLead: '',
        Pulse: 3,
      },
    });
  }
  tenant = await startTenantServer({ port: 0, dataDir: null, now: () => NOW, tenant: spec });
  const graph = createGraphClient({ baseUrl: tenant.graphBaseUrl, getToken: createDemoSignIn(tenant.url) });
  const session: Session = {
    graph,
    me: await getMe(graph),
    host,
    now: () => NOW,
    store: await getStoreSite(graph, DEMO_STORE_SITE),
    signOut: () => Promise.resolve(),
  };

  // The list is past the threshold: a filter on a column that is not indexed is refused.
  const refused = await graph.client
    .api(`${listPath(session.store!, 'notes')}/items`)
    .query({ $expand: 'fields', $filter: "fields/Title eq 'Check-in 1'" })
    .get()
    .then(
      () => 'answered',
      (error: unknown) => (error as { statusCode?: number }).statusCode,
    );
  expect(refused).not.toBe('answered');

  const day = 86_400_000;
  const { meetings } = await getCalendarView(
    graph,
    new Date(NOW.getTime() - 7 * day),
    new Date(NOW.getTime() + 14 * day),
  );
  const meeting = meetings.find((m) => m.subject === SEED_SUBJECTS.clientOneToOne);
  if (meeting?.id === undefined) throw new Error('No seeded 1:1 with Priya.');
  const card = await loadPrepCard(session, { ...meeting, itemId: meeting.id });
  expect(card.unavailable).toEqual({});
  expect(card.roundTrips).toBe(1);
  expect(seeded + NOTES).toBeGreaterThan(5_000);
  expect(card.clients[0]?.prep.activity.some((a) => a.kind === 'meeting' && a.note !== undefined)).toBe(true);
});
