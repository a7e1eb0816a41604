import { coverage, dayOfInZone } from '../../../src/domain/team-view';
import { grace, priya, raj, sofia } from '../../builders/meeting-builders';
import {
  TODAY,
  buildNote,
  buildProfile,
  buildTeamData,
  buildTeamMeeting,
} from '../../builders/store-builders';

const utcDay = (instant: Date) => instant.toISOString().slice(0, 10);
const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00Z`);

const ana = { email: 'ana.lima@northwind.example', name: 'Ana Lima' };
const olu = { email: 'olu.ade@northwind.example', name: 'Olu Ade' };
const lena = { email: 'lena.berg@northwind.example', name: 'Lena Berg' };
const ben = { email: 'ben.ng@northwind.example', name: 'Ben Ng' };

/**
 * Northwind's clients in five departments (Ana's typed in lower case), plus Ben with none, and
 * the team's contact with them over the autumn. Today is Friday 2026-11-20, in the week of 11-16.
 */
function autumn() {
  const client = (who: { email: string; name: string }, department?: string) => {
    const profile = buildProfile({ id: who.email, email: who.email, displayName: who.name });
    const { department: _hr, ...rest } = profile;
    return department === undefined ? rest : { ...rest, department };
  };
  return buildTeamData({
    clients: [
      buildProfile(),
      client({ email: grace.email, name: grace.displayName }, 'Marketing'),
      client({ email: raj.email, name: raj.displayName }, 'Product'),
      client(ana, 'hr'),
      client(olu, 'Operations'),
      client(lena, 'Legal'),
      client(ben),
    ],
    notes: [
      buildNote({ meetingDate: at('2026-11-10') }),
      buildNote({ id: '22', clientEmail: grace.email, meetingDate: at('2026-10-01') }),
      buildNote({ id: '23', clientEmail: grace.email, meetingDate: at('2025-06-01') }),
      buildNote({ id: '24', clientEmail: raj.email, meetingDate: at('2026-10-20') }),
      buildNote({ id: '25', clientEmail: ben.email, meetingDate: at('2026-11-18') }),
    ],
    meetings: [
      // The meeting of the note above, in both attendees' calendars: still one contact.
      buildTeamMeeting({ start: at('2026-11-10') }),
      buildTeamMeeting({ advisorEmail: sofia.email, advisorName: 'Sofia Rossi', start: at('2026-11-10') }),
      buildTeamMeeting({
        clientEmails: [priya.email, 'Ana.Lima@northwind.example'],
        start: at('2026-11-18'),
      }),
      buildTeamMeeting({ clientEmails: [olu.email], start: at('2026-10-29') }),
      // Not contact yet: next week.
      buildTeamMeeting({ clientEmails: [lena.email], start: at('2026-11-24') }),
    ],
  });
}

describe('coverage', () => {
  it('lists every client department once, as first spelled, and the eight weeks up to this one', () => {
    const map = coverage(autumn(), TODAY, utcDay);
    expect(map.departments).toEqual(['HR', 'Legal', 'Marketing', 'Operations', 'Product']);
    expect(map.weeks).toEqual([
      '2026-09-28',
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
    ]);
    expect(map.cells).toHaveLength(5 * 8);
  });

  it('counts each client met on a day once, in the week and department of the contact', () => {
    const contacted = coverage(autumn(), TODAY, utcDay)
      .cells.filter((c) => c.contacts > 0)
      .map((c) => [c.department, c.week, c.contacts, c.clients]);
    expect(contacted).toEqual([
      ['HR', '2026-11-09', 1, [priya.email]],
      ['HR', '2026-11-16', 2, [ana.email, priya.email]],
      ['Marketing', '2026-09-28', 1, [grace.email]],
      ['Operations', '2026-10-26', 1, [olu.email]],
      ['Product', '2026-10-19', 1, [raj.email]],
    ]);
  });

  it.each([
    {
      recentWeeks: 4,
      uncovered: [
        ['Legal', null, null],
        ['Marketing', 7, '2026-10-01'],
        ['Product', 4, '2026-10-20'],
      ],
    },
    {
      recentWeeks: 3,
      uncovered: [
        ['Legal', null, null],
        ['Marketing', 7, '2026-10-01'],
        ['Product', 4, '2026-10-20'],
        ['Operations', 3, '2026-10-29'],
      ],
    },
    { recentWeeks: 8, uncovered: [['Legal', null, null]] },
  ])(
    'departments without contact in the last $recentWeeks weeks, longest silence first',
    ({ recentWeeks, uncovered }) => {
      const map = coverage(autumn(), TODAY, utcDay, 8, recentWeeks);
      expect(map.uncovered.map((u) => [u.department, u.weeksWithoutContact, u.lastContact])).toEqual(
        uncovered,
      );
    },
  );

  it.each([
    { weeks: 1, shown: ['2026-11-16'] },
    { weeks: 3, shown: ['2026-11-02', '2026-11-09', '2026-11-16'] },
    { weeks: 0, shown: [] },
  ])('a map of $weeks week(s) ends with this one', ({ weeks, shown }) => {
    const map = coverage(autumn(), TODAY, utcDay, weeks);
    expect([map.weeks, map.cells.length]).toEqual([shown, shown.length * 5]);
    // Departments go uncovered on all their history, not on the weeks shown.
    expect(map.uncovered.map((u) => u.department)).toEqual(['Legal', 'Marketing', 'Product']);
  });

  it("places a contact on the reader's day: late Sunday in UTC is Monday in Berlin", () => {
    const data = buildTeamData({ notes: [buildNote({ meetingDate: at('2026-11-15', '23:30') })] });
    const week = (dayOf: (d: Date) => string) =>
      coverage(data, TODAY, dayOf, 2).cells.map((c) => [c.week, c.contacts]);
    expect(week(utcDay)).toEqual([
      ['2026-11-09', 1],
      ['2026-11-16', 0],
    ]);
    expect(week(dayOfInZone('Europe/Berlin'))).toEqual([
      ['2026-11-09', 0],
      ['2026-11-16', 1],
    ]);
  });

  it('has nothing to map without clients', () => {
    expect(coverage(buildTeamData({ clients: [] }), TODAY, utcDay, 2)).toEqual({
      departments: [],
      weeks: ['2026-11-09', '2026-11-16'],
      cells: [],
      uncovered: [],
    });
  });
});
