/**
 * Team view at scale: 200 clients and 5,000 notes in the demo tenant's store, loaded through the
 * production loader over HTTP, computed, and rendered (server-side render of the same React tree,
 * as a stand-in for the browser's render work). Run on its own with `npx tsx scripts/bench/team-view.ts`.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToString } from 'react-dom/server';
import { DEMO_STORE_SITE } from '../../src/app/shared/config';
import { createDemoSignIn } from '../../src/auth/demo-sign-in';
import type { Session } from '../../src/features/session';
import { SessionProvider } from '../../src/features/session';
import { TeamParts } from '../../src/features/team-view/team-view';
import { loadTeamView } from '../../src/features/team-view/load-team-view';
import { createGraphClient } from '../../src/graph/create-graph-client';
import { getMe } from '../../src/graph/get-me';
import { getStoreSite } from '../../src/graph/store/get-store-site';
import type { Host } from '../../src/hosts/host';
import { startTenantServer } from '../../src/sandbox/server';
import { generateSeedTenant } from '../../src/sandbox/seed';

export type TeamViewBench = {
  clients: number;
  notes: number;
  loadMs: number;
  renderMs: number;
  requests: number;
};

const CLIENTS = 200;
const NOTES = 5_000;
const DEPARTMENTS = [
  'People & HR',
  'Marketing',
  'Operations',
  'Product',
  'Finance',
  'IT',
  'Customer Service',
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** A seeded tenant grown to 200 clients and 5,000 notes of the last year. */
function largeTenant(now: Date) {
  const spec = generateSeedTenant(now);
  const lists = spec.sites?.[0]?.lists ?? [];
  const clients = lists.find((l) => l.name === 'HomeTurfClients');
  const notes = lists.find((l) => l.name === 'HomeTurfNotes');
  if (clients === undefined || notes === undefined) throw new Error('The seed has no team store.');
  const owners = ['maya.chen', 'daniel.okafor', 'sofia.rossi', 'aisha.karimi'].map(
    (n) => `${n}@northwind.example`,
  );
  const extra = CLIENTS - clients.items.length;
  for (let i = 0; i < extra; i++) {
    clients.items.push({
      id: String(50_000 + i),
      fields: {
        Title: `Colleague ${i}`,
        ClientEmail: `colleague.${i}@northwind.example`,
        Department: DEPARTMENTS[i % DEPARTMENTS.length] ?? 'Operations',
        OwnerEmail: owners[i % owners.length] ?? owners[0] ?? '',
        Pressures: JSON.stringify(['Deliver the plan']),
        Priorities: JSON.stringify([{ text: 'Quarterly review', due: null }]),
        EvaluatedOn: JSON.stringify(['Engagement']),
        SharedKpis: '[]',
        Background: '',
      },
    });
  }
  for (let i = notes.items.length; i < NOTES; i++) {
    notes.items.push({
      id: String(100_000 + i),
      fields: {
        Title: `Check-in ${i}`,
        NoteId: `bench-${i}`,
        ClientEmail: `colleague.${i % extra}@northwind.example`,
        MeetingICalUId: '',
        MeetingDate: new Date(now.getTime() - (i % 360) * 86_400_000).toISOString(),
        AuthorEmail: owners[i % owners.length] ?? '',
        ValueOffered: JSON.stringify([{ kind: 'idea', text: 'An idea' }]),
        ArticlesBrought: '[]',
        FollowUps: JSON.stringify([{ text: 'Send the draft', due: null, owner: 'us', done: i % 3 === 0 }]),
        PrioritiesHeard: '[]',
        StoryLead: i % 97 === 0 ? 'A story' : '',
        Pulse: 1 + (i % 5),
      },
    });
  }
  return spec;
}

/** Load (HTTP, production loader) and render times of the team view at 200 clients / 5,000 notes. */
export async function benchTeamView(runs = 5): Promise<TeamViewBench> {
  const now = new Date();
  const tenant = await startTenantServer({
    port: 0,
    dataDir: null,
    now: () => now,
    tenant: largeTenant(now),
  });
  try {
    const graph = createGraphClient({ baseUrl: tenant.graphBaseUrl, getToken: createDemoSignIn(tenant.url) });
    const host: Host = {
      kind: 'browser',
      currentMeeting: () => null,
      onMeetingChange: () => () => undefined,
      theme: 'light',
      locale: 'en-GB',
      timeZone: 'Europe/London',
    };
    const session: Session = {
      graph,
      me: await getMe(graph),
      host,
      now: () => now,
      store: await getStoreSite(graph, DEMO_STORE_SITE),
      signOut: () => Promise.resolve(),
    };
    const loads: number[] = [];
    const renders: number[] = [];
    let view = await loadTeamView(session);
    const before = (await (await fetch(`${tenant.url}/demo/faults`)).json()) as {
      counters: { requests: number };
    };
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      view = await loadTeamView(session);
      loads.push(performance.now() - t);
      t = performance.now();
      renderToString(
        <FluentProvider theme={webLightTheme}>
          <SessionProvider session={session}>
            <TeamParts view={view} />
          </SessionProvider>
        </FluentProvider>,
      );
      renders.push(performance.now() - t);
    }
    const after = (await (await fetch(`${tenant.url}/demo/faults`)).json()) as {
      counters: { requests: number };
    };
    return {
      clients: view.data.clients.length,
      notes: view.data.notes.length,
      loadMs: median(loads),
      renderMs: median(renders),
      requests: (after.counters.requests - before.counters.requests) / runs,
    };
  } finally {
    await tenant.close();
  }
}

if (require.main === module) {
  void benchTeamView().then((r) => {
    console.log(
      `Team view: ${r.clients} clients, ${r.notes} notes — load ${r.loadMs.toFixed(0)} ms (${r.requests} HTTP requests), compute + render ${r.renderMs.toFixed(0)} ms`,
    );
  });
}
