import { guidFrom, iCalUIdFrom } from '../ids';
import type { SpecEvent, SpecListItem } from '../tenant-spec';
import { DEMO_USER_UPN, SEED_SUBJECTS } from './constants';
import { upnOf } from './directory';
import type { Random } from './prng';
import { articleId, articlesFor, articlesForDepartment, articleTitle, ARTICLES } from './store-articles';
import { departmentOf, profileByAddress } from './store-clients';
import { isoInstant, type StoreClock } from './store-dates';
import { HISTORY_NOTES } from './store-notes-history';
import { DEPARTMENT_STORY_LEADS, DEPARTMENT_VALUE } from './store-notes-pools';
import type { ClientProfile, NoteSeed, ValueKind } from './store-types';

/**
 * HomeTurfNotes: value-add notes for past client meetings still in the calendar (same subject,
 * start and iCalUId as the event), and older notes from before the calendar window. No client is
 * brought more than two articles, and none an article published after the meeting.
 */

type FollowUp = { text: string; due: string | null; owner: 'us' | 'client'; done: boolean };
type Heard = { kind: 'pressure' | 'priority' | 'kpi'; text: string; due: string | null };

type Note = {
  noteKey: string;
  subject: string;
  client: string;
  author: string;
  iCalUId: string;
  meetingMs: number;
  value: ReadonlyArray<{ kind: ValueKind; text: string }>;
  articles: ReadonlyArray<string>;
  followUps: ReadonlyArray<FollowUp>;
  heard: ReadonlyArray<Heard>;
  storyLead: string | null;
  pulse: number | null;
};

/** A past client meeting in the seeded calendar, with the profiled clients who attended. */
type PastMeeting = { event: SpecEvent; day: number; startMs: number; clients: ClientProfile[] };

const MAX_ARTICLES_PER_CLIENT = 2;
const MAX_NOTED_MEETINGS = 8;

function addressesOf(event: SpecEvent): string[] {
  const organizer = event.organizer;
  const organizerEmail = typeof organizer === 'string' ? organizer : organizer?.email;
  return [organizerEmail, ...(event.attendees ?? []).map((a) => a.email)]
    .filter((a): a is string => a !== undefined)
    .map((a) => a.toLowerCase());
}

/** Past, held client meetings of the calendar, oldest first (the HR sync series by its first date). */
function pastClientMeetings(events: ReadonlyArray<SpecEvent>, clock: StoreClock): PastMeeting[] {
  const meetings: PastMeeting[] = [];
  for (const event of events) {
    const start = event.start;
    if (typeof start !== 'object' || !('day' in start) || start.time === undefined) continue;
    if (event.isCancelled || event.isAllDay || event.myResponse === 'declined') continue;
    if (event.originalStartTimeZone !== undefined) continue;
    if (event.recurrence && event.subject !== SEED_SUBJECTS.hrSeries) continue;
    if (event.subject === SEED_SUBJECTS.allHands || event.subject === SEED_SUBJECTS.clientOneToOne) continue;
    const startMs = clock.instantMs(start.day, start.time);
    // Only meetings that are over: nobody writes the note while the meeting is still on.
    if (startMs + (event.durationMinutes ?? 30) * 60_000 > clock.nowMs) continue;
    const clients = [...new Set(addressesOf(event))]
      .map(profileByAddress)
      .filter((p): p is ClientProfile => p !== undefined);
    if (clients.length > 0) meetings.push({ event, day: start.day, startMs, clients });
  }
  return meetings.sort((a, b) => a.startMs - b.startMs);
}

function iCalUIdOf(meeting: PastMeeting, clock: StoreClock): string {
  const key = meeting.event.key ?? `${meeting.event.subject}|${meeting.startMs}`;
  return meeting.event.recurrence ? iCalUIdFrom(key, clock.calendarDate(meeting.day)) : iCalUIdFrom(key);
}

function fromSeed(seed: NoteSeed, clock: StoreClock): Note {
  const due = (days: number | null): string | null => (days === null ? null : clock.date(days));
  return {
    noteKey: `history:${seed.key}`,
    subject: seed.subject,
    client: upnOf(seed.client),
    author: upnOf(seed.author),
    iCalUId: iCalUIdFrom(`northwind:history:${seed.key}`),
    meetingMs: clock.instantMs(-seed.daysAgo, seed.time),
    value: seed.value.map(([kind, text]) => ({ kind, text })),
    articles: seed.articles,
    followUps: seed.followUps.map(([text, days, owner, done]) => ({ text, due: due(days), owner, done })),
    heard: seed.heard.map(([kind, text, days]) => ({ kind, text, due: due(days) })),
    storyLead: seed.storyLead ?? null,
    pulse: seed.pulse,
  };
}

/** Last week's HR comms sync with Priya: the second (and last) article she has been brought. */
function priyaHrSyncNote(meeting: PastMeeting, clock: StoreClock): Note {
  const d = meeting.day;
  return {
    noteKey: `calendar:${clock.date(d)}:${meeting.event.key ?? ''}:priya`,
    subject: meeting.event.subject,
    client: upnOf('Priya Shah'),
    author: DEMO_USER_UPN,
    iCalUId: iCalUIdOf(meeting, clock),
    meetingMs: meeting.startMs,
    value: [
      { kind: 'article', text: `Shared "${articleTitle('preboarding')}"` },
      {
        kind: 'best practice',
        text: 'Managers send a personal note before day one, as the retailers in it do',
      },
    ],
    articles: ['preboarding'],
    followUps: [
      { text: 'Send the manager welcome pack draft', due: clock.date(d + 2), owner: 'us', done: true },
      {
        text: 'Chase Liam for the onboarding hub wireframes',
        due: clock.date(d + 3),
        owner: 'us',
        done: false,
      },
      {
        text: 'Confirm the HR leadership review date for the welcome pack',
        due: clock.date(d + 5),
        owner: 'client',
        done: false,
      },
    ],
    heard: [
      { kind: 'priority', text: 'Manager welcome pack signed off by HR leadership', due: clock.date(4) },
      { kind: 'pressure', text: 'Onboarding budget frozen until April', due: null },
    ],
    storyLead: null,
    pulse: 4,
  };
}

