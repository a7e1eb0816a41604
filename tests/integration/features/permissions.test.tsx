import { DEMO_STORE_SITE } from '../../../src/app/shared/config';
import { loadTeamView } from '../../../src/features/team-view/load-team-view';
import type { Session } from '../../../src/features/session';
import { bodyOf, sendBatch } from '../../../src/graph/batch';
import { createGraphClient, type GraphClient } from '../../../src/graph/create-graph-client';
import { getCalendarView } from '../../../src/graph/get-calendar-view';
import { getMe } from '../../../src/graph/get-me';
import { mailWithRequest } from '../../../src/graph/get-mail-with';
import { describeGraphError } from '../../../src/graph/graph-errors';
import { loadOrgContext } from '../../../src/graph/load-org-context';
import { SCOPE_REASONS, type Scope } from '../../../src/graph/scopes';
import { getStoreSite } from '../../../src/graph/store/get-store-site';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import { attendee, buildMeeting, participant } from '../../builders/meeting-builders';
import { host, NOW } from './support';

/**
 * For each permission the README lists, a sign-in without it gives the user a clear message in the
 * feature that needs it (the permission by name, and that an admin must grant it); with exactly the
 * README's permissions the same features work.
 */

const README_SCOPES = Object.keys(SCOPE_REASONS) as Scope[];

/**
 * The README's permissions that Graph also accepts in place of another (its "higher privileged"
 * ones): a sign-in without a permission lacks these too, or the request would still be answered.
 */
const HIGHER: Partial<Record<Scope, readonly Scope[]>> = {
  'User.Read': ['User.Read.All'],
  'Calendars.Read': ['Calendars.ReadWrite'],
  'Sites.Read.All': ['Sites.ReadWrite.All', 'Sites.Manage.All'],
};

const without = (scope: Scope): Scope[] =>
  README_SCOPES.filter((s) => s !== scope && !(HIGHER[scope] ?? []).includes(s));

let tenant: TenantServer;
beforeAll(async () => {
  tenant = await startTenantServer({ port: 0, dataDir: null, now: () => NOW });
});
afterAll(() => tenant.close());

/** A Graph client whose tokens carry exactly `scopes` (the demo's `/demo/token`). */
function graphWith(scopes: readonly string[]): GraphClient {
  return createGraphClient({
    baseUrl: tenant.graphBaseUrl,
    getToken: async () => {
      const response = await fetch(`${tenant.url}/demo/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ scopes }),
      });
      return ((await response.json()) as { access_token: string }).access_token;
    },
  });
}

/** A session for `scopes`; me and the store are read with every permission, as a signed-in session already has them. */
async function sessionWith(scopes: readonly string[]): Promise<Session> {
  const everything = graphWith(README_SCOPES);
  return {
    graph: graphWith(scopes),
    me: await getMe(everything),
    host,
    now: () => NOW,
    store: await getStoreSite(everything, DEMO_STORE_SITE),
  };
}

const DAY = 24 * 3600 * 1000;
const PRIYA = 'priya.shah@northwind.example';

/** What the feature that needs each permission tells the user; '' when it works. */
const FEATURES: Record<string, (session: Session) => Promise<string>> = {
  'User.Read': async (session) =>
    getMe(session.graph).then(
      () => '',
      (error: unknown) => describeGraphError(error, 'User.Read'),
    ),
  'User.Read.All': async (session) => {
    const meeting = buildMeeting({
      organizer: participant(session.me),
      attendees: [attendee({ name: 'Priya Shah', email: PRIYA })],
    });
    const { problems, org: withPeople } = await loadOrgContext(session.graph, session.me, [meeting]);
    const priya = withPeople.directory.get(PRIYA);
    if (problems.length > 0) return problems.join(' ');
    return priya?.department === 'HR' && withPeople.commsTeam.size > 1 ? '' : 'wrong results';
  },
  'Calendars.Read': async (session) =>
    getCalendarView(session.graph, new Date(NOW.getTime() - DAY), new Date(NOW.getTime() + 7 * DAY)).then(
      () => '',
      (error: unknown) => describeGraphError(error, 'Calendars.Read'),
    ),
  'Calendars.Read.Shared': async (session) => {
    const view = await loadTeamView(session);
    return view.problems.filter((p) => p.includes('This week')).join(' ');
  },
  'Mail.Read': async (session) => {
    const results = await sendBatch(session.graph, [mailWithRequest([PRIYA])]);
    try {
      bodyOf(results, 'mail');
      return '';
    } catch (error) {
      return describeGraphError(error);
    }
  },
  'Sites.Read.All': async (session) =>
    loadTeamView(session).then(
      () => '',
      (error: unknown) => describeGraphError(error),
    ),
};

describe('each permission the README lists', () => {
  it('is listed with the feature that needs it', () => {
    for (const scope of Object.keys(FEATURES)) expect(README_SCOPES).toContain(scope);
  });

  it.each(Object.keys(FEATURES))(
    'without %s, its feature names it and says an admin must grant it',
    async (scope) => {
      const session = await sessionWith(without(scope as Scope));
      const message = await FEATURES[scope]?.(session);
      expect(message).toContain(`the ${scope} permission`);
      expect(message).toContain('An admin must consent');
    },
  );

  it.each(Object.keys(FEATURES))(
    "with exactly the README's permissions, %s's feature works",
    async (scope) => {
      const session = await sessionWith(README_SCOPES);
      expect(await FEATURES[scope]?.(session)).toBe('');
    },
  );
});
