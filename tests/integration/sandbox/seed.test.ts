import { instancesInWindow } from '../../../src/sandbox/event-instances';
import { resolveTenant } from '../../../src/sandbox/resolve-tenant';
import {
  BOARDROOM_ADDRESS,
  CLIENT_DEPARTMENTS,
  COMMS_TEAM_UPNS,
  DEMO_DOMAIN,
  DEMO_TENANT_ID,
  DEMO_USER_UPN,
  generateSeedTenant,
  SEED_SUBJECTS,
  VENDOR_DOMAIN,
} from '../../../src/sandbox/seed';
import { parseTenantSpec } from '../../../src/sandbox/tenant-spec';
import { allEvents, FIXED_NOW, SEED_WINDOW, startHarness, type EventJson, type Harness } from './support';

const seed = generateSeedTenant(FIXED_NOW);

describe('the seeded directory', () => {
  it('is a valid TenantSpec for Northwind Traders signed in as Maya Chen', () => {
    expect(() => parseTenantSpec(seed)).not.toThrow();
    expect(seed.organisation).toEqual({
      displayName: 'Northwind Traders',
      domains: [DEMO_DOMAIN],
      tenantId: DEMO_TENANT_ID,
    });
    expect(seed.timeZone).toBe('Europe/London');
    const maya = seed.users.find((u) => u.mail === DEMO_USER_UPN);
    expect(maya).toMatchObject({
      displayName: 'Maya Chen',
      jobTitle: 'Internal Communications Advisor',
      department: 'Communications',
    });
  });

  it('has five comms people and 40+ colleagues across the seven client departments', () => {
    const comms = seed.users.filter((u) => u.department === 'Communications').map((u) => u.mail);
    expect(comms.sort()).toEqual([...COMMS_TEAM_UPNS].sort());
    const clients = seed.users.filter((u) => CLIENT_DEPARTMENTS.includes(u.department ?? ''));
    expect(clients.length).toBeGreaterThanOrEqual(40);
    for (const department of CLIENT_DEPARTMENTS) {
      expect([department, clients.filter((u) => u.department === department).length >= 4]).toEqual([
        department,
        true,
      ]);
    }
    for (const user of seed.users) {
      expect(user.officeLocation).toEqual(expect.any(String));
      expect(user.businessPhones?.length).toBe(1);
      expect(user.jobTitle).toEqual(expect.any(String));
    }
    expect(seed.users.find((u) => u.displayName === "Liam O'Brien")?.jobTitle).toBe(
      'Content & Digital Advisor',
    );
  });

  it('is deterministic for the same moment and differs on another day', () => {
    expect(generateSeedTenant(new Date(FIXED_NOW))).toEqual(seed);
    const other = generateSeedTenant(new Date('2026-12-02T10:20:00Z'));
    expect(other.events.map((e) => e.subject)).not.toEqual(seed.events.map((e) => e.subject));
  });
});

