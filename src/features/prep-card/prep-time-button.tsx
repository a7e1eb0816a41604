import { Button, Caption1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Meeting } from '../../domain/meeting';
import { describeGraphError } from '../../graph/graph-errors';
import { formatTimeRange } from '../../ui/format';
import { useSession } from '../session';
import type { PrepBooking } from './book-prep-time';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  muted: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; booking: PrepBooking }
  | { kind: 'failed'; message: string };

/** "Book 15 min to prepare": a prep block right before the meeting, when that slot is free. */
export function PrepTimeButton({ meeting }: { meeting: Meeting }) {
  const session = useSession();
  const styles = useStyles();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const zone = { locale: session.host.locale, timeZone: session.host.timeZone, isAllDay: false };
  if (meeting.isAllDay || meeting.start.getTime() <= session.now().getTime()) return null;
  const book = () => {
    setOutcome({ kind: 'busy' });
    // On demand: finding a free slot and booking it loads when the advisor asks for prep time.
    import(/* webpackChunkName: "on-demand-prep-time" */ './book-prep-time')
      .then(({ bookPrepTime }) => bookPrepTime(session, meeting))
      .then(
        (booking) => {
          setOutcome({ kind: 'done', booking });
        },
        (error: unknown) => {
          setOutcome({
            kind: 'failed',
            message: `Prep time could not be booked: ${describeGraphError(error, 'Calendars.ReadWrite')}`,
          });
        },
      );
  };
  const message = (booking: PrepBooking): string => {
    switch (booking.kind) {
      case 'booked':
        return `Prep time booked, ${formatTimeRange(booking.event.start, booking.event.end, zone)}.`;
      case 'already-booked':
        return 'Prep time is already in your calendar.';
      case 'taken':
        return `The 15 minutes before are taken by "${booking.by.subject}".`;
      case 'too-late':
        return 'Too late to book 15 minutes before: the meeting is about to start.';
    }
  };
  return (
    <div className={styles.root}>
      {outcome.kind !== 'done' && (
        <Button
          icon={outcome.kind === 'busy' ? <Spinner size="tiny" /> : <CalendarAddRegular />}
          disabled={outcome.kind === 'busy'}
          onClick={book}
        >
          Book 15 min to prepare
        </Button>
      )}
      <div role="status" aria-live="polite">
        {outcome.kind === 'done' && (
          <Caption1 className={outcome.booking.kind === 'booked' ? styles.ok : styles.muted}>
            {message(outcome.booking)}
          </Caption1>
        )}
        {outcome.kind === 'failed' && <Caption1 className={styles.error}>{outcome.message}</Caption1>}
      </div>
    </div>
  );
}
