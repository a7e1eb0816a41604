import {
  COMMS_TEAM_UPNS,
  DEMO_DOMAIN,
  DEMO_USER_UPN,
  DOUBLE_BOOKED_CLIENT,
  generateSeedTenant,
  SEED_SUBJECTS,
  STORE_LISTS,
} from '../../../src/sandbox/seed';
import { resolveTenant } from '../../../src/sandbox/resolve-tenant';
import { parseTenantSpec, TenantSpecError, type TenantSpec } from '../../../src/sandbox/tenant-spec';
import {
  FIXED_NOW,
  signIn,
  startHarness,
  type EventJson,
  type GraphErrorBody,
  type Harness,
  type Page,
} from './support';

/** GET /users/{id | UPN}/calendarView: the comms team's calendars, shared with each other. */

const SOFIA = `sofia.rossi@${DEMO_DOMAIN}`;
const LIAM = `liam.o'brien@${DEMO_DOMAIN}`;
const PRIYA = `priya.shah@${DEMO_DOMAIN}`;
const TEAMMATES = COMMS_TEAM_UPNS.filter((upn) => upn !== DEMO_USER_UPN);
/** FIXED_NOW is Wednesday 25 November 2026: this week is Monday 23rd to Sunday 29th, last week the one before. */
const THIS_WEEK = { start: '2026-11-23T00:00:00Z', end: '2026-11-30T00:00:00Z' };
const LAST_WEEK = { start: '2026-11-16T00:00:00Z', end: '2026-11-23T00:00:00Z' };
const ACCESS_DENIED = 'Access is denied. Check credentials and try again.';

type BatchResponse = {
  responses: Array<{ id: string; status: number; headers: Record<string, string>; body: unknown }>;
};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.server.close());

const windowQuery = (week: { start: string; end: string }, extra = '') =>
  `startDateTime=${week.start}&endDateTime=${week.end}${extra}`;

/** Every instance of `who`'s calendar in `week` (`me` for the caller's own), following nextLinks. */
async function calendarOf(who: string, week = THIS_WEEK, token = harness.token): Promise<EventJson[]> {
  const base = who === 'me' ? '/me' : `/users/${encodeURIComponent(who)}`;
  const events: EventJson[] = [];
  let url: string | undefined =
    `${harness.server.graphBaseUrl}${base}/calendarView?${windowQuery(week, '&$top=50')}`;
  while (url !== undefined) {
    const response: Response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const page = (await response.json()) as Page<EventJson>;
    events.push(...page.value);
    url = page['@odata.nextLink'];
  }
  return events;
}

const addresses = (event: EventJson): string[] =>
  [event.organizer.emailAddress.address, ...event.attendees.map((a) => a.emailAddress.address)]
    .filter((a): a is string => a !== undefined)
    .map((a) => a.toLowerCase());

const seed = generateSeedTenant(FIXED_NOW);
const clientsList = seed.sites?.[0]?.lists.find((l) => l.name === STORE_LISTS.clients);
/** Client address → the advisor who owns the relationship (HomeTurfClients.OwnerEmail). */
const ownerOf = new Map(
  (clientsList?.items ?? []).map((item) => [
    String(item.fields['ClientEmail']),
    String(item.fields['OwnerEmail']),
  ]),
);

