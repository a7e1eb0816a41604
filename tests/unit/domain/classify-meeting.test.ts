import {
  classifyMeeting,
  DEFAULT_ALL_HANDS_THRESHOLD,
  type Classification,
  type NotClientCause,
} from '../../../src/domain/classify-meeting';
import type { Meeting, OrgContext } from '../../../src/domain/meeting';
import {
  attendee,
  buildAllDay,
  buildInvite,
  buildMeeting,
  buildOrg,
  colleagues,
  daniel,
  external,
  grace,
  liam,
  maya,
  priya,
  raj,
  room,
  sofia,
} from '../../builders/meeting-builders';

const org = buildOrg();

const omar = { name: 'Omar Haddad', email: 'omar.haddad@northwind.example' };
const agency = { name: 'Jo Baxter', email: 'jo.baxter@brightagency.example' };
const vendor = external('Sam Vendor', 'sam@vendor.example');
const vendor2 = external('Kim Reseller', 'kim@reseller.example');
const orgWithListed = buildOrg({
  listedClients: [
    { email: priya.email, department: 'HR' },
    { email: omar.email, department: 'Operations' },
    { email: agency.email, department: 'Marketing' },
    { email: sofia.email },
  ],
});

/** What the user sees of a decision: client or not, why, and who counts. */
function expectClient(result: Classification): Extract<Classification, { kind: 'client' }> {
  if (result.kind !== 'client') {
    throw new Error(`expected a client meeting, got ${result.cause}: ${result.reasons.join(' / ')}`);
  }
  return result;
}

function expectNotClient(result: Classification): Extract<Classification, { kind: 'not-client' }> {
  if (result.kind !== 'not-client') {
    throw new Error(`expected not a client meeting, got clients: ${result.reasons.join(' / ')}`);
  }
  return result;
}

