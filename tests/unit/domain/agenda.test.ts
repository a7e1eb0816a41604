import { addDays, buildAgenda, dayKey, type AgendaDay } from '../../../src/domain/agenda';
import { classifyMeeting } from '../../../src/domain/classify-meeting';
import type { Meeting } from '../../../src/domain/meeting';
import {
  attendee,
  buildAllDay,
  buildMeeting,
  buildOrg,
  daniel,
  grace,
  priya,
  raj,
} from '../../builders/meeting-builders';

const org = buildOrg();
const MINUTE = 60 * 1000;

/** A client meeting (with Priya unless told) starting at an instant, lasting `minutes`. */
function clientMeeting(
  subject: string,
  startIso: string,
  minutes = 30,
  overrides: Partial<Meeting> = {},
): Meeting {
  const start = new Date(startIso);
  return buildMeeting({
    subject,
    start,
    end: new Date(start.getTime() + minutes * MINUTE),
    attendees: [attendee(priya)],
    ...overrides,
  });
}

function classified(...meetings: Meeting[]) {
  return meetings.map((meeting) => ({ meeting, classification: classifyMeeting(meeting, org) }));
}

/** What the agenda shows: each day and the subjects on it, in order. */
function view(agenda: AgendaDay[]): Record<string, string[]> {
  return Object.fromEntries(agenda.map((d) => [d.day, d.entries.map((e) => e.meeting.subject)]));
}

const now = new Date('2026-11-24T08:00:00Z');

describe('buildAgenda', () => {
  it.each([
    { timeZone: 'Pacific/Auckland', day: '2026-11-25' },
    { timeZone: 'Europe/London', day: '2026-11-24' },
    { timeZone: 'America/New_York', day: '2026-11-24' },
  ])('puts a meeting at 23:30 UTC on $day in $timeZone', ({ timeZone, day }) => {
    const agenda = buildAgenda(classified(clientMeeting('Late sync', '2026-11-24T23:30:00Z')), {
      now,
      days: 7,
      timeZone,
    });
    expect(view(agenda)).toEqual({ [day]: ['Late sync'] });
  });

  it('leaves out meetings that are not client meetings', () => {
    const items = classified(
      clientMeeting('HR plan', '2026-11-24T10:00:00Z'),
      clientMeeting('Stand-up', '2026-11-24T09:00:00Z', 15, { attendees: [attendee(daniel)] }),
      clientMeeting('Focus time', '2026-11-24T13:00:00Z', 120, { attendees: [] }),
      clientMeeting('Cancelled review', '2026-11-24T15:00:00Z', 30, { isCancelled: true }),
    );
    expect(view(buildAgenda(items, { now, days: 1, timeZone: 'Europe/London' }))).toEqual({
      '2026-11-24': ['HR plan'],
    });
  });

  it.each([
    { what: 'ended an hour ago', start: '2026-11-24T06:30:00Z', minutes: 30, shown: false },
    { what: 'ending exactly now', start: '2026-11-24T07:30:00Z', minutes: 30, shown: false },
    { what: 'under way', start: '2026-11-24T07:45:00Z', minutes: 30, shown: true },
    { what: 'starting now', start: '2026-11-24T08:00:00Z', minutes: 30, shown: true },
  ])('a meeting $what is shown: $shown', ({ start, minutes, shown }) => {
    const agenda = buildAgenda(classified(clientMeeting('Brief', start, minutes)), {
      now,
      days: 1,
      timeZone: 'Europe/London',
    });
    expect(view(agenda)).toEqual(shown ? { '2026-11-24': ['Brief'] } : {});
  });

  it('shows a meeting that began before midnight and is still under way on today', () => {
    const justAfterMidnight = new Date('2026-11-24T00:10:00Z');
    const agenda = buildAgenda(classified(clientMeeting('Night launch', '2026-11-23T23:45:00Z', 45)), {
      now: justAfterMidnight,
      days: 1,
      timeZone: 'Europe/London',
    });
    expect(view(agenda)).toEqual({ '2026-11-24': ['Night launch'] });
  });

  it.each([
    { days: 1, expected: { '2026-11-24': ['Today'] } },
    { days: 3, expected: { '2026-11-24': ['Today'], '2026-11-26': ['Last day, late evening'] } },
    {
      days: 4,
      expected: {
        '2026-11-24': ['Today'],
        '2026-11-26': ['Last day, late evening'],
        '2026-11-27': ['Day after, just past midnight'],
      },
    },
  ])('with a window of $days day(s), shows only those days', ({ days, expected }) => {
    const items = classified(
      clientMeeting('Day after, just past midnight', '2026-11-27T00:30:00Z'),
      clientMeeting('Today', '2026-11-24T10:00:00Z'),
      clientMeeting('Last day, late evening', '2026-11-26T23:00:00Z'),
    );
    expect(view(buildAgenda(items, { now, days, timeZone: 'Europe/London' }))).toEqual(expected);
  });

  it('orders days, and meetings by start within a day, whatever order they come in', () => {
    const items = classified(
      clientMeeting('Wed 14:00 Marketing', '2026-11-25T14:00:00Z', 30, { attendees: [attendee(grace)] }),
      clientMeeting('Tue 16:00 Product', '2026-11-24T16:00:00Z', 30, { attendees: [attendee(raj)] }),
      clientMeeting('Wed 09:00 HR', '2026-11-25T09:00:00Z'),
      clientMeeting('Tue 09:30 HR', '2026-11-24T09:30:00Z'),
      clientMeeting('Tue 12:00 Marketing', '2026-11-24T12:00:00Z', 30, { attendees: [attendee(grace)] }),
    );
    const agenda = buildAgenda(items, { now, days: 7, timeZone: 'Europe/London' });
    expect(agenda.map((d) => d.day)).toEqual(['2026-11-24', '2026-11-25']);
    expect(view(agenda)).toEqual({
      '2026-11-24': ['Tue 09:30 HR', 'Tue 12:00 Marketing', 'Tue 16:00 Product'],
      '2026-11-25': ['Wed 09:00 HR', 'Wed 14:00 Marketing'],
    });
  });

  it('keeps the client classification with each entry', () => {
    const [entry] =
      buildAgenda(classified(clientMeeting('HR plan', '2026-11-24T10:00:00Z')), {
        now,
        days: 1,
        timeZone: 'Europe/London',
      })[0]?.entries ?? [];
    expect(entry?.classification.reasons).toEqual(['Priya Shah, HR — colleague outside the comms team']);
  });

  it.each([
    'Pacific/Auckland',
    'Europe/London',
    'America/New_York',
    'America/Los_Angeles',
    'Pacific/Honolulu',
  ])('keeps an all-day workshop on its own date in %s', (timeZone) => {
    const workshop = buildAllDay('2026-11-25', { subject: 'Brand workshop', attendees: [attendee(grace)] });
    const agenda = buildAgenda(classified(workshop), { now, days: 7, timeZone });
    expect(view(agenda)).toEqual({ '2026-11-25': ['Brand workshop'] });
  });

  it('returns no days when there is nothing to show', () => {
    expect(buildAgenda([], { now, days: 7, timeZone: 'Europe/London' })).toEqual([]);
  });
});

