import type { SpecEvent } from '../tenant-spec';
import { agendaBody } from './bodies';
import { COMMS_TEAM_UPNS, DEMO_USER_UPN } from './constants';
import { upnOf } from './directory';
import { minutesOf, type Busy } from './slots';

/**
 * The comms team's other calendars (Daniel, Sofia, Liam, Aisha), last week and this week, shared
 * with Maya as a team shares calendars. Each advisor meets mostly the clients they own in the team
 * store. Times are fixed per weekday but step aside from meetings the advisor already has in Maya's
 * calendar (the stand-up, shared workshops), and this week's clients are chosen so that only one
 * client is met by two advisors separately: Priya Shah, whom Sofia sees on Tuesday about a press
 * enquiry while Maya has her one-to-ones with Priya later in the week.
 */

/** The client two advisors meet separately this week (Maya, and Sofia on Tuesday). */
export const DOUBLE_BOOKED_CLIENT = upnOf('Priya Shah');

/** A client who may lead a meeting, with what a one-to-one with them would be about. */
type Candidate = { name: string; topic: string };

type Template = {
  /** -1 last week, 0 this week. */
  w: -1 | 0;
  /** 0 = Monday. */
  wd: number;
  /** Preferred London start; another time that day when the advisor is busy then. */
  time: string;
  minutes: number;
  /** Who leads the meeting, in order of preference: this week, the first no other advisor meets. */
  clients: ReadonlyArray<Candidate>;
  /** A meeting with a title of its own; otherwise "1:1 {client} / {advisor}: {topic}". */
  title?: string;
  /** Other clients in the room (dropped this week when another advisor meets them). */
  with?: ReadonlyArray<string>;
  /** Other comms advisors invited. */
  advisors?: ReadonlyArray<string>;
  /** The lead client sends the invitation (otherwise the advisor, or `organizer`). */
  clientOrganises?: boolean;
  /** Someone else who sends it, by name. */
  organizer?: string;
  location?: string;
  agenda?: ReadonlyArray<string>;
  /** Placed even though another advisor meets the client this week: the double booking. */
  shared?: boolean;
};

const c = (name: string, topic: string): Candidate => ({ name, topic });
const TEAMS_MEETING = 'Microsoft Teams Meeting';
const ONE_TO_ONE_AGENDA = ['Where things stand', 'What staff need to hear', 'Next steps'];

/**
 * Each advisor's schedule, and the clients they own with what a one-to-one would be about: this
 * week, a one-to-one falls back on them when the clients it names are met by another advisor.
 */
