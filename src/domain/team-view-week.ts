import { addDays } from './agenda';
import type { ClientProfile, IsoDate } from './team-store';
import {
  type DayOf,
  type TeamData,
  type TeamMeeting,
  clientsByEmail,
  emailKey,
  memberNames,
  nameCollator,
  weekStart,
} from './team-view-data';

/** A client as the week's lists name them. */
export type ClientRef = { email: string; name: string };

/** One advisor's meetings with clients this week. */
export type AdvisorWeek = {
  advisorEmail: string;
  advisorName: string;
  /** In start order. */
  meetings: { subject: string; start: Date; clients: ClientRef[] }[];
};

/** A client that two advisors meet separately this week. */
export type DoubleBooking = {
  clientEmail: string;
  clientName: string;
  /** Names of every advisor meeting the client this week, sorted. */
  advisors: string[];
  /** Each advisor's meetings with the client, in start order. */
  meetings: { subject: string; start: Date; advisorName: string }[];
};

type WeekMeeting = { meeting: TeamMeeting; advisor: string; clients: ClientProfile[] };

/**
 * This week's (Monday to Sunday of `today`) meetings with listed clients, from each calendar.
 * Attendees who are not listed clients (a supplier, a room) are left out, and so is a meeting with
 * none left.
 */
function meetingsThisWeek(data: TeamData, today: IsoDate, dayOf: DayOf): WeekMeeting[] {
  const monday = weekStart(today);
  const sunday = addDays(monday, 6);
  const clients = clientsByEmail(data.clients);
  const week: WeekMeeting[] = [];
  for (const meeting of data.meetings) {
    const day = dayOf(meeting.start);
    if (day < monday || day > sunday) continue;
    const met = [...new Set(meeting.clientEmails.map(emailKey))]
      .map((email) => clients.get(email))
      .filter((client): client is ClientProfile => client !== undefined);
    if (met.length > 0) week.push({ meeting, advisor: emailKey(meeting.advisorEmail), clients: met });
  }
  return week.sort((a, b) => a.meeting.start.getTime() - b.meeting.start.getTime());
}

const clientRef = (client: ClientProfile): ClientRef => ({
  email: emailKey(client.email),
  name: client.displayName,
});

/**
 * Who in the team meets which clients this week: every team member, by name, those with no client
 * meeting included (so the list shows who has room), and anyone else whose calendar was read.
 */
export function thisWeek(data: TeamData, today: IsoDate, dayOf: DayOf): AdvisorWeek[] {
  const advisors = new Map<string, AdvisorWeek>();
  for (const member of data.team) {
    const email = emailKey(member.email);
    advisors.set(email, { advisorEmail: email, advisorName: member.name, meetings: [] });
  }
  for (const { meeting, advisor, clients } of meetingsThisWeek(data, today, dayOf)) {
    const entry = advisors.get(advisor) ?? {
      advisorEmail: advisor,
      advisorName: meeting.advisorName,
      meetings: [],
    };
    entry.meetings.push({ subject: meeting.subject, start: meeting.start, clients: clients.map(clientRef) });
    advisors.set(advisor, entry);
  }
  return [...advisors.values()].sort(
    (a, b) =>
      nameCollator.compare(a.advisorName, b.advisorName) || a.advisorEmail.localeCompare(b.advisorEmail),
  );
}

/**
 * Clients whom two advisors meet separately this week (Monday to Sunday of `today`), so the team
 * can agree who brings what. A meeting two advisors attend together is in both calendars but is
 * coordination, not duplication: a client is flagged only when two of their meetings this week
 * have no advisor in common. A meeting is the same one in two calendars when its start and
 * subject match.
 */
export function doubleBookings(data: TeamData, today: IsoDate, dayOf: DayOf): DoubleBooking[] {
  const names = memberNames(data.team);
  const byClient = new Map<string, { client: ClientProfile; entries: WeekMeeting[] }>();
  for (const entry of meetingsThisWeek(data, today, dayOf))
    for (const client of entry.clients) {
      const key = emailKey(client.email);
      const group = byClient.get(key) ?? { client, entries: [] };
      group.entries.push(entry);
      byClient.set(key, group);
    }

  const bookings: DoubleBooking[] = [];
  for (const { client, entries } of byClient.values()) {
    const advisorsOf = new Map<string, Set<string>>();
    for (const { meeting, advisor } of entries) {
      const key = `${meeting.start.getTime()}|${meeting.subject.trim().toLowerCase()}`;
      advisorsOf.set(key, (advisorsOf.get(key) ?? new Set()).add(advisor));
    }
    if (!hasSeparateMeetings([...advisorsOf.values()])) continue;
    const nameOf = (entry: WeekMeeting) => names.get(entry.advisor) ?? entry.meeting.advisorName;
    bookings.push({
      clientEmail: emailKey(client.email),
      clientName: client.displayName,
      advisors: [...new Set(entries.map(nameOf))].sort(nameCollator.compare),
      meetings: entries.map((entry) => ({
        subject: entry.meeting.subject,
        start: entry.meeting.start,
        advisorName: nameOf(entry),
      })),
    });
  }
  return bookings.sort(
    (a, b) => nameCollator.compare(a.clientName, b.clientName) || a.clientEmail.localeCompare(b.clientEmail),
  );
}

/** True when two of the meetings share no advisor. A client has a handful a week, so pairs are cheap. */
function hasSeparateMeetings(advisorSets: readonly ReadonlySet<string>[]): boolean {
  return advisorSets.some((a, i) =>
    advisorSets.slice(i + 1).some((b) => [...a].every((advisor) => !b.has(advisor))),
  );
}
