import type { Meeting } from '../../../src/domain/meeting';
import { PREP_MINUTES, findPrepSlot, prepSubject } from '../../../src/domain/prep-time';
import { attendee, buildMeeting, priya } from '../../builders/meeting-builders';

/** The client meeting: 10:00–10:30 UTC, so its prep slot is 09:45–10:00. */
const meeting = buildMeeting({
  id: 'meeting-hr-plan',
  subject: 'HR plan check-in',
  start: new Date('2026-11-24T10:00:00Z'),
  end: new Date('2026-11-24T10:30:00Z'),
  attendees: [attendee(priya)],
});
const now = new Date('2026-11-24T08:00:00Z');

/** Another calendar entry between two times on the meeting's day (`HH:MM` UTC). */
function entry(from: string, to: string, overrides: Partial<Meeting> = {}): Meeting {
  return buildMeeting({
    id: `entry-${from}-${to}`,
    iCalUId: `uid-${from}-${to}`,
    subject: 'Something else',
    start: new Date(`2026-11-24T${from}:00Z`),
    end: new Date(`2026-11-24T${to}:00Z`),
    ...overrides,
  });
}

/** What the user is told: free (with the slot), or why not and because of which entry. */
function outcome(around: readonly Meeting[], at = now, minutes?: number): string {
  const slot = findPrepSlot(meeting, around, at, minutes);
  switch (slot.kind) {
    case 'free':
      return `free ${slot.start.toISOString().slice(11, 16)}–${slot.end.toISOString().slice(11, 16)}`;
    case 'taken':
    case 'already-booked':
      return `${slot.kind} by ${slot.by.subject}`;
    case 'too-late':
      return 'too-late';
  }
}

describe('findPrepSlot', () => {
  it('offers the 15 minutes before the meeting when the calendar is empty', () => {
    expect(PREP_MINUTES).toBe(15);
    expect(findPrepSlot(meeting, [], now)).toEqual({
      kind: 'free',
      start: new Date('2026-11-24T09:45:00Z'),
      end: new Date('2026-11-24T10:00:00Z'),
    });
  });

  it('offers a longer slot when asked for more minutes', () => {
    expect(outcome([], now, 30)).toBe('free 09:30–10:00');
  });

  it('ignores the meeting itself in the calendar around it', () => {
    const itself = { ...meeting, start: new Date('2026-11-24T09:30:00Z') };
    expect(outcome([itself])).toBe('free 09:45–10:00');
  });

  it.each([
    { showAs: 'busy', result: 'taken by Stand-up' },
    { showAs: 'tentative', result: 'taken by Stand-up' },
    { showAs: 'oof', result: 'taken by Stand-up' },
    { showAs: 'unknown', result: 'taken by Stand-up' },
    { showAs: 'free', result: 'free 09:45–10:00' },
    { showAs: 'workingElsewhere', result: 'free 09:45–10:00' },
  ] as const)('an overlapping entry shown as $showAs: $result', ({ showAs, result }) => {
    expect(outcome([entry('09:30', '09:50', { subject: 'Stand-up', showAs })])).toBe(result);
  });

  it.each([
    { what: 'cancelled', overrides: { isCancelled: true } },
    { what: 'declined', overrides: { myResponse: 'declined' } },
    {
      what: 'all-day',
      overrides: {
        isAllDay: true,
        start: new Date('2026-11-24T00:00:00Z'),
        end: new Date('2026-11-25T00:00:00Z'),
      },
    },
  ] as const)('a busy overlapping entry that is $what leaves the slot free', ({ overrides }) => {
    expect(outcome([entry('09:30', '09:50', { subject: 'Stand-up', ...overrides })])).toBe(
      'free 09:45–10:00',
    );
  });

  it.each([
    { from: '09:00', to: '09:45', result: 'free 09:45–10:00' },
    { from: '10:00', to: '10:30', result: 'free 09:45–10:00' },
    { from: '09:00', to: '09:46', result: 'taken by Stand-up' },
    { from: '09:59', to: '10:15', result: 'taken by Stand-up' },
    { from: '09:50', to: '09:55', result: 'taken by Stand-up' },
    { from: '09:00', to: '11:00', result: 'taken by Stand-up' },
  ])('a busy entry $from–$to: $result', ({ from, to, result }) => {
    expect(outcome([entry(from, to, { subject: 'Stand-up' })])).toBe(result);
  });

  it('does not book twice: an overlapping prep block for this meeting is already booked', () => {
    const prep = entry('09:45', '10:00', { subject: 'Prep: HR plan check-in' });
    const standUp = entry('09:30', '09:50', { subject: 'Stand-up' });
    expect(outcome([standUp, prep])).toBe('already-booked by Prep: HR plan check-in');
  });

  it('recognises a prep block even when it is shown as free', () => {
    expect(outcome([entry('09:45', '10:00', { subject: 'Prep: HR plan check-in', showAs: 'free' })])).toBe(
      'already-booked by Prep: HR plan check-in',
    );
  });

  it('treats a prep block for another meeting as any other busy entry', () => {
    expect(outcome([entry('09:45', '10:00', { subject: 'Prep: Pay review' })])).toBe(
      'taken by Prep: Pay review',
    );
  });

  it.each([
    { at: '2026-11-24T09:44:00Z', result: 'free 09:45–10:00' },
    { at: '2026-11-24T09:45:00Z', result: 'free 09:45–10:00' },
    { at: '2026-11-24T09:46:00Z', result: 'too-late' },
    { at: '2026-11-24T10:05:00Z', result: 'too-late' },
  ])('at $at: $result', ({ at, result }) => {
    expect(outcome([], new Date(at))).toBe(result);
  });

  it('is too late rather than taken once the slot has started', () => {
    expect(outcome([entry('09:30', '09:50')], new Date('2026-11-24T09:50:00Z'))).toBe('too-late');
  });

  it('for a meeting not saved yet, still sees other entries in the slot', () => {
    const { id: _id, ...unsaved } = meeting;
    const slot = findPrepSlot(unsaved, [entry('09:30', '09:50', { subject: 'Stand-up' })], now);
    expect(slot).toMatchObject({ kind: 'taken', by: { subject: 'Stand-up' } });
  });
});

describe('prepSubject', () => {
  it.each([
    { subject: 'HR plan check-in', prep: 'Prep: HR plan check-in' },
    { subject: '', prep: 'Prep: ' },
    { subject: 'x'.repeat(249), prep: `Prep: ${'x'.repeat(249)}` },
    { subject: 'x'.repeat(300), prep: `Prep: ${'x'.repeat(249)}` },
  ])('for a $subject.length-character subject is $prep.length characters', ({ subject, prep }) => {
    expect(prepSubject(subject)).toBe(prep);
    expect(prepSubject(subject).length).toBeLessThanOrEqual(255);
  });

  it('recognises a prep block booked for a meeting with a very long subject', () => {
    const long = { ...meeting, subject: `Quarterly people plan ${'and more '.repeat(40)}` };
    const prep = entry('09:45', '10:00', { subject: prepSubject(long.subject) });
    expect(findPrepSlot(long, [prep], now)).toMatchObject({ kind: 'already-booked' });
  });
});