const SCHEDULES: ReadonlyArray<{
  advisor: string;
  own: ReadonlyArray<Candidate>;
  meetings: ReadonlyArray<Template>;
}> = [
  {
    advisor: 'Daniel Okafor',
    own: [
      c('Kenji Watanabe', 'roadmap town hall prep'),
      c('Sarah Kowalski', 'intranet migration timeline'),
      c('Fiona MacLeod', 'peak season readiness briefing'),
      c('Elena Popescu', 'budget cycle comms'),
      c('George Whitfield', 'year-end results messaging'),
      c('Grace Liu', 'spring campaign internal launch'),
    ],
    meetings: [
      {
        w: -1,
        wd: 0,
        time: '10:00',
        minutes: 60,
        clients: [],
        title: 'Leadership team: comms review',
        organizer: 'Margaret Holloway',
        with: ['George Whitfield', 'Kenji Watanabe'],
        location: 'Executive suite',
        agenda: ['Reputation watch', 'Announcements in the next four weeks', 'All-hands running order'],
      },
      { w: -1, wd: 1, time: '11:00', minutes: 30, clients: [c('Grace Liu', 'brand refresh: staff toolkit')] },
      {
        w: -1,
        wd: 2,
        time: '14:00',
        minutes: 45,
        clients: [c('Elena Popescu', 'year-end results')],
        title: 'Year-end results: embargo and press timing',
        clientOrganises: true,
        with: ['George Whitfield'],
        advisors: ['Sofia Rossi'],
        location: 'Finance meeting room',
        agenda: ['Embargo times', 'Press release and staff message in the same hour', 'Who briefs managers'],
      },
      { w: -1, wd: 3, time: '10:30', minutes: 30, clients: [c('Kenji Watanabe', 'roadmap town hall prep')] },
      {
        w: -1,
        wd: 4,
        time: '13:30',
        minutes: 45,
        clients: [c('Sarah Kowalski', 'the December change calendar')],
      },
      {
        w: -1,
        wd: 4,
        time: '15:30',
        minutes: 60,
        clients: [],
        title: 'Quarterly comms plan: drafting',
      },
      {
        w: 0,
        wd: 0,
        time: '10:00',
        minutes: 60,
        clients: [],
        title: 'Leadership team: comms review',
        organizer: 'Margaret Holloway',
        with: ['George Whitfield', 'Kenji Watanabe'],
        location: 'Executive suite',
        agenda: ['Reputation watch', 'All-hands on Thursday: questions to expect', 'Year-end results timing'],
      },
      {
        w: 0,
        wd: 1,
        time: '13:30',
        minutes: 30,
        clients: [
          c('Fiona MacLeod', 'peak season readiness briefing'),
          c('Kenji Watanabe', 'roadmap town hall prep'),
          c('Sarah Kowalski', 'intranet migration timeline'),
        ],
      },
      {
        w: 0,
        wd: 2,
        time: '11:30',
        minutes: 45,
        clients: [c('Elena Popescu', 'year-end results'), c('George Whitfield', 'year-end results')],
        title: 'Year-end results: press release timeline',
        clientOrganises: true,
        location: 'Finance meeting room',
        agenda: ['Draft release', 'Quotes and sign-off', 'Staff hear it first'],
      },
      {
        w: 0,
        wd: 3,
        time: '14:00',
        minutes: 30,
        clients: [
          c('Grace Liu', 'spring campaign internal launch'),
          c('Kenji Watanabe', 'roadmap town hall prep'),
          c('Sarah Kowalski', 'laptop refresh programme'),
        ],
      },
      {
        w: 0,
        wd: 4,
        time: '10:30',
        minutes: 30,
        clients: [
          c('Sarah Kowalski', 'intranet migration timeline'),
          c('Fiona MacLeod', 'depot safety campaign'),
          c('Grace Liu', 'customer week storytelling'),
        ],
      },
    ],
  },
  {
    advisor: 'Sofia Rossi',
    own: [
      c('Ingrid Olsen', 'lean awards entry'),
      c('Ella Thompson', 'user research stories for the press'),
      c('Rosa Delgado', 'audit findings: reactive lines'),
      c('Lucy Fairbanks', 'customer stories for the press'),
      c('Mateo García', 'complaints process change'),
      c('Ruth Adebayo', 'budget cycle interview'),
    ],
    meetings: [
      {
        w: -1,
        wd: 0,
        time: '14:00',
        minutes: 30,
        clients: [c('Mateo García', 'contact centre opening hours')],
        title: 'Media enquiry: contact centre opening hours',
        agenda: ['What the journalist asked', 'Facts we can share', 'Holding statement'],
      },
      {
        w: -1,
        wd: 1,
        time: '10:30',
        minutes: 45,
        clients: [c('Lucy Fairbanks', 'customer week')],
        title: 'Press release review: customer week',
        location: 'Room 2.14',
      },
      {
        w: -1,
        wd: 3,
        time: '11:00',
        minutes: 30,
        clients: [c('Ella Thompson', 'user research stories for the press')],
      },
      {
        w: -1,
        wd: 4,
        time: '10:00',
        minutes: 30,
        clients: [c('Rosa Delgado', 'audit findings: reactive lines')],
      },
      { w: -1, wd: 4, time: '14:30', minutes: 60, clients: [], title: 'Media monitoring: weekly round-up' },
      {
        w: 0,
        wd: 0,
        time: '11:00',
        minutes: 30,
        clients: [
          c('Ingrid Olsen', 'lean awards entry'),
          c('Ella Thompson', 'user research stories for the press'),
          c('Rosa Delgado', 'audit findings: reactive lines'),
        ],
      },
      {
        w: 0,
        wd: 1,
        time: '14:30',
        minutes: 30,
        clients: [c('Priya Shah', 'hybrid working policy')],
        title: 'Media enquiry: hybrid working policy',
        shared: true,
        location: TEAMS_MEETING,
        agenda: ['What the journalist asked', 'Holding statement', 'Who speaks for HR'],
      },
      {
        w: 0,
        wd: 2,
        time: '15:00',
        minutes: 45,
        clients: [c('Ruth Adebayo', 'budget cycle'), c('Rosa Delgado', 'internal audit')],
        title: 'Spokesperson prep: trade press interview',
        location: 'Room 3.02',
        agenda: ['Key messages', 'Difficult questions', 'What not to say'],
      },
      {
        w: 0,
        wd: 3,
        time: '10:00',
        minutes: 30,
        clients: [
          c('Lucy Fairbanks', 'customer stories for the press'),
          c('Mateo García', 'complaints process change'),
          c('Ella Thompson', 'beta tester stories'),
        ],
      },
      {
        w: 0,
        wd: 4,
        time: '11:30',
        minutes: 45,
        clients: [c('Mateo García', 'complaints'), c('Lucy Fairbanks', 'complaints')],
        title: 'Complaints process change: media Q&A',
        clientOrganises: true,
        location: 'Leeds Contact Centre / Teams',
      },
    ],
  },
  {
    advisor: "Liam O'Brien",
    own: [
      c('Ethan Brooks', 'fleet newsletter video'),
      c('Victor Dubois', 'mobile app release notes for staff'),
      c('Patrick Doyle', 'procurement policy page rewrite'),
      c('Sophie Laurent', 'intranet search clean-up'),
      c('Tariq Rahman', 'laptop refresh how-to videos'),
      c('Leah Morgan', 'intranet migration'),
      c('Ben Adeyemi', 'service desk pages on the intranet'),
      c('Daniel Park', 'password manager rollout'),
    ],
    meetings: [
      {
        w: -1,
        wd: 0,
        time: '11:00',
        minutes: 45,
        clients: [c('Leah Morgan', 'intranet migration')],
        title: 'Intranet migration: content inventory',
        clientOrganises: true,
        with: ['Sophie Laurent'],
        agenda: ['Pages to keep, merge or retire', 'Owners for each section', 'Migration order'],
      },
      {
        w: -1,
        wd: 1,
        time: '14:00',
        minutes: 30,
        clients: [c('Victor Dubois', 'mobile app release notes for staff')],
      },
      {
        w: -1,
        wd: 2,
        time: '10:00',
        minutes: 30,
        clients: [c('Ben Adeyemi', 'service desk pages on the intranet')],
      },
      {
        w: -1,
        wd: 3,
        time: '15:00',
        minutes: 30,
        clients: [c('Daniel Park', 'password manager rollout')],
        title: 'Password manager rollout: intranet banner and FAQ',
      },
      {
        w: -1,
        wd: 4,
        time: '11:00',
        minutes: 30,
        clients: [c('Patrick Doyle', 'procurement policy page rewrite')],
      },
      {
        w: 0,
        wd: 0,
        time: '13:30',
        minutes: 45,
        clients: [
          c('Leah Morgan', 'intranet migration'),
          c('Sophie Laurent', 'intranet migration'),
          c('Tariq Rahman', 'intranet migration'),
        ],
        title: 'Intranet migration: page templates',
        clientOrganises: true,
        with: ['Tariq Rahman'],
      },
      {
        w: 0,
        wd: 1,
        time: '10:00',
        minutes: 30,
        clients: [
          c('Ethan Brooks', 'fleet newsletter video'),
          c('Patrick Doyle', 'procurement policy page rewrite'),
          c('Victor Dubois', 'mobile app release notes for staff'),
        ],
      },
      {
        w: 0,
        wd: 2,
        time: '14:30',
        minutes: 30,
        clients: [
          c('Victor Dubois', 'mobile app release notes for staff'),
          c('Sophie Laurent', 'intranet search clean-up'),
          c('Ethan Brooks', 'fleet newsletter video'),
        ],
      },
      {
        w: 0,
        wd: 3,
        time: '09:30',
        minutes: 30,
        clients: [
          c('Tariq Rahman', 'laptop refresh'),
          c('Leah Morgan', 'laptop refresh'),
          c('Sophie Laurent', 'laptop refresh'),
        ],
        title: 'Laptop refresh: how-to video shoot',
        location: 'IT workshop, 2nd floor',
      },
      {
        w: 0,
        wd: 4,
        time: '14:00',
        minutes: 30,
        clients: [
          c('Patrick Doyle', 'supplier portal news story'),
          c('Ethan Brooks', 'fleet newsletter video'),
          c('Sophie Laurent', 'intranet search clean-up'),
        ],
      },
      { w: 0, wd: 4, time: '15:30', minutes: 60, clients: [], title: 'Intranet analytics: monthly report' },
    ],
  },
  {
    advisor: 'Aisha Karimi',
    own: [
      c('Anika Sharma', 'product launch toolkit'),
      c('Noah Campbell', 'campaign dashboard for the intranet'),
      c('Felix Wagner', 'customer week social posts'),
      c('Raj Patel', 'launch FAQ for staff'),
      c('Isabel Torres', 'customer week events'),
      c('Oscar Lindqvist', 'brand refresh: staff toolkit'),
      c('Zara Ahmed', 'spring campaign internal launch'),
    ],
    meetings: [
      {
        w: -1,
        wd: 0,
        time: '13:30',
        minutes: 45,
        clients: [c('Zara Ahmed', 'spring campaign')],
        title: 'Spring campaign: internal launch plan',
        clientOrganises: true,
        with: ['Oscar Lindqvist'],
        location: 'Marketing hub',
      },
      {
        w: -1,
        wd: 1,
        time: '10:00',
        minutes: 30,
        clients: [c('Felix Wagner', 'social calendar for customer week')],
      },
      {
        w: -1,
        wd: 2,
        time: '15:00',
        minutes: 45,
        clients: [c('Isabel Torres', 'customer week events')],
        title: 'Customer week events: staff invitations',
      },
      { w: -1, wd: 3, time: '11:30', minutes: 30, clients: [c('Raj Patel', 'beta tester recruitment')] },
      {
        w: -1,
        wd: 4,
        time: '14:00',
        minutes: 30,
        clients: [c('Noah Campbell', 'campaign dashboard for the intranet')],
      },
      {
        w: 0,
        wd: 0,
        time: '15:00',
        minutes: 30,
        clients: [
          c('Anika Sharma', 'product launch toolkit'),
          c('Noah Campbell', 'campaign dashboard for the intranet'),
          c('Felix Wagner', 'customer week social posts'),
        ],
      },
      {
        w: 0,
        wd: 1,
        time: '10:30',
        minutes: 45,
        clients: [
          c('Oscar Lindqvist', 'brand refresh'),
          c('Felix Wagner', 'brand refresh'),
          c('Isabel Torres', 'brand refresh'),
        ],
        title: 'Brand refresh: staff toolkit review',
        location: 'Marketing hub',
      },
      {
        w: 0,
        wd: 2,
        time: '11:30',
        minutes: 30,
        clients: [
          c('Felix Wagner', 'customer week social posts'),
          c('Noah Campbell', 'campaign dashboard for the intranet'),
          c('Anika Sharma', 'product launch toolkit'),
        ],
      },
      {
        w: 0,
        wd: 3,
        time: '13:30',
        minutes: 45,
        clients: [
          c('Isabel Torres', 'customer week'),
          c('Noah Campbell', 'customer week'),
          c('Felix Wagner', 'customer week'),
        ],
        title: 'Customer week: event comms',
      },
      {
        w: 0,
        wd: 4,
        time: '10:00',
        minutes: 30,
        clients: [
          c('Raj Patel', 'launch FAQ for staff'),
          c('Anika Sharma', 'product launch toolkit'),
          c('Noah Campbell', 'campaign dashboard for the intranet'),
        ],
      },
      { w: 0, wd: 4, time: '15:00', minutes: 60, clients: [], title: 'Campaign calendar: planning' },
    ],
  },
];

