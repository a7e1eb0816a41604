import type { SpecEvent } from '../tenant-spec';
import { dayOfWeek, wallClockAt } from '../zoned-time';
import { agendaBody, hostileBody, teamsFooter } from './bodies';
import { BOARDROOM_ADDRESS, COMMS_TEAM_UPNS, DEMO_USER_UPN, SEED_SUBJECTS, VENDOR_DOMAIN } from './constants';
import { everyone, upnOf } from './directory';
import type { Random } from './prng';
import { addRoutineClientMeetings, addUpcoming } from './flexible-meetings';
import { attendeesOf, minutesOf, type Busy, type Slot } from './slots';

/**
 * Maya's calendar over three weeks (last, this, next), laid out from the Monday of now's week in the
 * tenant zone. Characteristic meetings sit at fixed slots; routine client meetings fill free slots
 * at random (seeded), and a few are placed relative to `now` so the coming agenda is never empty.
 */

const ZONE = 'Europe/London';

/** Builds the seeded events relative to `now` (Europe/London wall clock). */
export function seedEvents(now: Date, random: Random): SpecEvent[] {
  const today = wallClockAt(now.getTime(), ZONE);
  const weekday = dayOfWeek(today); // 0 = Sunday
  const mondayOffset = weekday === 0 ? -6 : 1 - weekday;
  /** Day offset from today of weekday `wd` (0 = Monday) in week `w` (-1 last, 0 this, 1 next). */
  const dayOf = (w: number, wd: number): number => mondayOffset + 7 * w + wd;
  const at = (w: number, wd: number, time: string): Slot => ({ day: dayOf(w, wd), time });
  const busy: Busy[] = [];
  const events: SpecEvent[] = [];
  const add = (event: SpecEvent): void => {
    events.push(event);
    const start = event.start;
    if (typeof start === 'object' && 'day' in start && start.time !== undefined && !event.isAllDay) {
      const from = minutesOf(start.time);
      busy.push({ day: start.day, from, to: from + (event.durationMinutes ?? 30) });
    }
  };
  const comms = COMMS_TEAM_UPNS.filter((upn) => upn !== DEMO_USER_UPN).map((email) => ({ email }));

  add({
    key: 'seed:standup',
    subject: SEED_SUBJECTS.standUp,
    start: at(-1, 0, '09:15'),
    durationMinutes: 15,
    organizer: upnOf('Daniel Okafor'),
    attendees: comms.filter((a) => a.email !== upnOf('Daniel Okafor')).concat([{ email: DEMO_USER_UPN }]),
    isOnlineMeeting: true,
    location: 'Microsoft Teams Meeting',
    bodyHtml: `<p>Ten minutes: what is going out today, who needs help, any client escalations.</p>${teamsFooter()}`,
    recurrence: {
      pattern: 'weekly',
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      count: 15,
    },
  });
  for (const w of [-1, 0, 1])
    for (let wd = 0; wd < 5; wd += 1) busy.push({ day: dayOf(w, wd), from: 555, to: 570 });

  add({
    key: 'seed:hr-sync',
    subject: SEED_SUBJECTS.hrSeries,
    start: at(-1, 1, '10:00'),
    durationMinutes: 30,
    attendees: attendeesOf(['Priya Shah']).map((a) => ({ ...a, response: 'accepted' as const })),
    location: 'Room 3.02',
    bodyHtml: agendaBody(
      'Our standing sync on everything HR needs to tell staff.',
      ['Open items on the HR file', 'Upcoming policy changes and timing', 'Manager briefing needs'],
      { text: 'HR comms plan', path: 'hr/comms-plan' },
    ),
    recurrence: {
      pattern: 'weekly',
      count: 6,
      // This week's sync moved to Wednesday afternoon: the exception the agenda must show.
      exceptions: [{ occurrence: 1, start: at(0, 2, '14:00'), durationMinutes: 30 }],
    },
  });
  for (const w of [-1, 1]) busy.push({ day: dayOf(w, 1), from: 600, to: 630 });
  busy.push({ day: dayOf(0, 2), from: 840, to: 870 });

  add({
    key: 'seed:one-to-one',
    subject: SEED_SUBJECTS.clientOneToOne,
    start: at(0, 3, '11:00'),
    durationMinutes: 30,
    attendees: attendeesOf(['Priya Shah']),
    location: 'Room 2.14',
    bodyHtml: agendaBody('Walk through the new-starter journey and where comms fits.', [
      'Week-one emails: what exists today',
      'Manager welcome pack',
      'Measuring whether new starters feel informed',
    ]),
  });
  add({
    key: 'seed:workshop',
    subject: SEED_SUBJECTS.workshop,
    start: at(0, 2, '10:00'),
    durationMinutes: 90,
    attendees: [
      ...attendeesOf(['Carlos Mendes', 'Fiona MacLeod', 'Samuel Osei', 'Katarzyna Nowak', 'Sofia Rossi']),
      { name: 'Sam (agency contractor)' },
      { name: 'Boardroom', email: BOARDROOM_ADDRESS, type: 'resource', response: 'accepted' },
    ],
    location: 'Boardroom',
    bodyHtml: agendaBody(
      'Plan how depot and warehouse staff hear about the new rota system before it goes live.',
      [
        'What changes for shift workers, and when',
        'Channels that reach people without a desk',
        'Supervisor briefing pack',
      ],
      { text: 'Rota system project page', path: 'operations/rota' },
    ),
  });
  add({
    key: 'seed:all-hands',
    subject: SEED_SUBJECTS.allHands,
    start: at(0, 3, '16:00'),
    durationMinutes: 60,
    organizer: upnOf('Margaret Holloway'),
    attendees: attendeesOf(everyone().filter((name) => name !== 'Margaret Holloway')),
    isOnlineMeeting: true,
    location: 'Atrium and Microsoft Teams',
    bodyHtml: `<p>Quarterly update from Margaret and the leadership team, followed by open questions.</p>${teamsFooter()}`,
  });
  add({
    key: 'seed:vendor',
    subject: SEED_SUBJECTS.vendorCall,
    start: at(1, 2, '11:00'),
    durationMinutes: 45,
    organizer: { name: 'Jordan Blake', email: `jordan.blake@${VENDOR_DOMAIN}` },
    attendees: [
      { name: 'Chris Dunn', email: `chris.dunn@${VENDOR_DOMAIN}` },
      { name: 'Jordan Blake', email: `jordan.blake@${VENDOR_DOMAIN}` },
    ],
    isOnlineMeeting: true,
    location: 'Microsoft Teams Meeting',
    bodyHtml: `<p>Demo of BrightSignal's intranet analytics dashboards.</p>${teamsFooter()}`,
  });
  add({
    key: 'seed:cancelled',
    subject: SEED_SUBJECTS.cancelled,
    start: at(0, 4, '11:30'),
    durationMinutes: 30,
    organizer: upnOf('Hannah Wright'),
    attendees: attendeesOf(['Lucy Fairbanks']),
    isCancelled: true,
    showAs: 'free',
    bodyHtml:
      '<p>Cancelling this week: the newsletter is on hold until the new complaints process lands.</p>',
  });
  add({
    key: 'seed:declined',
    subject: SEED_SUBJECTS.declined,
    start: at(0, 1, '15:00'),
    durationMinutes: 60,
    organizer: upnOf('Grace Liu'),
    attendees: attendeesOf(['Zara Ahmed', 'Oscar Lindqvist', 'Aisha Karimi']),
    myResponse: 'declined',
    showAs: 'free',
    location: 'Marketing hub',
    bodyHtml: agendaBody('Creative review for the spring campaign.', ['Key visuals', 'Launch sequence']),
  });
  for (const [w, wd, time, minutes] of [
    [-1, 3, '13:30', 90],
    [0, 0, '14:00', 120],
    [1, 1, '09:45', 105],
  ] as const) {
    add({
      key: `seed:focus:${w}:${wd}`,
      subject: SEED_SUBJECTS.focus,
      start: at(w, wd, time),
      durationMinutes: minutes,
      showAs: 'busy',
    });
  }
  add({
    key: 'seed:dentist',
    subject: SEED_SUBJECTS.personal,
    start: at(1, 0, '08:15'),
    durationMinutes: 60,
    sensitivity: 'private',
    showAs: 'oof',
  });
  add({
    key: 'seed:lunch',
    subject: 'Lunch with Jo',
    start: at(-1, 2, '12:30'),
    durationMinutes: 60,
    sensitivity: 'personal',
    showAs: 'busy',
  });
  add({
    key: 'seed:ooo',
    subject: SEED_SUBJECTS.outOfOffice,
    start: { day: dayOf(1, 4) },
    isAllDay: true,
    showAs: 'oof',
  });
  add({
    key: 'seed:all-day-workshop',
    subject: SEED_SUBJECTS.allDayWorkshop,
    start: { day: dayOf(1, 3) },
    isAllDay: true,
    attendees: attendeesOf(['Grace Liu', 'Tom Becker', 'Oscar Lindqvist', 'Olivia Grant', 'Aisha Karimi']),
    location: 'Offsite: The Old Library',
    bodyHtml: agendaBody('A day on what it is like to work at Northwind, and how we say it.', [
      '09:30 What staff told us in the survey',
      '11:00 Employer value proposition drafts',
      '14:00 Careers site and social content plan',
    ]),
  });
  for (let d = dayOf(1, 3); d <= dayOf(1, 4); d += 1) busy.push({ day: d, from: 0, to: 24 * 60 });
  add({
    key: 'seed:client-organised',
    subject: SEED_SUBJECTS.clientOrganised,
    start: at(1, 0, '14:00'),
    durationMinutes: 45,
    organizer: upnOf('Elena Popescu'),
    attendees: attendeesOf(['George Whitfield', 'Daniel Okafor']),
    location: 'Finance meeting room',
    bodyHtml: agendaBody('How we brief staff on the year-end results before the press release.', [
      'Embargo and timing',
      'Manager cascade',
    ]),
  });
  add({
    key: 'seed:new-york',
    subject: SEED_SUBJECTS.newYork,
    // 10:00 in New York: the wall clock is read in the organiser's zone.
    start: at(1, 1, '10:00'),
    durationMinutes: 45,
    originalStartTimeZone: 'Eastern Standard Time',
    organizer: upnOf('Jessica Moreno'),
    attendees: attendeesOf(['Raj Patel', 'Kenji Watanabe', 'Aisha Karimi']),
    isOnlineMeeting: true,
    location: 'Microsoft Teams Meeting',
    bodyHtml: agendaBody('Align launch messaging across the US and UK teams.', [
      'Launch date',
      'Internal FAQ owners',
    ]),
  });
  busy.push({ day: dayOf(1, 1), from: 900, to: 945 });
  add({
    key: 'seed:hostile',
    subject: SEED_SUBJECTS.hostileBody,
    start: at(0, 1, '11:00'),
    durationMinutes: 30,
    organizer: upnOf('Ben Adeyemi'),
    attendees: attendeesOf(['Daniel Park']),
    bodyHtml: hostileBody(),
  });

  addUpcoming(today, add);
  addRoutineClientMeetings(random, dayOf, busy, add);
  return events;
}

/** Day offsets (from today) of Monday of last week and Sunday of next week: the seeded window. */
export function seedWindow(now: Date): { firstDay: number; lastDay: number } {
  const today = wallClockAt(now.getTime(), ZONE);
  const weekday = dayOfWeek(today);
  const mondayOffset = weekday === 0 ? -6 : 1 - weekday;
  return { firstDay: mondayOffset - 7, lastDay: mondayOffset + 13 };
}
