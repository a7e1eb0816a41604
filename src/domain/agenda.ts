import type { Classification } from './classify-meeting';
import type { Meeting } from './meeting';

export type AgendaEntry = { meeting: Meeting; classification: Extract<Classification, { kind: 'client' }> };

export type AgendaDay = {
  /** `YYYY-MM-DD` in the viewer's time zone. */
  day: string;
  entries: readonly AgendaEntry[];
};

export type AgendaOptions = {
  now: Date;
  /** How many calendar days, today included. */
  days: number;
  /** IANA zone the viewer lives in; days are cut at its midnight. */
  timeZone: string;
};

/**
 * The coming days' client meetings, grouped by the viewer's local day, in start order. A meeting
 * already over is left out; one under way stays, because the advisor may still open it.
 */
export function buildAgenda(
  items: readonly { meeting: Meeting; classification: Classification }[],
  options: AgendaOptions,
): AgendaDay[] {
  const today = dayKey(options.now, options.timeZone);
  const lastDay = addDays(today, options.days - 1);
  const byDay = new Map<string, AgendaEntry[]>();
  const sorted = [...items].sort((a, b) => a.meeting.start.getTime() - b.meeting.start.getTime());
  for (const { meeting, classification } of sorted) {
    if (classification.kind !== 'client') continue;
    if (hasEnded(meeting, options.now, today)) continue;
    const day = meeting.isAllDay ? allDayKey(meeting.start) : dayKey(meeting.start, options.timeZone);
    const shown = day < today ? today : day;
    if (shown > lastDay) continue;
    const entries = byDay.get(shown) ?? [];
    entries.push({ meeting, classification });
    byDay.set(shown, entries);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, entries]) => ({ day, entries }));
}

/**
 * An all-day event is over once its (exclusive) end date is today or earlier in the viewer's zone,
 * not at UTC midnight; other meetings end at their end instant.
 */
function hasEnded(meeting: Meeting, now: Date, today: string): boolean {
  if (meeting.isAllDay) return allDayKey(meeting.end) <= today;
  return meeting.end.getTime() <= now.getTime();
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in a time zone. */
export function dayKey(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * All-day events start at midnight of their own day wherever the viewer is (Graph gives them as a
 * date at 00:00 in the event's zone), so their day is read off the date, not converted.
 */
function allDayKey(start: Date): string {
  return start.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus n days, on the calendar (no time zone involved). */
export function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}
