import { addDays, dayKey } from '../../domain/agenda';
import { classifyMeeting, type Classification } from '../../domain/classify-meeting';
import type { Meeting } from '../../domain/meeting';
import { wallClockToInstant } from '../../domain/time';
import { getCalendarView } from '../../graph/get-calendar-view';
import { loadOrgContext } from '../../graph/load-org-context';
import type { Session } from '../session';

export type WeekMeeting = { meeting: Meeting; classification: Classification };
export type Week = { monday: string; days: string[]; meetings: WeekMeeting[]; problems: string[] };

/** Monday (`YYYY-MM-DD`) of the week `offset` weeks from the one `now` falls in, in `timeZone`. */
export function mondayOf(now: Date, timeZone: string, offset = 0): string {
  const today = dayKey(now, timeZone);
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(today, offset * 7 - weekday);
}

/** One working week (Monday to Friday) of the signed-in user's calendar, each meeting classified. */
export async function loadWeek(session: Session, monday: string): Promise<Week> {
  const zone = session.host.timeZone;
  const days = Array.from({ length: 5 }, (_, i) => addDays(monday, i));
  const start = wallClockToInstant(`${monday}T00:00:00`, zone);
  const end = wallClockToInstant(`${addDays(monday, 7)}T00:00:00`, zone);
  const view = await getCalendarView(session.graph, start, end);
  const context = await loadOrgContext(session.graph, session.me, view.meetings);
  const problems = [...context.problems];
  if (view.unreadable > 0)
    problems.push(
      `${view.unreadable} calendar ${view.unreadable === 1 ? 'entry' : 'entries'} could not be read.`,
    );
  return {
    monday,
    days,
    meetings: view.meetings.map((meeting) => ({
      meeting,
      classification: classifyMeeting(meeting, context.org),
    })),
    problems,
  };
}
