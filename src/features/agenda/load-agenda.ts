import { buildAgenda, dayKey, type AgendaDay, type AgendaEntry } from '../../domain/agenda';
import { classifyMeeting } from '../../domain/classify-meeting';
import { findPrepSlot } from '../../domain/prep-time';
import type { ValueAddNote } from '../../domain/team-store';
import { bodyOf } from '../../graph/batch';
import { getCalendarView } from '../../graph/get-calendar-view';
import { describeGraphError } from '../../graph/graph-errors';
import { loadOrgContext } from '../../graph/load-org-context';
import { mapItems, toNote } from '../../graph/store/map-store';
import { listItemsRequest, readListItems } from '../../graph/store/store-lists';
import type { Session } from '../session';

export type Agenda = {
  days: AgendaDay[];
  /** Client meetings of the past week that ended without a value-add note from me, newest first. */
  needsNote: AgendaEntry[];
  /** Ids of the coming client meetings that have a prep block booked right before them. */
  prepBooked: ReadonlySet<string>;
  problems: string[];
  horizonDays: number;
};

/** How far ahead the agenda looks, today included. */
export const AGENDA_DAYS = 7;
/** How far back it looks for client meetings still waiting for a note. */
export const NOTE_LOOKBACK_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The coming week's client meetings, and last week's that still need a value-add note: the
 * calendar view (paged), then in one batch the people in it and my recent notes, then the
 * classifier.
 */
export async function loadAgenda(session: Session): Promise<Agenda> {
  const now = session.now();
  const since = new Date(now.getTime() - NOTE_LOOKBACK_DAYS * DAY_MS);
  const end = new Date(now.getTime() + AGENDA_DAYS * DAY_MS);
  const view = await getCalendarView(session.graph, since, end);
  const notesRequest =
    session.store === null || session.storeMissing?.includes('notes') === true
      ? null
      : listItemsRequest('my-notes', session.store, 'notes', {
          filter: `fields/AuthorEmail eq '${session.me.email.replace(/'/g, "''")}' and fields/MeetingDate ge '${since.toISOString()}'`,
          top: 500,
        });
  const context = await loadOrgContext(session.graph, session.me, view.meetings, {
    extra: notesRequest === null ? [] : [notesRequest],
  });
  const items = view.meetings.map((meeting) => ({
    meeting,
    classification: classifyMeeting(meeting, context.org),
  }));
  const problems = [...context.problems];
  if (view.unreadable > 0)
    problems.push(
      `${view.unreadable} calendar ${view.unreadable === 1 ? 'entry' : 'entries'} could not be read and ${view.unreadable === 1 ? 'is' : 'are'} left out.`,
    );
  let notes: ValueAddNote[] | null = null;
  if (notesRequest !== null) {
    try {
      notes = mapItems(readListItems(bodyOf(context.extra, notesRequest.id)).items, toNote).records;
    } catch (error) {
      problems.push(`Your recent value-add notes could not be read: ${describeGraphError(error)}`);
    }
  }
  const zone = session.host.timeZone;
  const hasNote = (entry: AgendaEntry) =>
    notes?.some(
      (n) =>
        (n.meetingICalUId !== undefined && n.meetingICalUId === entry.meeting.iCalUId) ||
        (n.subject.trim().toLowerCase() === entry.meeting.subject.trim().toLowerCase() &&
          dayKey(n.meetingDate, zone) === dayKey(entry.meeting.start, zone)),
    ) ?? true;
  const needsNote = items
    .filter(
      (item): item is AgendaEntry =>
        item.classification.kind === 'client' &&
        !item.meeting.isAllDay &&
        item.meeting.end.getTime() <= now.getTime() &&
        item.meeting.start.getTime() >= since.getTime(),
    )
    .filter((entry) => !hasNote(entry))
    .sort((a, b) => b.meeting.start.getTime() - a.meeting.start.getTime());
  return {
    days: buildAgenda(
      items.filter((i) => i.meeting.end.getTime() > now.getTime()),
      { now, days: AGENDA_DAYS, timeZone: zone },
    ),
    needsNote,
    prepBooked: new Set(
      items
        .filter((i) => i.classification.kind === 'client')
        .filter((i) => {
          const slot = findPrepSlot(i.meeting, view.meetings, new Date(0));
          return slot.kind === 'already-booked';
        })
        .map((i) => i.meeting.id ?? i.meeting.subject),
    ),
    problems,
    horizonDays: AGENDA_DAYS,
  };
}
