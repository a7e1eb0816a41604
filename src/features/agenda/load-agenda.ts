import { buildAgenda, type AgendaDay } from '../../domain/agenda';
import { classifyMeeting } from '../../domain/classify-meeting';
import { getCalendarView } from '../../graph/get-calendar-view';
import { loadOrgContext } from '../../graph/load-org-context';
import type { Session } from '../session';

export type Agenda = { days: AgendaDay[]; problems: string[]; horizonDays: number };

/** How far ahead the agenda looks, today included. */
export const AGENDA_DAYS = 7;

/**
 * The coming week's client meetings: the calendar view (paged), then the people in it in one
 * batch, then the classifier.
 */
export async function loadAgenda(session: Session): Promise<Agenda> {
  const now = session.now();
  const end = new Date(now.getTime() + AGENDA_DAYS * 24 * 60 * 60 * 1000);
  const view = await getCalendarView(session.graph, now, end);
  const context = await loadOrgContext(session.graph, session.me, view.meetings);
  const items = view.meetings.map((meeting) => ({
    meeting,
    classification: classifyMeeting(meeting, context.org),
  }));
  const problems = [...context.problems];
  if (view.unreadable > 0)
    problems.push(`${view.unreadable} calendar entries could not be read and are left out.`);
  return {
    days: buildAgenda(items, { now, days: AGENDA_DAYS, timeZone: session.host.timeZone }),
    problems,
    horizonDays: AGENDA_DAYS,
  };
}