describe('classifyMeeting: client meetings', () => {
  type Row = {
    what: string;
    meeting: Meeting;
    org: OrgContext;
    clients: { email: string | undefined; basis: 'colleague' | 'listed-client' }[];
    reasons: string[];
  };
  const rows: Row[] = [
    {
      what: 'a one-to-one with a colleague from HR',
      meeting: buildMeeting({ attendees: [attendee(priya)] }),
      org,
      clients: [{ email: priya.email, basis: 'colleague' }],
      reasons: ['Priya Shah, HR — colleague outside the comms team'],
    },
    {
      what: 'a one-to-one with a listed client',
      meeting: buildMeeting({ attendees: [attendee(priya)] }),
      org: orgWithListed,
      clients: [{ email: priya.email, basis: 'listed-client' }],
      reasons: ['Priya Shah, HR — listed client of the comms team'],
    },
    {
      what: 'a listed client the directory does not know (department from the Clients list)',
      meeting: buildMeeting({ attendees: [attendee(omar)] }),
      org: orgWithListed,
      clients: [{ email: omar.email, basis: 'listed-client' }],
      reasons: ['Omar Haddad, Operations — listed client of the comms team'],
    },
    {
      what: 'a listed client with an address outside the organisation',
      meeting: buildMeeting({ attendees: [attendee(agency)] }),
      org: orgWithListed,
      clients: [{ email: agency.email, basis: 'listed-client' }],
      reasons: ['Jo Baxter, Marketing — listed client of the comms team'],
    },
    {
      what: 'a comms-team member who is also listed as a client (listed wins)',
      meeting: buildMeeting({ attendees: [attendee(sofia)] }),
      org: orgWithListed,
      clients: [{ email: sofia.email, basis: 'listed-client' }],
      reasons: ['Sofia Rossi, Communications — listed client of the comms team'],
    },
    {
      what: 'a colleague at the organisation’s domain the directory does not know',
      meeting: buildMeeting({
        attendees: [attendee({ name: 'Ana Costa', email: 'ana.costa@northwind.example' })],
      }),
      org,
      clients: [{ email: 'ana.costa@northwind.example', basis: 'colleague' }],
      reasons: ['Ana Costa — colleague outside the comms team'],
    },
    {
      what: 'a meeting the client organises and I attend',
      meeting: buildInvite(grace),
      org,
      clients: [{ email: grace.email, basis: 'colleague' }],
      reasons: ['Grace Liu, Marketing — colleague outside the comms team'],
    },
    {
      what: 'a meeting I organise and also appear in as an attendee (I am not counted)',
      meeting: buildMeeting({ attendees: [attendee(maya, { response: 'organizer' }), attendee(raj)] }),
      org,
      clients: [{ email: raj.email, basis: 'colleague' }],
      reasons: ['Raj Patel, Product — colleague outside the comms team'],
    },
    {
      what: 'the client is both organizer and attendee (counted once)',
      meeting: buildInvite(priya, { attendees: [attendee(priya), attendee(maya)] }),
      org,
      clients: [{ email: priya.email, basis: 'colleague' }],
      reasons: ['Priya Shah, HR — colleague outside the comms team'],
    },
    {
      what: 'the same client twice with different casing (counted once)',
      meeting: buildMeeting({
        attendees: [attendee(priya), attendee({ name: 'Priya Shah', email: 'PRIYA.SHAH@NORTHWIND.EXAMPLE' })],
      }),
      org,
      clients: [{ email: priya.email, basis: 'colleague' }],
      reasons: ['Priya Shah, HR — colleague outside the comms team'],
    },
    {
      what: 'a client, a comms colleague, a vendor and a room',
      meeting: buildMeeting({ attendees: [attendee(grace), attendee(daniel), vendor, room()] }),
      org,
      clients: [{ email: grace.email, basis: 'colleague' }],
      reasons: [
        'Grace Liu, Marketing — colleague outside the comms team',
        'Daniel Okafor — comms team',
        'Sam Vendor — outside the organisation',
      ],
    },
    {
      what: 'a client alongside someone without an email address',
      meeting: buildMeeting({ attendees: [attendee(priya), attendee({ name: 'Guest from reception' })] }),
      org,
      clients: [{ email: priya.email, basis: 'colleague' }],
      reasons: [
        'Priya Shah, HR — colleague outside the comms team',
        'Guest from reception — no email address, so not matched',
      ],
    },
    {
      what: 'an all-day workshop with attendees',
      meeting: buildAllDay('2026-11-24', {
        subject: 'Employer brand workshop',
        attendees: [attendee(grace)],
      }),
      org,
      clients: [{ email: grace.email, basis: 'colleague' }],
      reasons: ['Grace Liu, Marketing — colleague outside the comms team'],
    },
    {
      what: 'two clients, one listed and one not',
      meeting: buildMeeting({ attendees: [attendee(priya), attendee(raj)] }),
      org: orgWithListed,
      clients: [
        { email: priya.email, basis: 'listed-client' },
        { email: raj.email, basis: 'colleague' },
      ],
      reasons: [
        'Priya Shah, HR — listed client of the comms team',
        'Raj Patel, Product — colleague outside the comms team',
      ],
    },
  ];

  it.each(rows)('$what is a client meeting', ({ meeting, org: context, clients, reasons }) => {
    const result = expectClient(classifyMeeting(meeting, context));
    expect(result.clients.map((c) => ({ email: c.participant.email, basis: c.basis }))).toEqual(clients);
    expect(result.reasons).toEqual(reasons);
    expect(result.clients.map((c) => c.reason)).toEqual(reasons.slice(0, clients.length));
  });

  it('attaches the directory entry to a client the directory knows', () => {
    const result = expectClient(classifyMeeting(buildMeeting({ attendees: [attendee(priya)] }), org));
    expect(result.clients[0]?.person).toEqual(priya);
  });

  it.each([
    ['tentative', buildMeeting({ attendees: [attendee(priya)], showAs: 'tentative' })],
    ['working elsewhere', buildMeeting({ attendees: [attendee(priya)], showAs: 'workingElsewhere' })],
    ['tentatively accepted by me', buildInvite(priya, { myResponse: 'tentativelyAccepted' })],
    ['not yet answered by me', buildInvite(priya, { myResponse: 'notResponded' })],
    ['private', buildMeeting({ attendees: [attendee(priya)], sensitivity: 'private' })],
  ])('a meeting with a client shown as %s still counts', (_label, meeting) => {
    expect(classifyMeeting(meeting, org).kind).toBe('client');
  });
});