describe('GET /users/{id | userPrincipalName}/calendarView', () => {
  it("shows a teammate's calendar as theirs: their meetings, their responses, Graph's context", async () => {
    const { status, body } = await harness.graphJson<Page<EventJson>>(
      `/users/${SOFIA}/calendarView?${windowQuery(THIS_WEEK, '&$top=100')}`,
    );
    expect(status).toBe(200);
    expect(body['@odata.context']).toBe(
      `${harness.server.graphBaseUrl}/$metadata#users('sofia.rossi%40${DEMO_DOMAIN}')/calendarView`,
    );
    const enquiry = body.value.find((e) => e.subject === 'Media enquiry: hybrid working policy');
    expect(enquiry).toMatchObject({
      isOrganizer: true,
      responseStatus: { response: 'organizer' },
      organizer: { emailAddress: { name: 'Sofia Rossi', address: SOFIA } },
      start: { dateTime: '2026-11-24T14:30:00.0000000', timeZone: 'UTC' },
    });
    expect(addresses(enquiry!)).toEqual([SOFIA, PRIYA]);
    // The workshop Maya organises and Sofia attends is in Sofia's calendar as an invitation.
    const workshop = body.value.find((e) => e.subject === SEED_SUBJECTS.workshop);
    expect(workshop).toMatchObject({ isOrganizer: false });
    expect(workshop?.responseStatus.response).not.toBe('organizer');
  });

  it('finds the user by id as well as by address, in any case, and the caller by their own address', async () => {
    const { body: sofia } = await harness.graphJson<{ id: string }>(`/users/${SOFIA}`);
    const byUpn = await calendarOf(SOFIA);
    expect((await calendarOf(sofia.id)).map((e) => e.id)).toEqual(byUpn.map((e) => e.id));
    expect((await calendarOf(SOFIA.toUpperCase())).map((e) => e.id)).toEqual(byUpn.map((e) => e.id));
    expect((await calendarOf(DEMO_USER_UPN)).map((e) => e.id)).toEqual(
      (await calendarOf('me')).map((e) => e.id),
    );
  });

  it('pages with $top and $skip nextLinks on the same path, keeping $select and Prefer', async () => {
    const first = await harness.graphJson<Page<EventJson>>(
      `/users/${encodeURIComponent(LIAM)}/calendarView?${windowQuery(THIS_WEEK, '&$top=3&$select=subject,start')}`,
      { headers: { Prefer: 'outlook.timezone="Europe/London"' } },
    );
    expect(first.status).toBe(200);
    expect(first.headers.get('preference-applied')).toBe('outlook.timezone="Europe/London"');
    expect(first.body['@odata.context']).toContain(
      "users('liam.o''brien%40northwind.example')/calendarView(subject,start)",
    );
    expect(first.body.value).toHaveLength(3);
    expect(Object.keys(first.body.value[0] ?? {}).sort()).toEqual(['@odata.etag', 'id', 'start', 'subject']);
    expect(first.body.value[0]?.start.timeZone).toBe('Europe/London');
    const next = first.body['@odata.nextLink'];
    expect(next).toContain(
      `${harness.server.graphBaseUrl}/users/liam.o'brien%40northwind.example/calendarView?`,
    );
    expect(next).toContain('$skip=3');
    const response = await fetch(next ?? '', {
      headers: { Authorization: `Bearer ${harness.token}`, Prefer: 'outlook.timezone="Europe/London"' },
    });
    const second = (await response.json()) as Page<EventJson>;
    const all = await calendarOf(LIAM);
    expect(second.value.map((e) => e.id)).toEqual(all.slice(3, 6).map((e) => e.id));
  });

  it('validates the window as /me/calendarView does', async () => {
    const { status, body } = await harness.graphJson<GraphErrorBody>(`/users/${SOFIA}/calendarView`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('ErrorInvalidParameter');
  });

  it("shows only free/busy times of a calendar outside the team, Exchange's organisation default", async () => {
    const events = await calendarOf(PRIYA);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(Object.keys(event).sort()).toEqual(['end', 'showAs', 'start']);
    // Sharing is within the team both ways: Priya sees only Maya's free/busy times too.
    const priyaToken = await signIn(harness.server, PRIYA);
    const mayas = await calendarOf(DEMO_USER_UPN, THIS_WEEK, priyaToken);
    expect(mayas.length).toBeGreaterThan(0);
    expect(mayas.every((e) => !('subject' in e) && !('attendees' in e))).toBe(true);
  });

  it.each([
    ['none', 403, []],
    ['freeBusy', 200, ['end', 'showAs', 'start']],
    ['limited', 200, ['end', 'location', 'showAs', 'start', 'subject']],
  ] as const)(
    "shares at the level the tenant file gives: '%s' → %i, with %j",
    async (level, status, properties) => {
      const spec = generateSeedTenant(FIXED_NOW);
      const tenant = {
        ...spec,
        users: spec.users.map((u) =>
          u.mail === PRIYA ? { ...u, calendarSharing: { people: { [DEMO_USER_UPN]: level } } } : u,
        ),
      };
      const other = await startHarness({ tenant });
      try {
        const {
          status: answered,
          body,
          headers,
        } = await other.graphJson<Page<EventJson> & GraphErrorBody>(
          `/users/${PRIYA}/calendarView?${windowQuery(THIS_WEEK, '&$top=100')}`,
          { headers: { 'client-request-id': 'teammates-403' } },
        );
        expect(answered).toBe(status);
        if (status === 403) {
          expect(body.error).toMatchObject({
            code: 'ErrorAccessDenied',
            message: ACCESS_DENIED,
            innerError: { 'request-id': headers.get('request-id'), 'client-request-id': 'teammates-403' },
          });
        } else {
          expect(body.value.length).toBeGreaterThan(0);
          for (const event of body.value) expect(Object.keys(event).sort()).toEqual(properties);
        }
      } finally {
        await other.server.close();
      }
    },
  );

  it('is 404 ErrorInvalidUser for someone not in the directory, and refuses other methods and paths', async () => {
    const unknown = await harness.graphJson<GraphErrorBody>(
      `/users/nobody@${DEMO_DOMAIN}/calendarView?${windowQuery(THIS_WEEK)}`,
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({
      code: 'ErrorInvalidUser',
      message: `The requested user 'nobody@${DEMO_DOMAIN}' is invalid.`,
    });
    expect((await harness.graph(`/users/${SOFIA}/calendarView`, { method: 'POST' })).status).toBe(405);
    expect((await harness.graph(`/users/${SOFIA}/mailFolders`)).status).toBe(400);
  });
});

describe('teammates’ calendars in $batch', () => {
  it("reads the whole team's week in one batch, and an outsider's at free/busy only", async () => {
    const members = [...TEAMMATES, PRIYA].map((upn, i) => ({
      id: `cal-${i}`,
      method: 'GET',
      url: `/users/${encodeURIComponent(upn)}/calendarView?${windowQuery(THIS_WEEK, '&$top=200')}`,
      headers: { Prefer: 'outlook.timezone="UTC"' },
    }));
    const response = await fetch(`${harness.server.graphBaseUrl}/$batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${harness.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests: members }),
    });
    expect(response.status).toBe(200);
    const { responses } = (await response.json()) as BatchResponse;
    const byId = new Map(responses.map((r) => [r.id, r]));
    for (const [i, upn] of TEAMMATES.entries()) {
      const member = byId.get(`cal-${i}`);
      expect([upn, member?.status]).toEqual([upn, 200]);
      const events = (member?.body as Page<EventJson>).value;
      expect(events.map((e) => e.id)).toEqual((await calendarOf(upn)).map((e) => e.id));
    }
    const outsider = byId.get(`cal-${TEAMMATES.length}`);
    expect(outsider?.status).toBe(200);
    const busy = (outsider?.body as Page<EventJson>).value;
    expect(busy.every((e) => !('subject' in e) && !('organizer' in e))).toBe(true);
  });
});

describe('the seeded team calendars', () => {
  it("keep teammates' meetings out of Maya's own calendar unless she is invited", async () => {
    const mine = await calendarOf('me');
    expect(mine.every((e) => addresses(e).includes(DEMO_USER_UPN))).toBe(true);
    expect(mine.some((e) => e.subject === 'Media enquiry: hybrid working policy')).toBe(false);
    const sofias = await calendarOf(SOFIA);
    const notMine = sofias.filter((e) => !addresses(e).includes(DEMO_USER_UPN));
    expect(notMine.length).toBeGreaterThanOrEqual(4);
    expect(mine.map((e) => e.id)).toEqual(expect.not.arrayContaining(notMine.map((e) => e.id)));
  });

  it.each(TEAMMATES.map((upn) => [upn]))(
    '%s has a believable week of client meetings last week and this week, mostly with their own clients',
    async (upn) => {
      for (const week of [LAST_WEEK, THIS_WEEK]) {
        const clientMeetings = (await calendarOf(upn, week)).filter(
          (e) => !e.isCancelled && addresses(e).some((a) => ownerOf.has(a)) && e.attendees.length < 15,
        );
        const own = clientMeetings.filter((e) => addresses(e).some((a) => ownerOf.get(a) === upn));
        expect([upn, week.start, clientMeetings.length >= 4]).toEqual([upn, week.start, true]);
        expect(own.length / clientMeetings.length).toBeGreaterThan(0.5);
        for (const meeting of clientMeetings) {
          const hour = Number(meeting.start.dateTime.slice(11, 13));
          expect(hour >= 8 && hour < 18).toBe(true);
        }
      }
    },
  );

  it('has a client two advisors meet separately this week: Priya Shah, by Maya and by Sofia', async () => {
    expect(DOUBLE_BOOKED_CLIENT).toBe(PRIYA);
    const meetingsWithPriya = new Map<string, { subject: string; advisors: Set<string> }>();
    for (const upn of COMMS_TEAM_UPNS) {
      for (const event of await calendarOf(upn)) {
        const people = addresses(event);
        if (event.isCancelled || !people.includes(PRIYA) || people.length > 15) continue;
        const entry = meetingsWithPriya.get(event.iCalUId) ?? { subject: event.subject, advisors: new Set() };
        entry.advisors.add(upn);
        meetingsWithPriya.set(event.iCalUId, entry);
      }
    }
    const meetings = [...meetingsWithPriya.values()];
    const mayas = meetings.filter((m) => m.advisors.has(DEMO_USER_UPN) && !m.advisors.has(SOFIA));
    const sofias = meetings.filter((m) => m.advisors.has(SOFIA) && !m.advisors.has(DEMO_USER_UPN));
    expect(mayas.map((m) => m.subject)).toContain(SEED_SUBJECTS.clientOneToOne);
    expect(sofias.map((m) => m.subject)).toEqual(['Media enquiry: hybrid working policy']);
  });
});

describe('calendarOf in a tenant file', () => {
  const spec = (events: TenantSpec['events']): TenantSpec => ({
    organisation: { displayName: 'Contoso', domains: ['contoso.example'] },
    timeZone: 'Europe/London',
    signedInUser: 'ana@contoso.example',
    users: [
      { displayName: 'Ana Lima', mail: 'ana@contoso.example', department: 'Comms' },
      { displayName: 'Bo Reyes', mail: 'bo@contoso.example', department: 'Comms' },
      { displayName: 'Cy Ode', mail: 'cy@contoso.example', department: 'HR' },
    ],
    events,
  });

  it("puts an event in its owner's calendar only; without calendarOf it is the signed-in user's", () => {
    const state = resolveTenant(
      parseTenantSpec(
        spec([
          {
            subject: 'Bo and Cy',
            calendarOf: 'bo@contoso.example',
            start: { day: 0, time: '10:00' },
            attendees: [{ email: 'cy@contoso.example' }],
          },
          {
            subject: 'Ana and Cy',
            start: { day: 0, time: '11:00' },
            attendees: [{ email: 'cy@contoso.example' }],
          },
        ]),
      ),
      FIXED_NOW,
    );
    const [bo, ana] = state.events;
    expect(bo?.organizer.address).toBe('bo@contoso.example');
    expect(bo?.attendees.map((a) => a.address)).toEqual(['cy@contoso.example']);
    expect(ana?.organizer.address).toBe('ana@contoso.example');
  });

  it('adds the owner as an attendee of a meeting someone else organises, with myResponse as theirs', () => {
    const state = resolveTenant(
      spec([
        {
          subject: 'Cy invites Bo',
          calendarOf: 'bo@contoso.example',
          organizer: 'cy@contoso.example',
          myResponse: 'tentativelyAccepted',
          start: { day: 0, time: '10:00' },
        },
      ]),
      FIXED_NOW,
    );
    expect(state.events[0]?.attendees).toEqual([
      { name: 'Bo Reyes', address: 'bo@contoso.example', type: 'required', response: 'tentativelyAccepted' },
    ]);
  });

  it('refuses an owner who is not in the directory, naming the event', () => {
    expect(() =>
      resolveTenant(
        spec([{ subject: 'Ghost', calendarOf: 'ghost@contoso.example', start: { day: 0 } }]),
        FIXED_NOW,
      ),
    ).toThrow(new TenantSpecError(['$.events[0].calendarOf: no user has the address ghost@contoso.example']));
    expect(() =>
      parseTenantSpec(spec([{ subject: 'Bad', calendarOf: 'not an address', start: { day: 0 } }])),
    ).toThrow(TenantSpecError);
  });
});
