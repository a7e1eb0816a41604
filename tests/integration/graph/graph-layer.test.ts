import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { classifyMeeting } from '../../../src/domain/classify-meeting';
import { sendBatch } from '../../../src/graph/batch';
import { createGraphClient, type GraphClient } from '../../../src/graph/create-graph-client';
import { createEvent } from '../../../src/graph/create-event';
import { getCalendarView } from '../../../src/graph/get-calendar-view';
import { getMe } from '../../../src/graph/get-me';
import { eventRequest, readEvent } from '../../../src/graph/get-event';
import { readUsers, usersByEmailRequests } from '../../../src/graph/get-users-by-email';
import { loadOrgContext } from '../../../src/graph/load-org-context';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import { COMMS_TEAM_UPNS, DEMO_USER_UPN, SEED_SUBJECTS } from '../../../src/sandbox/seed';

// A fixed Tuesday morning in London: the seed is generated around it.
const NOW = new Date('2026-11-24T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

let tenant: TenantServer;
let graph: GraphClient;

beforeAll(async () => {
  tenant = await startTenantServer({ port: 0, dataDir: null, now: () => NOW });
  graph = createGraphClient({ baseUrl: tenant.graphBaseUrl, getToken: createDemoSignIn(tenant.url) });
});

afterAll(() => tenant.close());

describe('the Graph layer against the demo tenant, over HTTP', () => {
  it('attaches the demo token to http://localhost (the SDK alone would not) and reads /me', async () => {
    const me = await getMe(graph);
    expect(me.userPrincipalName).toBe(DEMO_USER_UPN);
    expect(me.department).toBe('Communications');
    expect(me.jobTitle).toMatch(/Communications/);
  });

  it('gets 401 from the tenant when no token can be had', async () => {
    const anonymous = createGraphClient({
      baseUrl: tenant.graphBaseUrl,
      getToken: () => Promise.resolve(''),
    });
    await expect(getMe(anonymous)).rejects.toMatchObject({ statusCode: 401 });
  });

  it('walks every page of the calendar view, in start order, with recurring occurrences', async () => {
    const start = new Date(NOW.getTime() - 8 * DAY);
    const end = new Date(NOW.getTime() + 14 * DAY);
    const view = await getCalendarView(graph, start, end);
    expect(view.unreadable).toBe(0);
    expect(view.meetings.length).toBeGreaterThan(30);
    const ids = view.meetings.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const starts = view.meetings.map((m) => m.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(view.meetings.every((m) => m.end > start && m.start < end)).toBe(true);
    expect(view.meetings.some((m) => m.type === 'occurrence' && m.seriesMasterId !== undefined)).toBe(true);
    expect(view.meetings.some((m) => m.subject === SEED_SUBJECTS.allHands)).toBe(true);
  });

  it('looks people up by address in one batch, apostrophes and all', async () => {
    const requests = usersByEmailRequests(COMMS_TEAM_UPNS);
    expect(requests).toHaveLength(1);
    const results = await sendBatch(graph, requests);
    const result = results.get('users-0');
    expect(result?.ok).toBe(true);
    const people = result?.ok ? readUsers(result.body) : [];
    expect(people.map((p) => p.email).sort()).toEqual(
      [...COMMS_TEAM_UPNS].map((u) => u.toLowerCase()).sort(),
    );
  });

  it('reports a failed batch member on its own and keeps the others', async () => {
    const results = await sendBatch(graph, [
      eventRequest('does-not-exist', 'missing'),
      ...usersByEmailRequests([DEMO_USER_UPN]),
    ]);
    const missing = results.get('missing');
    expect(missing?.ok).toBe(false);
    expect(missing?.ok === false && missing.error.status).toBe(404);
    expect(results.get('users-0')?.ok).toBe(true);
  });

  it('keeps what a caller notes beside a batch member (its section) off the wire, which Graph refuses', async () => {
    const planned = { ...usersByEmailRequests([DEMO_USER_UPN])[0]!, section: 'profiles' };
    const results = await sendBatch(graph, [planned]);
    expect(results.get('users-0')?.ok).toBe(true);
  });

  it('classifies the week: client meetings, the all-hands, the stand-up and the vendor call', async () => {
    const me = await getMe(graph);
    const view = await getCalendarView(
      graph,
      new Date(NOW.getTime() - 8 * DAY),
      new Date(NOW.getTime() + 14 * DAY),
    );
    const context = await loadOrgContext(graph, me, view.meetings);
    expect(context.problems).toEqual([]);
    expect(context.roundTrips).toBe(1);
    const kinds = new Map(view.meetings.map((m) => [m.subject, classifyMeeting(m, context.org)]));
    expect(kinds.get(SEED_SUBJECTS.clientOneToOne)?.kind).toBe('client');
    expect(kinds.get(SEED_SUBJECTS.allHands)).toMatchObject({ kind: 'not-client', cause: 'all-hands' });
    expect(kinds.get(SEED_SUBJECTS.vendorCall)).toMatchObject({ kind: 'not-client', cause: 'external-only' });
    expect(kinds.get(SEED_SUBJECTS.cancelled)).toMatchObject({ kind: 'not-client', cause: 'cancelled' });
    expect(kinds.get(SEED_SUBJECTS.declined)).toMatchObject({ kind: 'not-client', cause: 'declined' });
    expect(kinds.get(SEED_SUBJECTS.focus)).toMatchObject({ kind: 'not-client', cause: 'personal-block' });
  });

  it('reads one event by id and creates a new one', async () => {
    const created = await createEvent(graph, {
      subject: 'Prep: HR comms sync',
      start: new Date(NOW.getTime() + 2 * DAY),
      end: new Date(NOW.getTime() + 2 * DAY + 15 * 60 * 1000),
    });
    expect(created.isOrganizer).toBe(true);
    const results = await sendBatch(graph, [eventRequest(created.id ?? '')]);
    const result = results.get('event');
    expect(result?.ok && readEvent(result.body).subject).toBe('Prep: HR comms sync');
    expect(result?.ok && readEvent(result.body).start.toISOString()).toBe(created.start.toISOString());
  });
});
