/**
 * Time to prep card against the demo tenant with injected latency: Home Turf's loader (one
 * `$batch`) next to the same requests sent one at a time, in the same run. Run on its own with
 * `npx tsx scripts/bench/card.ts`.
 */
import { createDemoSignIn } from '../../src/auth/demo-sign-in';
import { DEMO_STORE_SITE } from '../../src/app/shared/config';
import { dayKey } from '../../src/domain/agenda';
import { CAMPAIGN_WARNING_DAYS } from '../../src/domain/client-prep';
import { loadPrepCard } from '../../src/features/prep-card/load-prep-card';
import { planPrepRequests } from '../../src/features/prep-card/prep-plan';
import type { Session } from '../../src/features/session';
import type { BatchRequest } from '../../src/graph/batch';
import { READ_SCOPES, createGraphClient } from '../../src/graph/create-graph-client';
import { getCalendarView } from '../../src/graph/get-calendar-view';
import { eventRequest } from '../../src/graph/get-event';
import { getMe } from '../../src/graph/get-me';
import { teamMembersRequest } from '../../src/graph/get-team-members';
import { usersByEmailRequests } from '../../src/graph/get-users-by-email';
import { getStoreSite } from '../../src/graph/store/get-store-site';
import type { Host, HostMeeting } from '../../src/hosts/host';
import { startTenantServer } from '../../src/sandbox/server';
import { SEED_SUBJECTS } from '../../src/sandbox/seed';
import { compareMedians } from './stats';

export type CardBench = {
  latencyMs: number;
  runs: number;
  /** Median time to a loaded card with Home Turf's loader. */
  batchedMs: number;
  /** Median time for the same requests sent one after another. */
  sequentialMs: number;
  ratio: number;
  roundTrips: number;
  requests: number;
  clients: number;
};

const RUNS = 5;

/** Measures both ways of loading the flagship client meeting's card at one injected latency. */
export async function benchCard(latencyMs = 150): Promise<CardBench> {
  const now = new Date();
  const tenant = await startTenantServer({ port: 0, dataDir: null, now: () => now, faults: { latencyMs } });
  try {
    const getToken = createDemoSignIn(tenant.url);
    const graph = createGraphClient({ baseUrl: tenant.graphBaseUrl, getToken });
    const host: Host = {
      kind: 'browser',
      currentMeeting: () => null,
      onMeetingChange: () => () => undefined,
      theme: 'light',
      locale: 'en-GB',
      timeZone: 'Europe/London',
    };
    const [me, store] = await Promise.all([getMe(graph), getStoreSite(graph, DEMO_STORE_SITE)]);
    const session: Session = { graph, me, host, now: () => now, store, signOut: () => Promise.resolve() };
    const day = 86_400_000;
    const { meetings } = await getCalendarView(
      graph,
      new Date(now.getTime() - 7 * day),
      new Date(now.getTime() + 14 * day),
    );
    const meeting = meetings.find((m) => m.subject === SEED_SUBJECTS.clientOneToOne);
    if (meeting?.id === undefined) throw new Error('The seeded client 1:1 was not found.');
    const hostMeeting: HostMeeting = {
      itemId: meeting.id,
      subject: meeting.subject,
      start: meeting.start,
      end: meeting.end,
      organizer: meeting.organizer,
      attendees: meeting.attendees,
      isAllDay: meeting.isAllDay,
    };

    // The same requests the loader batches, each sent on its own, one after another.
    const emails = [meeting.organizer, ...meeting.attendees]
      .map((p) => p.email)
      .filter((e): e is string => e !== undefined && e !== me.email);
    const requests: BatchRequest[] = [
      eventRequest(meeting.id),
      ...(me.department === undefined ? [] : [teamMembersRequest(me.department)]),
      ...usersByEmailRequests(emails),
      ...planPrepRequests({
        site: store,
        emails,
        meetingStart: meeting.start,
        today: dayKey(now, host.timeZone),
        meetingDay: dayKey(meeting.start, host.timeZone),
        campaignDays: CAMPAIGN_WARNING_DAYS,
      }),
    ];
    const token = await getToken(READ_SCOPES);
    const oneByOne = async () => {
      for (const request of requests) {
        const response = await fetch(`${tenant.graphBaseUrl}${request.url}`, {
          headers: { Authorization: `Bearer ${token}`, ...(request.headers ?? {}) },
        });
        if (!response.ok) throw new Error(`${request.url} answered ${response.status}`);
        await response.json();
      }
    };

    let card = await loadPrepCard(session, hostMeeting); // warm-up
    await oneByOne();
    const batched: number[] = [];
    const sequential: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      card = await loadPrepCard(session, hostMeeting);
      batched.push(performance.now() - t);
      t = performance.now();
      await oneByOne();
      sequential.push(performance.now() - t);
    }
    return {
      latencyMs,
      runs: RUNS,
      ...compareMedians(batched, sequential),
      roundTrips: card.roundTrips,
      requests: card.requests,
      clients: card.clients.length,
    };
  } finally {
    await tenant.close();
  }
}

/** One line per latency, as a table. */
export function formatCardBench(rows: readonly CardBench[]): string {
  const lines = [
    '| injected latency | one $batch (Home Turf) | one request at a time | faster by | round trips | requests |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.latencyMs} ms | ${r.batchedMs.toFixed(0)} ms | ${r.sequentialMs.toFixed(0)} ms | ${r.ratio.toFixed(1)}× | ${r.roundTrips} | ${r.requests} |`,
    ),
  ];
  return lines.join('\n');
}

if (require.main === module) {
  void (async () => {
    const rows: CardBench[] = [];
    for (const latency of [0, 150]) rows.push(await benchCard(latency));
    console.log(formatCardBench(rows));
  })();
}
