import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { createGraphClient, type GraphClient } from '../../../src/graph/create-graph-client';
import {
  calendarViewRequest,
  readCalendarPage,
  readCalendarPages,
} from '../../../src/graph/get-calendar-view';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import type { SpecEvent } from '../../../src/sandbox/tenant-spec';
import { FIXED_NOW, PEOPLE, testTenant } from '../sandbox/support';

/** 85 days of three client meetings a day before now: 255 in the 90 days, more than a page of 200. */
const TIMES = ['09:00', '11:00', '15:00'];
const busy: SpecEvent[] = TIMES.map((time, n) => ({
  subject: `Check-in ${n}`,
  start: { day: -86, time },
  durationMinutes: 30,
  attendees: [{ email: PEOPLE.ben }],
  recurrence: { pattern: 'daily', count: 85 },
}));

let server: TenantServer;
let graph: GraphClient;
const from = new Date(FIXED_NOW.getTime() - 90 * 86_400_000);

beforeAll(async () => {
  server = await startTenantServer({
    port: 0,
    dataDir: null,
    now: () => FIXED_NOW,
    tenant: { ...testTenant(), events: busy },
  });
  graph = createGraphClient({ baseUrl: server.graphBaseUrl, getToken: createDemoSignIn(server.url) });
});
afterAll(() => server.close());

async function get(url: string): Promise<unknown> {
  return graph.client.api(url).header('Prefer', 'outlook.timezone="UTC"').get();
}

describe('a calendar with more meetings in range than one page holds', () => {
  it('gives the newest 200 when read newest first (the prep card), not the oldest', async () => {
    const all = readCalendarPages(
      graph,
      await get(calendarViewRequest('all', from, FIXED_NOW, 1000).url),
      1000,
    );
    const starts = (await all).meetings.map((m) => m.start.getTime()).sort((a, b) => a - b);
    expect(starts).toHaveLength(255);
    const page = readCalendarPage(
      await get(calendarViewRequest('m', from, FIXED_NOW, 200, undefined, true).url),
    );
    const newest = page.meetings.map((m) => m.start.getTime()).sort((a, b) => a - b);
    expect(newest).toEqual(starts.slice(-200));
  });

  it('follows @odata.nextLink up to the cap, keeping the newest (the team view)', async () => {
    const first = await get(calendarViewRequest('m', from, FIXED_NOW, 50, undefined, true).url);
    const read = await readCalendarPages(graph, first, 120);
    expect(read.meetings).toHaveLength(120);
    const all = await readCalendarPages(
      graph,
      await get(calendarViewRequest('m', from, FIXED_NOW, 1000).url),
      1000,
    );
    const newest = all.meetings
      .map((m) => m.start.getTime())
      .sort((a, b) => b - a)
      .slice(0, 120);
    expect(read.meetings.map((m) => m.start.getTime()).sort((a, b) => b - a)).toEqual(newest);
  });
});
