import type { Meeting } from '../../domain/meeting';
import { PREP_MINUTES, findPrepSlot, prepSubject, type PrepSlot } from '../../domain/prep-time';
import { createEvent } from '../../graph/create-event';
import { getCalendarView } from '../../graph/get-calendar-view';
import type { Session } from '../session';

export type PrepBooking = Exclude<PrepSlot, { kind: 'free' }> | { kind: 'booked'; event: Meeting };

/**
 * Books the 15 minutes before a meeting as a prep block when they are free: reads that slot of the
 * calendar, then `POST /me/events` with a transactionId, so a retry after a timeout cannot book
 * it twice.
 */
export async function bookPrepTime(session: Session, meeting: Meeting): Promise<PrepBooking> {
  const from = new Date(meeting.start.getTime() - PREP_MINUTES * 60_000);
  const { meetings } = await getCalendarView(session.graph, from, meeting.start);
  const slot = findPrepSlot(meeting, meetings, session.now());
  if (slot.kind !== 'free') return slot;
  const event = await createEvent(session.graph, {
    subject: prepSubject(meeting.subject),
    start: slot.start,
    end: slot.end,
    showAs: 'busy',
    bodyText: `Time to read the Home Turf prep card for "${meeting.subject}".`,
    transactionId: crypto.randomUUID(),
  });
  return { kind: 'booked', event };
}