/** Start times tried, in order, when the preferred one is taken. */
const OTHER_TIMES = [
  '09:30',
  '10:00',
  '10:30',
  '11:00',
  '11:30',
  '13:30',
  '14:00',
  '14:30',
  '15:00',
  '15:30',
];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Meetings this large (the all-hands) say nothing about who meets whom. */
const LARGE_MEETING = 15;

function addressOf(person: SpecEvent['organizer']): string | undefined {
  return typeof person === 'string' ? person : person?.email;
}

/** Everyone on an event: organiser (default the calendar's owner), attendees and the owner. */
function peopleOn(event: SpecEvent): string[] {
  const owner = event.calendarOf ?? DEMO_USER_UPN;
  const organizer = addressOf(event.organizer) ?? owner;
  return [owner, organizer, ...(event.attendees ?? []).map((a) => a.email)]
    .filter((a): a is string => a !== undefined)
    .map((a) => a.toLowerCase());
}

/** The busy stretches of an event by day offset, series expanded (deleted occurrences skipped). */
function stretchesOf(event: SpecEvent, mondayOffset: number): Busy[] {
  const start = event.start;
  if (typeof start !== 'object' || !('day' in start)) return [];
  const whole = event.isAllDay === true || start.time === undefined;
  const from = whole ? 0 : minutesOf(start.time ?? '00:00');
  const to = whole ? 24 * 60 : from + (event.durationMinutes ?? 30);
  const recurrence = event.recurrence;
  if (!recurrence) return [{ day: start.day, from, to }];
  const weekdayOf = (day: number): number => (((day - mondayOffset) % 7) + 7) % 7;
  const days = recurrence.daysOfWeek ?? [WEEKDAYS[weekdayOf(start.day)] ?? 'monday'];
  const stretches: Busy[] = [];
  for (let day = start.day, n = 0; n < recurrence.count; day += 1) {
    if (recurrence.pattern === 'weekly' && !days.includes(WEEKDAYS[weekdayOf(day)] ?? 'monday')) continue;
    const exception = recurrence.exceptions?.find((e) => e.occurrence === n);
    n += 1;
    if (exception?.deleted === true) continue;
    const moved = exception?.start;
    if (moved !== undefined && typeof moved === 'object' && 'day' in moved && moved.time !== undefined) {
      const movedFrom = minutesOf(moved.time);
      stretches.push({
        day: moved.day,
        from: movedFrom,
        to: movedFrom + (exception?.durationMinutes ?? to - from),
      });
    } else stretches.push({ day, from, to });
  }
  return stretches;
}

