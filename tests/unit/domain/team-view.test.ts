import { addDays } from '../../../src/domain/agenda';
import {
  briefingFollowUps,
  campaignTimeline,
  clientRows,
  coverage,
  dayOfInZone,
  doubleBookings,
  storyLeads,
  thisWeek,
  valueDelivered,
  valueDeliveredCsv,
  weekStart,
} from '../../../src/domain/team-view';
import { SCALE_DEPARTMENTS, TODAY, buildTeamAtScale } from '../../builders/store-builders';

describe('weekStart', () => {
  it.each([
    ['2026-11-16', '2026-11-16'], // Monday
    ['2026-11-20', '2026-11-16'], // Friday
    ['2026-11-22', '2026-11-16'], // Sunday ends the week
    ['2026-11-23', '2026-11-23'],
    ['2027-01-01', '2026-12-28'], // across the new year
    ['2028-03-01', '2028-02-28'], // across a leap day
  ])('the week of %s starts on %s', (day, monday) => {
    expect(weekStart(day)).toBe(monday);
  });
});

describe('dayOfInZone', () => {
  it.each([
    { zone: 'UTC', instant: '2026-11-15T23:30:00Z', day: '2026-11-15' },
    { zone: 'Europe/Berlin', instant: '2026-11-15T23:30:00Z', day: '2026-11-16' },
    { zone: 'America/New_York', instant: '2026-11-16T03:00:00Z', day: '2026-11-15' },
    { zone: 'Asia/Kolkata', instant: '2026-11-15T18:30:00Z', day: '2026-11-16' },
    // The day the clocks go back in London: by evening it is GMT again, and still the 25th.
    { zone: 'Europe/London', instant: '2026-10-25T23:59:00Z', day: '2026-10-25' },
  ])('$instant is $day in $zone', ({ zone, instant, day }) => {
    const dayOf = dayOfInZone(zone);
    expect(dayOf(new Date(instant))).toBe(day);
    // Asked again (from the cache), the same answer.
    expect(dayOf(new Date(instant))).toBe(day);
  });

  it('refuses a zone that does not exist', () => {
    expect(() => dayOfInZone('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('the team view at full volume', () => {
  // 200 clients, 5,000 notes, 2,000 file items, 600 meetings: what the team tab must handle.
  const data = buildTeamAtScale();
  const dayOf = dayOfInZone('UTC');
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  it('builds the volume it claims', () => {
    expect([data.clients.length, data.notes.length, data.fileItems.length, data.meetings.length]).toEqual([
      200, 5000, 2000, 600,
    ]);
  });

  it('gives every client one row whose counts add up to the notes', () => {
    const rows = clientRows(data, TODAY, dayOf);
    expect(rows.map((r) => r.email)).toEqual(data.clients.map((c) => c.email));
    const open = data.notes.flatMap((n) => n.followUps).filter((f) => !f.done);
    expect(sum(rows.map((r) => r.followUps.open))).toBe(open.length);
    expect(sum(rows.map((r) => r.followUps.oursOverdue))).toBe(
      open.filter((f) => f.owner === 'us' && f.due !== null && f.due < TODAY).length,
    );
    const since = addDays(TODAY, -89);
    expect(sum(rows.map((r) => r.valueAdds90))).toBe(
      sum(
        data.notes
          .filter((n) => day(n.meetingDate) >= since && day(n.meetingDate) <= TODAY)
          .map((n) => n.valueOffered.length),
      ),
    );
    expect(rows.filter((r) => r.ownerName === null)).toHaveLength(8);
    expect(rows.every((r) => (r.health === 'healthy') === (r.healthReasons.length === 0))).toBe(true);
  });

  it('maps coverage on exactly the client-days of contact in the weeks shown', () => {
    const map = coverage(data, TODAY, dayOf);
    expect(map.departments).toEqual([...SCALE_DEPARTMENTS].sort((a, b) => a.localeCompare(b)));
    expect(map.cells).toHaveLength(8 * 8);
    const first = map.weeks[0] ?? '';
    const contacts = new Set([
      ...data.notes.map((n) => `${n.clientEmail} ${day(n.meetingDate)}`),
      ...data.meetings.flatMap((m) => m.clientEmails.map((e) => `${e} ${day(m.start)}`)),
    ]);
    const shown = [...contacts].filter((c) => {
      const d = c.split(' ')[1] ?? '';
      return d >= first && d <= TODAY;
    });
    expect(sum(map.cells.map((c) => c.contacts))).toBe(shown.length);
  });

  it('lists this week and its double bookings from the same meetings', () => {
    const monday = weekStart(TODAY);
    const inWeek = data.meetings.filter((m) => day(m.start) >= monday && day(m.start) <= addDays(monday, 6));
    const week = thisWeek(data, TODAY, dayOf);
    expect(week.map((w) => w.advisorName)).toEqual([
      'Daniel Okafor',
      "Liam O'Brien",
      'Maya Chen',
      'Sofia Rossi',
    ]);
    expect(sum(week.map((w) => w.meetings.length))).toBe(inWeek.length);
    const doubles = doubleBookings(data, TODAY, dayOf);
    expect(doubles.length).toBeGreaterThan(0);
    expect(doubles.every((d) => d.advisors.length >= 2)).toBe(true);
  });

  it('proposes one briefing per client and campaign, for the campaigns on the timeline', () => {
    const timeline = campaignTimeline(data, TODAY);
    const briefings = briefingFollowUps(data, TODAY);
    const keys = briefings.map((b) => `${b.campaignId} ${b.clientEmail}`);
    expect(new Set(keys).size).toBe(keys.length);
    const soon = timeline.filter((l) => l.daysToGoLive >= 0 && l.daysToGoLive <= 28);
    expect(briefings).toHaveLength(sum(soon.map((l) => l.affectedClients.length)));
  });

  it('accounts for every note in value delivered and story leads', () => {
    const rows = valueDelivered(data, dayOf);
    expect(sum(rows.map((r) => r.notes))).toBe(5000);
    expect(sum(rows.flatMap((r) => Object.values(r.byKind)))).toBe(
      sum(data.notes.map((n) => n.valueOffered.length)),
    );
    expect(valueDeliveredCsv(rows).split('\r\n')).toHaveLength(rows.length + 2);
    expect(storyLeads(data)).toHaveLength(data.notes.filter((n) => n.storyLead !== undefined).length);
  });
});