describe('classifyMeeting: not client meetings', () => {
  type Row = { what: string; meeting: Meeting; org?: OrgContext; cause: NotClientCause; reasons: string[] };
  const withPriya = { attendees: [attendee(priya)] };
  const rows: Row[] = [
    {
      what: 'a cancelled meeting with a client',
      meeting: buildMeeting({ ...withPriya, isCancelled: true }),
      cause: 'cancelled',
      reasons: ['The meeting is cancelled.'],
    },
    {
      what: 'a cancelled all-hands (cancelled is said first)',
      meeting: buildMeeting({ attendees: colleagues(299), isCancelled: true }),
      cause: 'cancelled',
      reasons: ['The meeting is cancelled.'],
    },
    {
      what: 'a meeting with a client I declined',
      meeting: buildInvite(priya, { myResponse: 'declined' }),
      cause: 'declined',
      reasons: ['You declined this meeting.'],
    },
    {
      what: 'a meeting with a client shown as free',
      meeting: buildMeeting({ ...withPriya, showAs: 'free' }),
      cause: 'free-or-away',
      reasons: ['It is shown as free time, not a meeting you attend.'],
    },
    {
      what: 'an out-of-office block shared with a client',
      meeting: buildMeeting({ ...withPriya, showAs: 'oof' }),
      cause: 'free-or-away',
      reasons: ['It is an out-of-office block.'],
    },
    {
      what: 'a personal focus block',
      meeting: buildMeeting({ subject: 'Focus time' }),
      cause: 'personal-block',
      reasons: ['A personal block with no one else invited.'],
    },
    {
      what: 'an all-day entry with no one invited',
      meeting: buildAllDay('2026-11-24', { subject: 'Annual leave (half-day)' }),
      cause: 'personal-block',
      reasons: ['An all-day entry with no one else invited.'],
    },
    {
      what: 'a block with only me and a room',
      meeting: buildMeeting({ attendees: [attendee(maya), room()] }),
      cause: 'personal-block',
      reasons: ['A personal block with no one else invited.'],
    },
    {
      what: 'a block where my own address appears in mixed case',
      meeting: buildMeeting({
        attendees: [attendee({ name: 'Maya Chen', email: 'Maya.Chen@NorthWind.Example' })],
      }),
      cause: 'personal-block',
      reasons: ['A personal block with no one else invited.'],
    },
    {
      what: 'the comms-team stand-up',
      meeting: buildInvite(daniel, { attendees: [attendee(maya), attendee(sofia), attendee(liam)] }),
      cause: 'comms-team-only',
      reasons: [
        'Only the comms team is invited.',
        'Daniel Okafor — comms team',
        'Sofia Rossi — comms team',
        "Liam O'Brien — comms team",
      ],
    },
    {
      what: 'a call with a vendor only',
      meeting: buildMeeting({ attendees: [vendor, vendor2] }),
      cause: 'external-only',
      reasons: [
        'Everyone else is outside the organisation.',
        'Sam Vendor — outside the organisation',
        'Kim Reseller — outside the organisation',
      ],
    },
    {
      what: 'a vendor call with a comms colleague',
      meeting: buildMeeting({ attendees: [attendee(sofia), vendor] }),
      cause: 'external-only',
      reasons: [
        'Only the comms team and people outside the organisation are invited.',
        'Sofia Rossi — comms team',
        'Sam Vendor — outside the organisation',
      ],
    },
    {
      what: 'a meeting with only someone who has no email address',
      meeting: buildMeeting({ attendees: [attendee({ name: 'Visitor' })] }),
      cause: 'no-one-identifiable',
      reasons: [
        'No internal client could be identified: some people have no email address.',
        'Visitor — no email address, so not matched',
      ],
    },
    {
      what: 'a meeting with an empty email address and a comms colleague',
      meeting: buildMeeting({
        attendees: [{ name: 'Visitor', email: '', type: 'required', response: 'none' }, attendee(liam)],
      }),
      cause: 'no-one-identifiable',
      reasons: [
        'No internal client could be identified: some people have no email address.',
        'Visitor — no email address, so not matched',
        "Liam O'Brien — comms team",
      ],
    },
  ];

  it.each(rows)('$what is not a client meeting ($cause)', ({ meeting, org: context, cause, reasons }) => {
    const result = expectNotClient(classifyMeeting(meeting, context ?? org));
    expect(result.cause).toBe(cause);
    expect(result.reasons).toEqual(reasons);
  });
});

