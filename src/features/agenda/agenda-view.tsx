import {
  AvatarGroup,
  Badge,
  Button,
  AvatarGroupItem,
  Body1,
  Caption1,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CalendarEmptyRegular, NoteAddRegular } from '@fluentui/react-icons';
import { addDays, dayKey, type AgendaDay, type AgendaEntry } from '../../domain/agenda';
import type { Meeting } from '../../domain/meeting';
import { describeGraphError } from '../../graph/graph-errors';
import { formatDate, formatTimeRange, relativeDay } from '../../ui/format';
import { ErrorState, LoadingRows, Warnings } from '../../ui/states';
import { useAsync } from '../../ui/use-async';
import { useSession } from '../session';
import { loadAgenda } from './load-agenda';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  day: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  // A small card's look (Fluent Card, size small) without its interactive machinery: nothing here is clickable as a whole.
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
    // High contrast: the shadow is not drawn, the border is.
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  row: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  noWrap: { flexShrink: 0, whiteSpace: 'nowrap' },
  empty: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    color: tokens.colorNeutralForeground3,
  },
});

/** The pane with no meeting open: the coming days' meetings with internal clients. */
export function AgendaView({ onWriteNote }: { onWriteNote?: (meeting: Meeting) => void }) {
  const session = useSession();
  const styles = useStyles();
  const state = useAsync(() => loadAgenda(session), session.me.id);
  return (
    <section aria-label="Agenda" className={styles.root}>
      {state.status !== 'ready' && <Subtitle2 as="h2">Coming client meetings</Subtitle2>}
      {state.status === 'loading' && <LoadingRows label="Loading your agenda" onRetry={state.retry} />}
      {state.status === 'error' && (
        <ErrorState
          title="Your agenda could not load"
          message={describeGraphError(state.error)}
          onRetry={state.retry}
        />
      )}
      {state.status === 'ready' && (
        <>
          <Warnings problems={state.value.problems} />
          {state.value.needsNote.length > 0 && (
            <NeedsNote entries={state.value.needsNote} onWriteNote={onWriteNote} />
          )}
          <Subtitle2 as="h2">Coming client meetings</Subtitle2>
          {state.value.days.length === 0 ? (
            <div className={styles.empty}>
              <CalendarEmptyRegular fontSize={24} aria-hidden />
              <Body1>No meetings with internal clients in the next {state.value.horizonDays} days.</Body1>
            </div>
          ) : (
            state.value.days.map((day) => <Day key={day.day} day={day} prepBooked={state.value.prepBooked} />)
          )}
        </>
      )}
    </section>
  );
}

function Day({ day, prepBooked }: { day: AgendaDay; prepBooked: ReadonlySet<string> }) {
  const { host, now } = useSession();
  const styles = useStyles();
  const today = dayKey(now(), host.timeZone);
  const heading = relativeDay(day.day, today, addDays(today, 1), host.locale);
  return (
    <div>
      <Text as="h3" weight="semibold" size={300}>
        {heading}
      </Text>
      <ul className={styles.day} aria-label={heading}>
        {day.entries.map(({ meeting, classification }) => (
          <li key={meeting.id ?? meeting.subject}>
            <div className={styles.entry}>
              <div className={styles.row}>
                <Body1>
                  <strong>{meeting.subject || '(no subject)'}</strong>
                </Body1>
                <AvatarGroup size={24} layout="stack" aria-hidden>
                  {classification.clients.slice(0, 3).map((c) => (
                    <AvatarGroupItem
                      key={c.participant.email ?? c.participant.name}
                      name={c.person?.displayName ?? c.participant.name}
                    />
                  ))}
                </AvatarGroup>
              </div>
              <Caption1 className={styles.muted}>
                {formatTimeRange(meeting.start, meeting.end, {
                  locale: host.locale,
                  timeZone: host.timeZone,
                  isAllDay: meeting.isAllDay,
                })}
                {' · with '}
                {classification.clients.map((c) => c.person?.displayName ?? c.participant.name).join(', ')}
              </Caption1>
              <div>
                {prepBooked.has(meeting.id ?? meeting.subject) ? (
                  <Badge appearance="tint" color="success" size="small">
                    Prep time booked
                  </Badge>
                ) : (
                  <Badge appearance="outline" color="informative" size="small">
                    No prep time yet
                  </Badge>
                )}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Client meetings of the past week that ended without a value-add note: the habit, kept. */
function NeedsNote({
  entries,
  onWriteNote,
}: {
  entries: readonly AgendaEntry[];
  onWriteNote: ((meeting: Meeting) => void) | undefined;
}) {
  const { host } = useSession();
  const styles = useStyles();
  const zone = { locale: host.locale, timeZone: host.timeZone };
  return (
    <section aria-label="Needs a value-add note" className={styles.root}>
      <Subtitle2 as="h2">Needs a value-add note ({entries.length})</Subtitle2>
      <ul className={styles.day} aria-label="Meetings without a note">
        {entries.map(({ meeting, classification }) => (
          <li key={meeting.id ?? `${meeting.subject}|${meeting.start.toISOString()}`}>
            <div className={styles.entry}>
              <div className={styles.row}>
                <Body1>
                  <strong>{meeting.subject || '(no subject)'}</strong>
                </Body1>
                {onWriteNote !== undefined && (
                  <Button
                    className={styles.noWrap}
                    size="small"
                    icon={<NoteAddRegular />}
                    aria-label={`Write the note for ${meeting.subject}`}
                    onClick={() => {
                      onWriteNote(meeting);
                    }}
                  >
                    Write note
                  </Button>
                )}
              </div>
              <Caption1 className={styles.muted}>
                {formatDate(meeting.start, zone)} · with{' '}
                {classification.clients.map((c) => c.person?.displayName ?? c.participant.name).join(', ')}
              </Caption1>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
