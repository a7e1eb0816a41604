import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import type { ReactElement } from 'react';
import { DEMO_STORE_SITE } from '../../../src/app/shared/config';
import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { resetLocalDb } from '../../../src/features/local-db';
import { SessionProvider, type Session } from '../../../src/features/session';
import { createGraphClient } from '../../../src/graph/create-graph-client';
import { getCalendarView } from '../../../src/graph/get-calendar-view';
import { getMe } from '../../../src/graph/get-me';
import { getStoreSite } from '../../../src/graph/store/get-store-site';
import type { Host, HostMeeting } from '../../../src/hosts/host';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';

/** The sections a client's part of the prep card shows, by heading. */
export const CARD_SECTIONS = [
  'Talking points',
  'Their priorities',
  'Their file',
  'Campaign early warning',
  'Recent activity',
  'Articles to bring',
];

/** A Monday morning in London, before every meeting of the seeded week. */
export const NOW = new Date('2026-11-24T08:00:00Z');

export const host: Host = {
  kind: 'browser',
  currentMeeting: () => null,
  onMeetingChange: () => () => undefined,
  theme: 'light',
  locale: 'en-GB',
  timeZone: 'Europe/London',
};

export type PaneHarness = {
  tenant: TenantServer;
  session: Session;
  /** The seeded meetings around NOW, as the host would hand them over. */
  week: HostMeeting[];
  meeting: (subject: string) => HostMeeting;
  renderWith: (ui: ReactElement, session?: Session) => ReturnType<typeof render>;
  /** Sets the demo tenant's fault rules and latency (`POST /demo/faults`). */
  faults: (settings: unknown) => Promise<void>;
  /** What the tenant counted since the last reset: HTTP requests, batch members, faults fired. */
  counters: () => Promise<{ requests: number; batchMembers: number; faultsFired: number }>;
  close: () => Promise<void>;
};

/**
 * Starts the seeded demo tenant and signs in as the seeded advisor, with the team store found.
 * Given a running tenant (another harness's), it uses that one and leaves closing it to its owner.
 */
export async function startPaneHarness(options: { tenant?: TenantServer } = {}): Promise<PaneHarness> {
  const tenant = options.tenant ?? (await startTenantServer({ port: 0, dataDir: null, now: () => NOW }));
  const graph = createGraphClient({ baseUrl: tenant.graphBaseUrl, getToken: createDemoSignIn(tenant.url) });
  const session: Session = {
    graph,
    me: await getMe(graph),
    host,
    now: () => NOW,
    store: await getStoreSite(graph, DEMO_STORE_SITE),
    signOut: () => Promise.resolve(),
  };
  const day = 24 * 3600 * 1000;
  const view = await getCalendarView(
    graph,
    new Date(NOW.getTime() - 8 * day),
    new Date(NOW.getTime() + 14 * day),
  );
  const week = view.meetings.map((m): HostMeeting => ({
    ...(m.id === undefined ? {} : { itemId: m.id }),
    subject: m.subject,
    start: m.start,
    end: m.end,
    isAllDay: m.isAllDay,
    organizer: m.organizer,
    attendees: m.attendees,
  }));
  const demo = async (method: string, body?: unknown) => {
    const response = await fetch(`${tenant.url}/demo/faults`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`/demo/faults answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as unknown;
  };
  return {
    tenant,
    session,
    week,
    meeting: (subject) => {
      const found = week.find((m) => m.subject === subject);
      if (found === undefined) throw new Error(`No meeting "${subject}" in the seeded week.`);
      return found;
    },
    renderWith: (ui, with_ = session) =>
      render(
        <FluentProvider theme={webLightTheme}>
          <SessionProvider session={with_}>{ui}</SessionProvider>
        </FluentProvider>,
      ),
    faults: async (settings) => {
      await demo('DELETE');
      await demo('POST', settings);
    },
    counters: async () => {
      const state = (await demo('GET')) as {
        counters: { requests: number; batchMembers: number; faultsFired: number };
      };
      return state.counters;
    },
    close: () => (options.tenant === undefined ? tenant.close() : Promise.resolve()),
  };
}

/** Renders `ui` as a surface does: Fluent theme and the given session around it. */
export function renderInSession(ui: ReactElement, session: Session): ReturnType<typeof render> {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SessionProvider session={session}>{ui}</SessionProvider>
    </FluentProvider>,
  );
}

/** A device that has kept nothing yet: an empty IndexedDB, with Home Turf's connection to it let go. */
export function freshDevice(): void {
  globalThis.indexedDB = new IDBFactory();
  resetLocalDb();
}