/**
 * The other advisors' meetings, placed around `existing` (Maya's calendar, which some of them
 * attend). `mondayOffset` is the day offset from today of this week's Monday in London.
 */
export function teamCalendarEvents(existing: ReadonlyArray<SpecEvent>, mondayOffset: number): SpecEvent[] {
  const comms = new Set(COMMS_TEAM_UPNS.map((a) => a.toLowerCase()));
  const busy = new Map<string, Busy[]>();
  /** This week's meetings of each client, as the set of advisors in each. */
  const clientMeetings = new Map<string, Array<Set<string>>>();
  const thisWeek = (day: number): boolean => day >= mondayOffset && day < mondayOffset + 7;
  const note = (event: SpecEvent): void => {
    const people = peopleOn(event);
    const stretches = stretchesOf(event, mondayOffset);
    for (const person of people) {
      if (comms.has(person)) busy.set(person, [...(busy.get(person) ?? []), ...stretches]);
    }
    if (people.length > LARGE_MEETING || !stretches.some((s) => thisWeek(s.day))) return;
    const advisors = new Set(people.filter((person) => comms.has(person)));
    for (const person of people) {
      if (!comms.has(person)) clientMeetings.set(person, [...(clientMeetings.get(person) ?? []), advisors]);
    }
  };
  existing.forEach(note);

  const everyonesClients = SCHEDULES.flatMap((schedule) => schedule.own);
  const events: SpecEvent[] = [];
  for (const { advisor, own, meetings } of SCHEDULES) {
    const advisorUpn = upnOf(advisor);
    meetings.forEach((template, index) => {
      const day = mondayOffset + 7 * template.w + template.wd;
      const counts = template.w === 0 && template.shared !== true;
      // A client is free for this advisor when every meeting they have this week has the advisor in
      // it: a meeting of their own would then not be a second advisor meeting the client separately.
      const free = (name: string): boolean =>
        !counts || (clientMeetings.get(upnOf(name)) ?? []).every((advisors) => advisors.has(advisorUpn));
      // A one-to-one falls back on the advisor's other clients, then on a teammate's, so a week in
      // which Maya happens to see all of someone's clients still has meetings in it.
      const candidates =
        template.title === undefined ? [...template.clients, ...own, ...everyonesClients] : template.clients;
      const lead = candidates.find((candidate) => free(candidate.name));
      if (lead === undefined && template.clients.length > 0) return;
      const others = (template.with ?? []).filter((name) => name !== lead?.name && free(name));
      const advisors = [advisorUpn, ...(template.advisors ?? []).map(upnOf)];
      const time = [template.time, ...OTHER_TIMES].find((candidate) => {
        const from = minutesOf(candidate);
        return advisors.every(
          (a) =>
            !(busy.get(a) ?? []).some(
              (b) => b.day === day && b.from < from + template.minutes && b.to > from,
            ),
        );
      });
      if (time === undefined) return;
      const organizerName = template.clientOrganises === true ? lead?.name : template.organizer;
      const organizer = organizerName === undefined ? undefined : upnOf(organizerName);
      const invited = [
        ...(lead === undefined ? [] : [upnOf(lead.name)]),
        ...others.map(upnOf),
        ...(template.advisors ?? []).map(upnOf),
      ].filter((a) => a !== organizer);
      const topic = lead?.topic ?? template.title ?? 'comms plan';
      const subject =
        template.title ??
        `1:1 ${lead?.name.split(' ')[0] ?? 'Client'} / ${advisor.split(' ')[0] ?? advisor}: ${topic}`;
      const alone = invited.length === 0 && organizer === undefined;
      const location = template.location ?? (alone ? undefined : TEAMS_MEETING);
      const event: SpecEvent = {
        key: `seed:team:${advisorUpn}:${template.w}:${index}`,
        subject,
        calendarOf: advisorUpn,
        start: { day, time },
        durationMinutes: template.minutes,
        ...(organizer === undefined ? {} : { organizer }),
        attendees: invited.map((email) => ({ email, response: 'accepted' as const })),
        ...(location === undefined ? {} : { location }),
        isOnlineMeeting: location === TEAMS_MEETING,
        showAs: 'busy',
        bodyHtml: alone
          ? ''
          : agendaBody(
              template.title === undefined ? `Catch-up on ${topic}.` : `${template.title}.`,
              template.agenda ?? ONE_TO_ONE_AGENDA,
            ),
      };
      events.push(event);
      note(event);
    });
  }
  return events;
}
