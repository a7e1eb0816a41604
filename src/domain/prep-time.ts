import type { Meeting } from './meeting';

/** Minutes of preparation booked before a client meeting. */
export const PREP_MINUTES = 15;

export type PrepSlot =
  | { kind: 'free'; start: Date; end: Date }
  | { kind: 'taken'; by: Meeting }
  | { kind: 'too-late' }
  | { kind: 'already-booked'; by: Meeting };

/** The subject a prep block carries, so it can be recognised on the next look. */
export function prepSubject(meetingSubject: string): string {
  return `Prep: ${meetingSubject}`.slice(0, 255);
}

/**
 * Whether the 15 minutes right before a meeting are free to book as prep time: not when they have
 * already started, not when something that blocks time (busy, tentative, away) overlaps them, and
 * not twice. `around` is the calendar around that slot.
 */
export function findPrepSlot(
  meeting: Meeting,
  around: readonly Meeting[],
  now: Date,
  minutes = PREP_MINUTES,
): PrepSlot {
  const end = meeting.start;
  const start = new Date(end.getTime() - minutes * 60_000);
  if (start.getTime() < now.getTime()) return { kind: 'too-late' };
  const overlapping = around.filter(
    (m) =>
      m.start.getTime() < end.getTime() &&
      m.end.getTime() > start.getTime() &&
      !m.isCancelled &&
      !m.isAllDay &&
      m.myResponse !== 'declined' &&
      (m.id === undefined || m.id !== meeting.id),
  );
  const booked = overlapping.find((m) => m.subject === prepSubject(meeting.subject));
  if (booked !== undefined) return { kind: 'already-booked', by: booked };
  const blocking = overlapping.find((m) => m.showAs !== 'free' && m.showAs !== 'workingElsewhere');
  if (blocking !== undefined) return { kind: 'taken', by: blocking };
  return { kind: 'free', start, end };
}