describe('dayKey', () => {
  it.each([
    // Clocks go forward at 01:00 UTC on 2026-03-29 (GMT → BST).
    { instant: '2026-03-28T23:30:00Z', day: '2026-03-28' },
    { instant: '2026-03-29T00:30:00Z', day: '2026-03-29' },
    { instant: '2026-03-29T22:59:00Z', day: '2026-03-29' },
    { instant: '2026-03-29T23:30:00Z', day: '2026-03-30' },
    // Clocks go back at 01:00 UTC on 2026-10-25 (BST → GMT).
    { instant: '2026-10-24T22:59:00Z', day: '2026-10-24' },
    { instant: '2026-10-24T23:30:00Z', day: '2026-10-25' },
    { instant: '2026-10-25T00:30:00Z', day: '2026-10-25' },
    { instant: '2026-10-25T23:30:00Z', day: '2026-10-25' },
  ])('in Europe/London, $instant falls on $day', ({ instant, day }) => {
    expect(dayKey(new Date(instant), 'Europe/London')).toBe(day);
  });

  it.each([
    { timeZone: 'UTC', day: '2026-12-31' },
    { timeZone: 'Pacific/Auckland', day: '2027-01-01' },
    { timeZone: 'America/New_York', day: '2026-12-31' },
    { timeZone: 'Asia/Kolkata', day: '2027-01-01' },
  ])('at 2026-12-31T20:00Z the day in $timeZone is $day', ({ timeZone, day }) => {
    expect(dayKey(new Date('2026-12-31T20:00:00Z'), timeZone)).toBe(day);
  });
});

describe('addDays', () => {
  it.each([
    { day: '2026-11-24', n: 0, expected: '2026-11-24' },
    { day: '2026-11-30', n: 1, expected: '2026-12-01' },
    { day: '2026-01-31', n: 1, expected: '2026-02-01' },
    { day: '2026-02-28', n: 1, expected: '2026-03-01' },
    { day: '2028-02-28', n: 1, expected: '2028-02-29' },
    { day: '2026-12-31', n: 1, expected: '2027-01-01' },
    { day: '2026-12-28', n: 6, expected: '2027-01-03' },
    { day: '2027-01-01', n: -1, expected: '2026-12-31' },
    { day: '2026-03-28', n: 2, expected: '2026-03-30' },
    { day: '2026-10-24', n: 2, expected: '2026-10-26' },
  ])('$day + $n days is $expected', ({ day, n, expected }) => {
    expect(addDays(day, n)).toBe(expected);
  });
});

describe('buildAgenda: all-day meetings end with their date in the viewer’s zone', () => {
  const workshop = () =>
    classified(buildAllDay('2026-11-24', { subject: 'Brand workshop', attendees: [attendee(grace)] }));

  it.each([
    // 20:00 in New York on the 24th is already the 25th in UTC: the workshop is still today there.
    ['America/New_York', '2026-11-25T01:00:00Z', { '2026-11-24': ['Brand workshop'] }],
    // Morning of the 25th in Auckland is still the 24th in UTC: the workshop is over there.
    ['Pacific/Auckland', '2026-11-24T20:00:00Z', {}],
    ['Europe/London', '2026-11-24T23:59:00Z', { '2026-11-24': ['Brand workshop'] }],
    ['Europe/London', '2026-11-25T00:00:00Z', {}],
  ])('in %s at %s', (timeZone, nowIso, expected) => {
    expect(view(buildAgenda(workshop(), { now: new Date(nowIso), days: 7, timeZone }))).toEqual(expected);
  });
});
