import { startTenantServer } from '../../../src/sandbox/server';
import { parseTenantSpec, TenantSpecError, type TenantSpec } from '../../../src/sandbox/tenant-spec';
import { allEvents, startHarness, type EventJson, type Harness } from './support';

/** Monday 23 March 2026, 12:00 UTC: the UK moves to BST on Sunday 29 March. */
const NOW = new Date('2026-03-23T12:00:00Z');

const spec: TenantSpec = {
  organisation: { displayName: 'Contoso Comms', domains: ['contoso.example'] },
  timeZone: 'Europe/London',
  signedInUser: 'ana@contoso.example',
  users: [
    {
      displayName: 'Ana Lima',
      mail: 'ana@contoso.example',
      department: 'Communications',
      jobTitle: 'Comms Advisor',
    },
    { displayName: 'Ben Ode', mail: 'ben@contoso.example', department: 'HR' },
  ],
  events: [
    {
      subject: 'Relative day',
      start: { day: 1, time: '09:30' },
      durationMinutes: 45,
      attendees: [{ email: 'ben@contoso.example' }],
    },
    {
      subject: 'In ninety minutes',
      start: { inMinutes: 90 },
      end: { inMinutes: 120 },
      organizer: 'ben@contoso.example',
    },
    { subject: 'Absolute with offset', start: '2026-03-24T15:00:00+01:00', durationMinutes: 30 },
    { subject: 'Absolute wall clock', start: '2026-03-24T16:00', durationMinutes: 30 },
    { subject: 'Holiday', start: { day: 3 }, isAllDay: true, showAs: 'oof' },
    {
      subject: 'Weekly across DST',
      start: { day: 0, time: '10:00' },
      durationMinutes: 30,
      recurrence: {
        pattern: 'weekly',
        count: 3,
        exceptions: [{ occurrence: 2, deleted: true }],
      },
    },
    {
      subject: 'Daily',
      start: { day: 0, time: '17:00' },
      durationMinutes: 15,
      recurrence: { pattern: 'daily', count: 3, exceptions: [{ occurrence: 1, subject: 'Daily (renamed)' }] },
    },
  ],
};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ tenant: spec, now: () => NOW });
});
afterAll(() => harness.server.close());

const window = () => allEvents(harness, '2026-03-20T00:00:00Z', '2026-04-20T00:00:00Z');
const subjectStarts = (events: EventJson[]) => events.map((e) => [e.subject, e.start.dateTime, e.type]);

describe('a custom TenantSpec', () => {
  it('signs in as the spec user', async () => {
    const { body } = await harness.graphJson<{ displayName: string }>('/me');
    expect(body.displayName).toBe('Ana Lima');
  });

  it('resolves relative, absolute and all-day times, and recurrences across DST', async () => {
    expect(subjectStarts(await window())).toEqual([
      ['Weekly across DST', '2026-03-23T10:00:00.0000000', 'occurrence'],
      ['In ninety minutes', '2026-03-23T13:30:00.0000000', 'singleInstance'],
      ['Daily', '2026-03-23T17:00:00.0000000', 'occurrence'],
      ['Relative day', '2026-03-24T09:30:00.0000000', 'singleInstance'],
      ['Absolute with offset', '2026-03-24T14:00:00.0000000', 'singleInstance'],
      ['Absolute wall clock', '2026-03-24T16:00:00.0000000', 'singleInstance'],
      ['Daily (renamed)', '2026-03-24T17:00:00.0000000', 'exception'],
      ['Daily', '2026-03-25T17:00:00.0000000', 'occurrence'],
      ['Holiday', '2026-03-26T00:00:00.0000000', 'singleInstance'],
      // 10:00 London is 09:00 UTC once British Summer Time starts; the third occurrence was deleted.
      ['Weekly across DST', '2026-03-30T09:00:00.0000000', 'occurrence'],
    ]);
  });

  it('puts the signed-in user on invitations and reads responses from their side', async () => {
    const events = await window();
    const invited = events.find((e) => e.subject === 'In ninety minutes');
    expect(invited?.isOrganizer).toBe(false);
    expect(invited?.responseStatus.response).toBe('accepted');
    expect(invited?.attendees.map((a) => a.emailAddress.address)).toEqual(['ana@contoso.example']);
    const mine = events.find((e) => e.subject === 'Relative day');
    expect(mine?.isOrganizer).toBe(true);
    expect(mine?.organizer.emailAddress).toEqual({ name: 'Ana Lima', address: 'ana@contoso.example' });
    expect(mine?.attendees[0]?.emailAddress.name).toBe('Ben Ode');
  });
});

describe('an invalid TenantSpec', () => {
  const broken = {
    organisation: { displayName: 'X', domains: ['x.example'] },
    timeZone: 'Europe/London',
    signedInUser: 'nobody@x.example',
    users: [{ displayName: 'A', mail: 'not-an-email' }],
    events: [{ subject: 'Bad', start: { day: 'tomorrow' }, durationMinutes: -5 }],
  };

  it('lists every issue by JSON path', () => {
    let error: unknown;
    try {
      parseTenantSpec(broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TenantSpecError);
    const issues = (error as TenantSpecError).issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.users\[0\]\.mail: expected an email address$/),
        expect.stringMatching(/^\$\.events\[0\]\.start: /),
        expect.stringMatching(/^\$\.events\[0\]\.durationMinutes: /),
      ]),
    );
  });

  it('makes startTenantServer reject with the same readable message', async () => {
    await expect(
      startTenantServer({ port: 0, dataDir: null, tenant: broken as unknown as TenantSpec }),
    ).rejects.toThrow(/\$\.users\[0\]\.mail: expected an email address/);
  });

  it('rejects an unknown signed-in user and an unknown time zone', async () => {
    expect(() => parseTenantSpec({ ...spec, signedInUser: 'zed@contoso.example' })).toThrow(
      /\$\.signedInUser: no user has the address zed@contoso.example/,
    );
    await expect(
      startTenantServer({ port: 0, dataDir: null, tenant: { ...spec, timeZone: 'Mars/Olympus' } }),
    ).rejects.toThrow(/\$\.timeZone/);
  });
});