/** A note written from the client's profile and department for a routine past meeting. */
function routineNote(
  meeting: PastMeeting,
  profile: ClientProfile,
  brought: ReadonlyArray<string>,
  clock: StoreClock,
  random: Random,
): Note {
  const d = meeting.day;
  const department = departmentOf(profile.name);
  const publishedBefore = (key: string): boolean => (ARTICLES.find((a) => a.key === key)?.daysAgo ?? 0) > -d;
  const candidates = articlesForDepartment(department).filter(
    (key) => !brought.includes(key) && publishedBefore(key),
  );
  const about = [...profile.pressures, ...profile.priorities.map(([text]) => text), ...profile.kpis].join(
    ' ',
  );
  const best = articlesFor(department, about)
    .filter((key) => candidates.includes(key))
    .slice(0, 2);
  const articles = brought.length < MAX_ARTICLES_PER_CLIENT && best.length > 0 ? [random.pick(best)] : [];
  const [valueKind, valueText] = random.pick(DEPARTMENT_VALUE[department] ?? [['idea', 'A fresh angle']]);
  const [work] = profile.file[0] ?? [];
  const [firstPriority = 'their next milestone'] = profile.priorities[0] ?? [];
  const [heardText, heardDue] = profile.priorities[1] ?? profile.priorities[0] ?? [firstPriority, null];
  const heard: Heard[] = [
    { kind: 'priority', text: heardText, due: heardDue === null ? null : clock.date(heardDue) },
  ];
  const [pressure] = profile.pressures;
  if (pressure !== undefined && random.next() < 0.5)
    heard.push({ kind: 'pressure', text: pressure, due: null });
  const usDue = d + 2;
  const clientDue = d + 5;
  return {
    noteKey: `calendar:${clock.date(d)}:${meeting.event.key ?? meeting.event.subject}:${profile.name}`,
    subject: meeting.event.subject,
    client: upnOf(profile.name),
    author: DEMO_USER_UPN,
    iCalUId: iCalUIdOf(meeting, clock),
    meetingMs: meeting.startMs,
    value: [
      ...articles.map((key) => ({ kind: 'article' as const, text: `Shared "${articleTitle(key)}"` })),
      { kind: valueKind, text: valueText },
    ],
    articles,
    followUps: [
      {
        text: work ? `Send an update on ${work}` : `Send options for "${firstPriority}"`,
        due: clock.date(usDue),
        owner: 'us',
        done: usDue < 0 && random.next() < 0.5,
      },
      {
        text: `Confirm timing: ${firstPriority}`,
        due: clock.date(clientDue),
        owner: 'client',
        done: clientDue < -1 && random.next() < 0.5,
      },
    ],
    heard,
    storyLead: random.next() < 0.3 ? (DEPARTMENT_STORY_LEADS[department] ?? null) : null,
    pulse: random.next() < 0.15 ? null : random.int(3, 5),
  };
}

function toItem(note: Note, index: number, nowMs: number): SpecListItem {
  return {
    id: String(index + 1),
    // Written up within a couple of hours of the meeting.
    created: isoInstant(Math.min(note.meetingMs + 2 * 3600_000, nowMs)),
    createdBy: note.author,
    fields: {
      Title: note.subject,
      NoteId: guidFrom(`note:${note.noteKey}`),
      ClientEmail: note.client,
      MeetingICalUId: note.iCalUId,
      MeetingDate: isoInstant(note.meetingMs),
      AuthorEmail: note.author,
      ValueOffered: JSON.stringify(note.value),
      ArticlesBrought: JSON.stringify(note.articles.map(articleId)),
      FollowUps: JSON.stringify(note.followUps),
      PrioritiesHeard: JSON.stringify(note.heard),
      StoryLead: note.storyLead,
      Pulse: note.pulse,
    },
  };
}

/** HomeTurfNotes items: older notes first, then notes for past meetings in the calendar. */
export function noteItems(
  events: ReadonlyArray<SpecEvent>,
  clock: StoreClock,
  random: Random,
): SpecListItem[] {
  const notes = HISTORY_NOTES.map((seed) => fromSeed(seed, clock));
  const brought = (client: string): string[] =>
    notes.filter((n) => n.client === client).flatMap((n) => n.articles);
  const meetings = pastClientMeetings(events, clock);
  const hrSync = meetings.find((m) => m.event.subject === SEED_SUBJECTS.hrSeries);
  if (hrSync) notes.push(priyaHrSyncNote(hrSync, clock));
  const routine = meetings.filter((m) => m !== hrSync).filter((_, i) => i % 3 !== 2);
  for (const meeting of routine.slice(-MAX_NOTED_MEETINGS)) {
    for (const profile of meeting.clients) {
      notes.push(routineNote(meeting, profile, brought(upnOf(profile.name)), clock, random));
    }
  }
  return notes.map((note, index) => toItem(note, index, clock.nowMs));
}
