import { assessHealth, clientRows, type ClientRow, type HealthFacts } from '../../../src/domain/team-view';
import type { FileItem, FollowUp, ValueAddNote } from '../../../src/domain/team-store';
import { grace, priya, raj, sofia } from '../../builders/meeting-builders';
import {
  TODAY,
  buildFileItem,
  buildNote,
  buildProfile,
  buildTeamData,
  buildTeamMeeting,
} from '../../builders/store-builders';

const utcDay = (instant: Date) => instant.toISOString().slice(0, 10);
const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00Z`);

function followUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return { text: 'Send the draft', due: null, owner: 'us', done: false, ...overrides };
}

/** Priya's row, from the records given. */
function priyasRow(records: Parameters<typeof buildTeamData>[0] = {}, staleAfterDays?: number): ClientRow {
  const [row] = clientRows(buildTeamData(records), TODAY, utcDay, staleAfterDays);
  if (row === undefined) throw new Error('no row for Priya');
  return row;
}

describe('clientRows', () => {
  it('gives one row per client, in their order, with who owns each', () => {
    const data = buildTeamData({
      clients: [
        buildProfile(),
        buildProfile({
          id: '2',
          displayName: grace.displayName,
          email: grace.email,
          department: 'Marketing',
          ownerEmail: 'Sofia.Rossi@northwind.example',
        }),
        buildProfile({
          id: '3',
          displayName: raj.displayName,
          email: raj.email,
          department: '  ',
          ownerEmail: 'former.advisor@northwind.example',
        }),
      ],
    });
    const { ownerEmail, ...unowned } = buildProfile({
      id: '4',
      displayName: 'Ana Lima',
      email: 'Ana.Lima@Northwind.example',
    });
    data.clients.push(unowned);
    expect(
      clientRows(data, TODAY, utcDay).map((r) => [r.name, r.email, r.department, r.ownerEmail, r.ownerName]),
    ).toEqual([
      ['Priya Shah', priya.email, 'HR', ownerEmail, 'Maya Chen'],
      ['Grace Liu', grace.email, 'Marketing', sofia.email, 'Sofia Rossi'],
      // An owner who left the team is still named, by address; a blank department is none.
      ['Raj Patel', raj.email, null, 'former.advisor@northwind.example', 'former.advisor@northwind.example'],
      ['Ana Lima', 'ana.lima@northwind.example', 'HR', null, null],
    ]);
  });

  it.each<{
    case: string;
    notes: ValueAddNote[];
    meetings: Parameters<typeof buildTeamMeeting>[0][];
    lastContact: string | null;
  }>([
    { case: 'nothing recorded', notes: [], meetings: [], lastContact: null },
    {
      case: 'a note',
      notes: [buildNote({ meetingDate: at('2026-11-10') })],
      meetings: [],
      lastContact: '2026-11-10',
    },
    {
      case: 'a later meeting than the note',
      notes: [buildNote({ meetingDate: at('2026-11-10') })],
      meetings: [{ start: at('2026-11-18') }],
      lastContact: '2026-11-18',
    },
    {
      case: 'a later note than the meeting',
      notes: [buildNote({ meetingDate: at('2026-11-19') })],
      meetings: [{ start: at('2026-11-12') }],
      lastContact: '2026-11-19',
    },
    {
      case: 'a meeting later today',
      notes: [],
      meetings: [{ start: at(TODAY, '16:00') }],
      lastContact: TODAY,
    },
    {
      case: 'only a meeting next week',
      notes: [],
      meetings: [{ start: at('2026-11-24') }],
      lastContact: null,
    },
    {
      case: 'a note and a meeting with someone else',
      notes: [buildNote({ clientEmail: grace.email })],
      meetings: [{ clientEmails: [grace.email] }],
      lastContact: null,
    },
    {
      case: 'a note and a meeting naming Priya in capitals',
      notes: [buildNote({ clientEmail: 'Priya.Shah@Northwind.example', meetingDate: at('2026-11-02') })],
      meetings: [{ clientEmails: ['PRIYA.SHAH@northwind.example'], start: at('2026-11-03') }],
      lastContact: '2026-11-03',
    },
  ])('last contact with $case: $lastContact', ({ notes, meetings, lastContact }) => {
    const row = priyasRow({ notes, meetings: meetings.map((m) => buildTeamMeeting(m)) });
    expect([row.lastContact, row.daysSinceContact]).toEqual([
      lastContact,
      lastContact === null ? null : Math.round((Date.parse(TODAY) - Date.parse(lastContact)) / 86_400_000),
    ]);
  });

  it.each<{
    case: string;
    items: Partial<FileItem>[];
    staleAfter?: number;
    expected: [string | null, number | null, boolean];
  }>([
    { case: 'no open work', items: [], expected: [null, null, false] },
    {
      case: 'work updated two days ago',
      items: [{ lastUpdateSent: '2026-11-18' }],
      expected: ['2026-11-18', 2, false],
    },
    {
      case: 'work updated 14 days ago',
      items: [{ lastUpdateSent: '2026-11-06' }],
      expected: ['2026-11-06', 14, false],
    },
    {
      case: 'one item fresh, one 15 days old',
      items: [{ lastUpdateSent: '2026-11-18' }, { id: '12', lastUpdateSent: '2026-11-05' }],
      expected: ['2026-11-18', 2, true],
    },
    {
      case: 'a done item updated yesterday and an open one 19 days ago',
      items: [
        { status: 'Done', lastUpdateSent: '2026-11-19' },
        { id: '12', lastUpdateSent: '2026-11-01' },
      ],
      expected: ['2026-11-01', 19, true],
    },
    { case: 'work never updated', items: [{ lastUpdateSent: null }], expected: [null, null, true] },
    {
      case: 'work 19 days old, with a 30-day threshold',
      items: [{ lastUpdateSent: '2026-11-01' }],
      staleAfter: 30,
      expected: ['2026-11-01', 19, false],
    },
    {
      case: 'work for someone else, never updated',
      items: [{ clientEmail: grace.email, lastUpdateSent: null }],
      expected: [null, null, false],
    },
  ])('updates with $case: last $expected.0', ({ items, staleAfter, expected }) => {
    const row = priyasRow({ fileItems: items.map((i) => buildFileItem(i)) }, staleAfter);
    expect([row.lastUpdateSent, row.daysSinceUpdate, row.updateStale]).toEqual(expected);
  });

  it.each([
    { case: 'none', followUps: [], counts: { oursOverdue: 0, theirsOverdue: 0, open: 0 } },
    {
      case: 'one of ours due yesterday',
      followUps: [followUp({ due: '2026-11-19' })],
      counts: { oursOverdue: 1, theirsOverdue: 0, open: 1 },
    },
    {
      case: 'one of ours due today',
      followUps: [followUp({ due: TODAY })],
      counts: { oursOverdue: 0, theirsOverdue: 0, open: 1 },
    },
    {
      case: 'theirs overdue, one undated, one done',
      followUps: [
        followUp({ owner: 'client', due: '2026-11-02' }),
        followUp({ due: null }),
        followUp({ due: '2026-11-01', done: true }),
      ],
      counts: { oursOverdue: 0, theirsOverdue: 1, open: 2 },
    },
  ])('follow-ups: $case', ({ followUps, counts }) => {
    // Split over two notes: the counts span every note with the client.
    const notes = [
      buildNote({ followUps: followUps.slice(0, 1) }),
      buildNote({ id: '22', followUps: followUps.slice(1) }),
    ];
    expect(priyasRow({ notes }).followUps).toEqual(counts);
  });

  it.each([
    { day: TODAY, counted: true },
    { day: '2026-08-23', counted: true }, // 89 days ago: the 90th day of the window
    { day: '2026-08-22', counted: false }, // 90 days ago
    { day: '2026-11-24', counted: false }, // a note dated ahead is not value delivered yet
  ])('value offered on $day counts in the 90 days: $counted', ({ day, counted }) => {
    const note = buildNote({
      meetingDate: at(day),
      valueOffered: [
        { kind: 'idea', text: 'Buddy scheme' },
        { kind: 'article', text: 'HBR on onboarding' },
      ],
    });
    expect(priyasRow({ notes: [note] }).valueAdds90).toBe(counted ? 2 : 0);
  });

  it('trends the six latest pulses, oldest first, skipping notes without one', () => {
    const pulses = [3, 4, undefined, 2, 5, 4, 3, undefined, 5];
    const notes = pulses.map((pulse, i) =>
      buildNote({
        id: `n${i}`,
        meetingDate: at(`2026-10-${String(10 + i)}`),
        ...(pulse === undefined ? {} : { pulse }),
      }),
    );
    expect(priyasRow({ notes: notes.reverse() }).pulseTrend).toEqual([4, 2, 5, 4, 3, 5]);
  });

  it('shows the next meeting with the client, whoever in the team holds it', () => {
    const meetings = [
      buildTeamMeeting({ start: at('2026-11-18') }),
      buildTeamMeeting({ start: at('2026-11-26'), subject: 'Onboarding review' }),
      buildTeamMeeting({
        advisorEmail: sofia.email,
        advisorName: 'Sofia Rossi',
        subject: 'Engagement survey',
        start: at('2026-11-23', '15:00'),
      }),
      buildTeamMeeting({ start: at('2026-11-25'), clientEmails: [grace.email] }),
    ];
    expect(priyasRow({ meetings }).nextMeeting).toEqual({
      start: at('2026-11-23', '15:00'),
      advisorName: 'Sofia Rossi',
      subject: 'Engagement survey',
    });
    expect(priyasRow({ meetings: meetings.slice(0, 1) }).nextMeeting).toBeNull();
  });

  it.each<{
    case: string;
    records: Parameters<typeof buildTeamData>[0];
    health: ClientRow['health'];
    reasons: string[];
  }>([
    {
      case: 'met last week, work up to date',
      records: { notes: [buildNote({ meetingDate: at('2026-11-13') })], fileItems: [buildFileItem()] },
      health: 'healthy',
      reasons: [],
    },
    { case: 'never met', records: {}, health: 'at-risk', reasons: ['No contact on record'] },
    {
      case: 'met 30 days ago, with our follow-up overdue',
      records: {
        notes: [buildNote({ meetingDate: at('2026-10-21'), followUps: [followUp({ due: '2026-10-28' })] })],
      },
      health: 'slipping',
      reasons: ['No contact for 30 days', 'One of our follow-ups overdue'],
    },
    {
      case: 'met yesterday, but work not updated for 31 days',
      records: {
        notes: [buildNote({ meetingDate: at('2026-11-19') })],
        fileItems: [buildFileItem({ lastUpdateSent: '2026-10-20' })],
      },
      health: 'at-risk',
      reasons: ['No update on open work for 31 days'],
    },
  ])('$case: $health', ({ records, health, reasons }) => {
    const row = priyasRow(records);
    expect([row.health, row.healthReasons]).toEqual([health, reasons]);
  });
});

describe('assessHealth', () => {
  const fine: HealthFacts = {
    daysSinceContact: 3,
    oursOverdue: 0,
    oldestUpdateDays: 2,
    neverUpdated: false,
    updateStale: false,
  };
  it.each<{ case: string; facts: Partial<HealthFacts>; health: ClientRow['health']; reasons: string[] }>([
    { case: 'all fine', facts: {}, health: 'healthy', reasons: [] },
    { case: 'no open work at all', facts: { oldestUpdateDays: null }, health: 'healthy', reasons: [] },
    { case: '20 days since contact', facts: { daysSinceContact: 20 }, health: 'healthy', reasons: [] },
    {
      case: '21 days since contact',
      facts: { daysSinceContact: 21 },
      health: 'slipping',
      reasons: ['No contact for 21 days'],
    },
    {
      case: '44 days since contact',
      facts: { daysSinceContact: 44 },
      health: 'slipping',
      reasons: ['No contact for 44 days'],
    },
    {
      case: '45 days since contact',
      facts: { daysSinceContact: 45 },
      health: 'at-risk',
      reasons: ['No contact for 45 days'],
    },
    {
      case: 'no contact on record',
      facts: { daysSinceContact: null },
      health: 'at-risk',
      reasons: ['No contact on record'],
    },
    {
      case: 'one of ours overdue',
      facts: { oursOverdue: 1 },
      health: 'slipping',
      reasons: ['One of our follow-ups overdue'],
    },
    {
      case: 'two of ours overdue',
      facts: { oursOverdue: 2 },
      health: 'at-risk',
      reasons: ['2 of our follow-ups overdue'],
    },
    {
      case: 'work 15 days without update',
      facts: { oldestUpdateDays: 15, updateStale: true },
      health: 'slipping',
      reasons: ['No update on open work for 15 days'],
    },
    {
      case: 'work 30 days without update',
      facts: { oldestUpdateDays: 30, updateStale: true },
      health: 'slipping',
      reasons: ['No update on open work for 30 days'],
    },
    {
      case: 'work 31 days without update',
      facts: { oldestUpdateDays: 31, updateStale: true },
      health: 'at-risk',
      reasons: ['No update on open work for 31 days'],
    },
    {
      case: 'work never updated',
      facts: { oldestUpdateDays: null, neverUpdated: true, updateStale: true },
      health: 'slipping',
      reasons: ['Open work never updated'],
    },
    {
      case: 'at risk and slipping at once',
      facts: { daysSinceContact: 25, oursOverdue: 3 },
      health: 'at-risk',
      reasons: ['3 of our follow-ups overdue', 'No contact for 25 days'],
    },
  ])('$case: $health', ({ facts, health, reasons }) => {
    expect(assessHealth({ ...fine, ...facts })).toEqual({ health, reasons });
  });
});
