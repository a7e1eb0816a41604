import { IDBFactory } from 'fake-indexeddb';
import { DEMO_STORE_SITE } from '../../../src/app/shared/config';
import { resetLocalDb } from '../../../src/features/local-db';
import { createOutbox, type OutboxOp } from '../../../src/features/outbox/outbox';
import { bookPrepTime } from '../../../src/features/prep-card/book-prep-time';
import { loadTeamView } from '../../../src/features/team-view/load-team-view';
import type { Session } from '../../../src/features/session';
import { bodyOf, sendBatch } from '../../../src/graph/batch';
import { getCalendarView } from '../../../src/graph/get-calendar-view';
import { getMe } from '../../../src/graph/get-me';
import { mailWithRequest } from '../../../src/graph/get-mail-with';
import { describeGraphError } from '../../../src/graph/graph-errors';
import { loadOrgContext } from '../../../src/graph/load-org-context';
import type { Scope } from '../../../src/graph/scopes';
import { getStoreSite } from '../../../src/graph/store/get-store-site';
import { provisionStore } from '../../../src/graph/store/provision-store';
import { EMPTY_TEAM_SITE_PATH, TEAM_SITE_HOSTNAME } from '../../../src/sandbox/seed';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import { attendee, buildMeeting, participant } from '../../builders/meeting-builders';
import { graphWith, README_SCOPES, without } from './scoped-graph';
import { host, NOW } from './support';

/**
 * For each permission the README lists, a sign-in without it gives the user a clear message in the
 * feature that needs it (the permission by name, and that an admin must grant it); with exactly the
 * README's permissions the same features work. The write permissions are asked for by the feature
 * that writes: saving a note, a follow-up in To Do, booking prep time, setting a team up.
 */

let tenant: TenantServer;
beforeAll(async () => {
  tenant = await startTenantServer({ port: 0, dataDir: null, now: () => NOW });
});
afterAll(() => tenant.close());

/** A session for `scopes`; me and the store are read with every permission, as a signed-in session already has them. */
async function sessionWith(scopes: readonly string[]): Promise<Session> {
  const everything = graphWith(tenant, README_SCOPES);
  return {
    graph: graphWith(tenant, scopes),
    me: await getMe(everything),
    host,
    now: () => NOW,
    store: await getStoreSite(everything, DEMO_STORE_SITE),
    signOut: () => Promise.resolve(),
  };
}

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
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
  // The prep card's "Book prep time", as its button words a failure.
  'Calendars.ReadWrite': async (session) => {
    const meeting = buildMeeting({
      subject: 'Permissions check',
      start: new Date(NOW.getTime() + 2 * DAY - 2 * HOUR),
    });
    return bookPrepTime(session, meeting).then(
      (booking) => (booking.kind === 'booked' ? '' : `wrong results: ${booking.kind}`),
      (error: unknown) => describeGraphError(error, 'Calendars.ReadWrite'),
    );
  },
  // Saving a value-add note: the outbox keeps it on the device and says why the store refused it.
  'Sites.ReadWrite.All': (session) => {
    const noteId = `n-${crypto.randomUUID()}`;
    return sentThroughOutbox(session, {
      kind: 'create-item',
      list: 'notes',
      fields: {
        Title: 'Permissions check',
        NoteId: noteId,
        ClientEmail: PRIYA,
        AuthorEmail: session.me.email,
      },
      uniqueColumn: 'NoteId',
      uniqueValue: noteId,
    });
  },
  // A follow-up we owe, ticked for Microsoft To Do.
  'Tasks.ReadWrite': (session) =>
    sentThroughOutbox(session, {
      kind: 'todo-task',
      title: `Permissions check ${crypto.randomUUID()}`,
      due: null,
      body: '',
    }),
  // "Set up Home Turf for this team" on the seeded team site that has no store yet.
  'Sites.Manage.All': async (session) => {
    const site = await getStoreSite(session.graph, `${TEAM_SITE_HOSTNAME}:${EMPTY_TEAM_SITE_PATH}`);
    return provisionStore(session.graph, site).then(
      () => '',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
  },
};

/** Sends one write through the outbox on a fresh device: '' once sent, else the words it keeps with it. */
async function sentThroughOutbox(session: Session, op: OutboxOp): Promise<string> {
  globalThis.indexedDB = new IDBFactory();
  resetLocalDb();
  const outbox = createOutbox({
    graph: session.graph,
    site: session.store,
    user: { id: session.me.id, email: session.me.email },
    timeZone: 'Europe/London',
    now: () => NOW.getTime(),
    intervalMs: 3_600_000,
  });
  try {
    await outbox.enqueue('permissions-check', 'Permissions check', [op]);
    await outbox.flush();
    const [left] = outbox.entries();
    if (left === undefined) return '';
    return left.state === 'failed' ? (left.lastError ?? 'failed without a reason') : `still ${left.state}`;
  } finally {
    outbox.dispose();
  }
}

describe('each permission the README lists', () => {
  it('each has the feature that needs it', () => {
    expect(Object.keys(FEATURES).sort()).toEqual([...README_SCOPES].sort());
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
