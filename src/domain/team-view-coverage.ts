import { addDays } from './agenda';
import { daysBetween } from './client-prep';
import type { IsoDate } from './team-store';
import {
  type DayOf,
  type TeamData,
  departmentKey,
  departmentOf,
  emailKey,
  nameCollator,
  weekStart,
} from './team-view-data';

/** Contact with one department in one week. */
export type CoverageCell = {
  department: string;
  /** The Monday the week starts. */
  week: IsoDate;
  /** Clients contacted, counted once per client and day. */
  contacts: number;
  /** Addresses of the clients contacted, sorted. */
  clients: string[];
};

/** A department nobody in the team has talked to lately. */
export type UncoveredDepartment = {
  department: string;
  /** Whole weeks, this one included, since the week of the last contact; null when there never was one. */
  weeksWithoutContact: number | null;
  lastContact: IsoDate | null;
};

/** The departments × weeks map of the team's contact with clients. */
export type Coverage = {
  /** Every client department, sorted. */
  departments: string[];
  /** Week starts (Mondays), oldest first, ending with this week. */
  weeks: IsoDate[];
  /** One per department and week, departments in order, then weeks. */
  cells: CoverageCell[];
  /** Longest without contact first. */
  uncovered: UncoveredDepartment[];
};

/**
 * How much the team talks to each department, week by week over the last `weeks` weeks, and which
 * departments had no contact in the last `recentWeeks` (this week included).
 *
 * A contact is a note, or a meeting whose day has come, with a client of the department. A client
 * met on a day counts once however many records show it: the meeting is in the calendar of each
 * advisor attending it and usually has a note too, and counting each would flatter the coverage.
 * Clients without a department are left out: there is no department to cover. Departments are
 * compared in any case, and named as the first client listed spells them.
 */
export function coverage(data: TeamData, today: IsoDate, dayOf: DayOf, weeks = 8, recentWeeks = 4): Coverage {
  const departmentByClient = new Map<string, string>();
  const names = new Map<string, string>();
  for (const client of data.clients) {
    const department = departmentOf(client);
    if (department === null) continue;
    const key = departmentKey(department);
    if (!names.has(key)) names.set(key, department);
    departmentByClient.set(emailKey(client.email), key);
  }

  const contactDays = new Set<string>();
  const contact = (email: string, day: IsoDate): void => {
    const key = emailKey(email);
    if (day <= today && departmentByClient.has(key)) contactDays.add(`${day}|${key}`);
  };
  for (const note of data.notes) contact(note.clientEmail, dayOf(note.meetingDate));
  for (const meeting of data.meetings) {
    const day = dayOf(meeting.start);
    for (const email of meeting.clientEmails) contact(email, day);
  }

  const thisWeek = weekStart(today);
  const weekList = Array.from({ length: Math.max(0, Math.floor(weeks)) }, (_, i) =>
    addDays(thisWeek, -7 * i),
  ).reverse();
  const firstWeek = weekList[0] ?? thisWeek;
  const lastContact = new Map<string, IsoDate>();
  const cellClients = new Map<string, Set<string>>();
  const cellContacts = new Map<string, number>();
  const weekOf = new Map<IsoDate, IsoDate>();
  for (const entry of contactDays) {
    // The day is fixed-width, so an address holding a "|" still splits right.
    const day = entry.slice(0, 10);
    const email = entry.slice(11);
    const department = departmentByClient.get(email) ?? '';
    const latest = lastContact.get(department);
    if (latest === undefined || day > latest) lastContact.set(department, day);
    const week = weekOf.get(day) ?? weekStart(day);
    weekOf.set(day, week);
    if (weekList.length === 0 || week < firstWeek) continue;
    const cell = `${department}|${week}`;
    cellContacts.set(cell, (cellContacts.get(cell) ?? 0) + 1);
    cellClients.set(cell, (cellClients.get(cell) ?? new Set()).add(email));
  }

  const departments = [...names.entries()].sort(([, a], [, b]) => nameCollator.compare(a, b));
  const cells = departments.flatMap(([key, department]) =>
    weekList.map((week) => ({
      department,
      week,
      contacts: cellContacts.get(`${key}|${week}`) ?? 0,
      clients: [...(cellClients.get(`${key}|${week}`) ?? [])].sort(),
    })),
  );
  const uncovered = departments
    .map(([key, department]) => {
      const last = lastContact.get(key) ?? null;
      const weeksWithoutContact = last === null ? null : daysBetween(weekStart(last), thisWeek) / 7;
      return { department, weeksWithoutContact, lastContact: last };
    })
    .filter((d) => d.weeksWithoutContact === null || d.weeksWithoutContact >= recentWeeks)
    .sort((a, b) => silence(b) - silence(a) || nameCollator.compare(a.department, b.department));
  return { departments: departments.map(([, name]) => name), weeks: weekList, cells, uncovered };
}

/** Weeks without contact, never contacted counting as the longest. */
function silence(department: UncoveredDepartment): number {
  return department.weeksWithoutContact ?? Number.MAX_SAFE_INTEGER;
}