describe('classifyMeeting: all-hands threshold', () => {
  it('classifies a 300-person town hall as an all-hands and says how many were invited', () => {
    const meeting = buildInvite(
      { name: 'CEO Office', email: 'ceo.office@northwind.example' },
      { subject: 'Town hall', attendees: [attendee(maya), attendee(priya), ...colleagues(297)] },
    );
    const result = expectNotClient(classifyMeeting(meeting, org));
    expect(result.cause).toBe('all-hands');
    expect(result.reasons).toEqual([
      '300 people are invited: above 25, it counts as an all-hands, not a client meeting.',
    ]);
  });

  // Headcount is everyone but rooms, me included, each address once.
  it.each([
    { others: 23, headcount: 24, kind: 'client' },
    { others: 24, headcount: 25, kind: 'client' },
    { others: 25, headcount: 26, kind: 'not-client' },
  ])('with the default threshold, $headcount people ($others besides me) → $kind', ({ others, kind }) => {
    const meeting = buildMeeting({
      attendees: [attendee(maya), ...colleagues(others), room(), room('Annex')],
    });
    expect(classifyMeeting(meeting, org).kind).toBe(kind);
    expect(classifyMeeting(meeting, org, { allHandsThreshold: DEFAULT_ALL_HANDS_THRESHOLD }).kind).toBe(kind);
  });

  it('counts me even when another person organises and I am not in the attendee list', () => {
    const meeting = buildInvite(priya, { attendees: colleagues(24) });
    const result = expectNotClient(classifyMeeting(meeting, org));
    expect(result.reasons[0]).toMatch(/^26 people are invited: above 25/);
  });

  it('counts each attendee without an address separately', () => {
    const guests = Array.from({ length: 25 }, () => attendee({ name: 'Guest' }));
    const result = expectNotClient(classifyMeeting(buildMeeting({ attendees: guests }), org));
    expect(result.cause).toBe('all-hands');
    expect(result.reasons[0]).toMatch(/^26 people/);
  });

  it.each([
    { threshold: 5, others: 4, kind: 'client' },
    { threshold: 5, others: 5, kind: 'not-client' },
    { threshold: 50, others: 40, kind: 'client' },
    { threshold: 50, others: 50, kind: 'not-client' },
  ])('with a threshold of $threshold, $others others besides me → $kind', ({ threshold, others, kind }) => {
    const meeting = buildMeeting({ attendees: [attendee(priya), ...colleagues(others - 1)] });
    const result = classifyMeeting(meeting, org, { allHandsThreshold: threshold });
    expect(result.kind).toBe(kind);
    if (result.kind === 'not-client') {
      expect(result.reasons).toEqual([
        `${others + 1} people are invited: above ${threshold}, it counts as an all-hands, not a client meeting.`,
      ]);
    }
  });
});

describe('classifyMeeting: same meeting, different shapes', () => {
  const single = buildInvite(priya, { subject: 'HR comms weekly' });

  it.each([
    ['an occurrence of a series', { type: 'occurrence', seriesMasterId: 'AAMkSeriesMaster=' }],
    ['an exception in a series', { type: 'exception', seriesMasterId: 'AAMkSeriesMaster=' }],
  ] as const)('classifies %s like a single meeting', (_label, shape) => {
    const recurring = buildInvite(priya, { subject: 'HR comms weekly', ...shape });
    expect(classifyMeeting(recurring, org)).toEqual(classifyMeeting(single, org));
    expect(classifyMeeting(recurring, org).kind).toBe('client');
  });

  it.each([
    '2026-11-24T10:00:00Z',
    '2026-11-24T11:00:00+01:00',
    '2026-11-24T05:00:00-05:00',
    '2026-11-24T23:00:00+13:00',
  ])('classifies a meeting starting at %s (the same instant) the same way', (iso) => {
    const start = new Date(iso);
    const meeting = buildInvite(priya, { start, end: new Date(start.getTime() + 30 * 60 * 1000) });
    expect(meeting.start.toISOString()).toBe('2026-11-24T10:00:00.000Z');
    expect(classifyMeeting(meeting, org)).toEqual(classifyMeeting(single, org));
  });
});

describe('classifyMeeting: addresses are compared without regard to case', () => {
  it.each([
    {
      what: 'a directory colleague',
      attendees: [attendee({ name: 'Priya Shah', email: 'Priya.Shah@Northwind.Example' })],
      org,
      reason: 'Priya Shah, HR — colleague outside the comms team',
    },
    {
      what: 'a listed client',
      attendees: [attendee({ name: 'Omar Haddad', email: 'OMAR.HADDAD@northwind.example' })],
      org: orgWithListed,
      reason: 'Omar Haddad, Operations — listed client of the comms team',
    },
    {
      what: 'a colleague at the organisation’s domain',
      attendees: [attendee({ name: 'Ana Costa', email: 'ana.costa@NORTHWIND.example' })],
      org,
      reason: 'Ana Costa — colleague outside the comms team',
    },
  ])('matches $what written in mixed case', ({ attendees, org: context, reason }) => {
    const result = expectClient(classifyMeeting(buildMeeting({ attendees }), context));
    expect(result.reasons).toEqual([reason]);
  });

  it('recognises comms-team members written in mixed case', () => {
    const meeting = buildMeeting({
      attendees: [attendee({ name: 'Daniel Okafor', email: 'Daniel.Okafor@NORTHWIND.EXAMPLE' })],
    });
    expect(expectNotClient(classifyMeeting(meeting, org)).cause).toBe('comms-team-only');
  });

  it('recognises me as organizer written in mixed case', () => {
    const meeting = buildMeeting({ organizer: { name: 'Maya Chen', email: 'MAYA.CHEN@northwind.example' } });
    expect(expectNotClient(classifyMeeting(meeting, org)).cause).toBe('personal-block');
  });
});
