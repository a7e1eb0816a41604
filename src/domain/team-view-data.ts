import { addDays } from './agenda';
import type { Campaign, ClientProfile, FileItem, IsoDate, ValueAddNote } from './team-store';

/**
 * What the comms team's channel tab is computed from, and the small helpers its computations
 * share. The computations themselves are in the other team-view-* files and value-delivered;
 * team-view.ts gathers what the tab imports.
 */

/** A team member's meeting with internal clients, read from that member's calendar. */
export type TeamMeeting = {
  /** The advisor whose calendar holds the meeting. */
  advisorEmail: string;
  advisorName: string;
  subject: string;
  start: Date;
  /** The internal clients in the meeting. */
  clientEmails: string[];
};

/** A member of the comms team. */
export type TeamMember = { email: string; name: string };

/** Everything the team tab knows: the store's records, the team's calendars and the team itself. */
export type TeamData = {
  /** Every client of the team. */
  clients: ClientProfile[];
  fileItems: FileItem[];
  /** Up to several thousand. */
  notes: ValueAddNote[];
  campaigns: Campaign[];
  /**
   * Team members' meetings with clients, from their calendars. A meeting two members attend is
   * listed once per calendar.
   */
  meetings: TeamMeeting[];
  team: TeamMember[];
};

/** The calendar day (`YYYY-MM-DD`) an instant falls on for the reader. */
export type DayOf = (instant: Date) => IsoDate;

/**
 * A `DayOf` for a time zone, for the team tab's volumes: one formatter built once and each instant
 * converted once. Building an `Intl.DateTimeFormat` per call (as `dayKey` does) costs tens of
 * microseconds, which over 5,000 notes, asked for by several computations, runs to most of a
 * second. Unknown zones throw a RangeError.
 */
export function dayOfInZone(timeZone: string): DayOf {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const seen = new Map<number, IsoDate>();
  return (instant) => {
    const ms = instant.getTime();
    const known = seen.get(ms);
    if (known !== undefined) return known;
    const parts = format.formatToParts(instant);
    const part = (type: Intl.DateTimeFormatPartTypes): string =>
      parts.find((p) => p.type === type)?.value ?? '';
    const day = `${part('year')}-${part('month')}-${part('day')}`;
    seen.set(ms, day);
    return day;
  };
}

/** The Monday starting the (Monday to Sunday) week a day falls in. */
export function weekStart(day: IsoDate): IsoDate {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/**
 * The form addresses are compared in. The store lower-cases them, but calendars and older notes
 * may not, and a missed match would hide a contact.
 */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** The form departments are compared in: campaigns' audiences are typed by hand. */
export function departmentKey(department: string): string {
  return department.trim().toLowerCase();
}

/** Records grouped under a key, each group in the records' order. */
export function groupBy<T>(records: readonly T[], key: (record: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const k = key(record);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [record]);
    else group.push(record);
  }
  return groups;
}

/** Clients by address. */
export function clientsByEmail(clients: readonly ClientProfile[]): Map<string, ClientProfile> {
  return new Map(clients.map((c) => [emailKey(c.email), c]));
}

/** Team members' names by address. */
export function memberNames(team: readonly TeamMember[]): Map<string, string> {
  return new Map(team.map((m) => [emailKey(m.email), m.name]));
}

/** A client's recorded department, or null when none is (a blank one counts as none). */
export function departmentOf(client: ClientProfile): string | null {
  const department = client.department?.trim();
  return department === undefined || department === '' ? null : department;
}

/**
 * Names sort and compare as the reader expects (accents and case aside, "Team 2" before "Team 10"),
 * in the reader's locale.
 */
export const nameCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