describe('the seeded calendar around now', () => {
  let harness: Harness;
  let events: EventJson[];
  beforeAll(async () => {
    harness = await startHarness();
    events = await allEvents(harness, SEED_WINDOW.start, SEED_WINDOW.end);
  });
  afterAll(() => harness.server.close());

  const one = (subject: string): EventJson => {
    const found = events.filter((e) => e.subject === subject);
    expect([subject, found.length > 0]).toEqual([subject, true]);
    return found[0] as EventJson;
  };
  const addresses = (event: EventJson) => event.attendees.map((a) => a.emailAddress.address);

  it('spreads client meetings across all three weeks', () => {
    const weeks = new Set(
      events
        .filter((e) =>
          e.attendees.some(
            (a) => a.emailAddress.address && !COMMS_TEAM_UPNS.includes(a.emailAddress.address),
          ),
        )
        .map((e) =>
          Math.floor(
            (Date.parse(`${e.start.dateTime.slice(0, 19)}Z`) - Date.parse(SEED_WINDOW.start)) /
              (7 * 86_400_000),
          ),
        ),
    );
    expect([...weeks].sort()).toEqual([0, 1, 2]);
  });

  it('has the characteristic meetings', () => {
    const oneToOne = one(SEED_SUBJECTS.clientOneToOne);
    expect(oneToOne.isOrganizer).toBe(true);
    expect(addresses(oneToOne)).toEqual(['priya.shah@northwind.example']);

    const allHands = one(SEED_SUBJECTS.allHands);
    expect(allHands.attendees.length).toBeGreaterThanOrEqual(40);
    expect(allHands.organizer.emailAddress.name).toBe('Margaret Holloway');
    expect(addresses(allHands)).toContain(DEMO_USER_UPN);

    const vendor = one(SEED_SUBJECTS.vendorCall);
    expect(
      addresses(vendor)
        .filter((a) => a !== DEMO_USER_UPN)
        .every((a) => a?.endsWith(`@${VENDOR_DOMAIN}`)),
    ).toBe(true);
    expect(vendor.organizer.emailAddress.address).toMatch(new RegExp(`@${VENDOR_DOMAIN}$`));

    const cancelled = one(SEED_SUBJECTS.cancelled);
    expect(cancelled.isCancelled).toBe(true);
    expect(cancelled.subject.startsWith('Canceled: ')).toBe(true);
    expect(one(SEED_SUBJECTS.declined).responseStatus.response).toBe('declined');

    const focus = events.filter((e) => e.subject === SEED_SUBJECTS.focus);
    expect(focus.length).toBeGreaterThanOrEqual(3);
    expect(focus.every((e) => e.attendees.length === 0 && e.showAs === 'busy')).toBe(true);
    const personal = one(SEED_SUBJECTS.personal);
    expect(['private', 'personal']).toContain(personal.sensitivity);
    expect(personal.attendees).toEqual([]);

    const ooo = one(SEED_SUBJECTS.outOfOffice);
    expect([ooo.isAllDay, ooo.showAs]).toEqual([true, 'oof']);
    const allDayWorkshop = one(SEED_SUBJECTS.allDayWorkshop);
    expect(allDayWorkshop.isAllDay).toBe(true);
    expect(allDayWorkshop.attendees.length).toBeGreaterThanOrEqual(3);
    expect(allDayWorkshop.start.dateTime.endsWith('T00:00:00.0000000')).toBe(true);

    const workshop = one(SEED_SUBJECTS.workshop);
    const contractor = workshop.attendees.find((a) => a.emailAddress.name === 'Sam (agency contractor)');
    expect(contractor?.emailAddress).toEqual({ name: 'Sam (agency contractor)' });
    const room = workshop.attendees.find((a) => a.type === 'resource');
    expect(room?.emailAddress).toEqual({ name: 'Boardroom', address: BOARDROOM_ADDRESS });
    expect(addresses(workshop)).toContain('sofia.rossi@northwind.example');
    expect(workshop.attendees.length).toBeGreaterThanOrEqual(7);

    const clientOrganised = one(SEED_SUBJECTS.clientOrganised);
    expect(clientOrganised.isOrganizer).toBe(false);
    expect(clientOrganised.organizer.emailAddress.address).toBe('elena.popescu@northwind.example');

    const newYork = one(SEED_SUBJECTS.newYork);
    expect(newYork.originalStartTimeZone).toBe('Eastern Standard Time');
    expect(newYork.start.dateTime).toBe('2026-12-01T15:00:00.0000000');

    const hostile = one(SEED_SUBJECTS.hostileBody);
    expect(hostile.body.content).toMatch(/<script>[\s\S]*<img src=x onerror=[\s\S]*href="javascript:/);

    const standUp = one(SEED_SUBJECTS.standUp);
    expect(addresses(standUp).every((a) => COMMS_TEAM_UPNS.includes(a ?? ''))).toBe(true);
    expect(one(SEED_SUBJECTS.hrSeries).type).toBe('occurrence');
  });

  it('writes agendas as HTML with a plain-text preview', () => {
    const oneToOne = one(SEED_SUBJECTS.clientOneToOne);
    expect(oneToOne.body.content).toMatch(/<p>.*<ul><li>/);
    expect(oneToOne.bodyPreview).not.toMatch(/[<>]/);
    expect(oneToOne.bodyPreview).toContain('Walk through the new-starter journey');
    expect(events.some((e) => /<a href="https:\/\//.test(e.body.content))).toBe(true);
  });

  it('has client meetings coming up today and tomorrow', () => {
    expect(one(SEED_SUBJECTS.upcomingSoon).start.dateTime).toBe('2026-11-25T12:30:00.0000000');
    expect(one(SEED_SUBJECTS.upcomingTomorrow).start.dateTime).toBe('2026-11-26T11:00:00.0000000');
  });
});

describe('the agenda is never empty, whatever time the demo starts', () => {
  const starts = Array.from(
    { length: 7 * 8 },
    (_, i) => new Date(Date.parse('2026-11-23T00:00:00Z') + i * 3 * 3600_000),
  );
  starts.push(
    new Date('2026-11-29T23:59:00Z'),
    new Date('2026-03-29T01:30:00Z'),
    new Date('2026-07-03T17:45:00Z'),
  );

  it.each(starts.map((now) => [now.toISOString(), now]))(
    'at %s there is a client meeting in the next 36 hours',
    (_, now) => {
      const state = resolveTenant(generateSeedTenant(now), now);
      const coming = instancesInWindow(state.events, now.getTime(), now.getTime() + 36 * 3600_000).filter(
        (i) =>
          i.startMs > now.getTime() &&
          !i.record.isCancelled &&
          [i.record.organizer, ...i.record.attendees].some(
            (p) =>
              p.address?.endsWith(`@${DEMO_DOMAIN}`) &&
              !COMMS_TEAM_UPNS.includes(p.address) &&
              p.address !== BOARDROOM_ADDRESS,
          ),
      );
      expect(coming.length).toBeGreaterThanOrEqual(2);
    },
  );
});
