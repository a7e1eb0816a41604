import {
  Badge,
  Button,
  Caption1,
  Subtitle2,
  Text,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular, PeopleTeamRegular } from '@fluentui/react-icons';
import { useState, type CSSProperties } from 'react';
import { dayKey } from '../../domain/agenda';
import type { Meeting } from '../../domain/meeting';
import { zoneOffsetMinutes } from '../../domain/time';
import { describeGraphError } from '../../graph/graph-errors';
import { formatDay, formatTimeRange } from '../../ui/format';
import { ErrorState, LoadingRows, Warnings } from '../../ui/states';
import { useAsync } from '../../ui/use-async';
import { useSession } from '../session';
import { layOutDay } from './lay-out-day';
import { loadWeek, mondayOf, type WeekMeeting } from './load-week';
import { summarise } from './summarise';

const FIRST_HOUR = 8;
const LAST_HOUR = 19;
const HOUR_PX = 56;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grid: { display: 'grid', gridTemplateColumns: '48px repeat(5, minmax(0, 1fr))', columnGap: '2px' },
  dayHead: { padding: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  today: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  allDay: { display: 'flex', flexDirection: 'column', gap: '2px', minHeight: '28px', padding: '2px 0' },
  hours: { position: 'relative' },
  hourLabel: {
    height: `${HOUR_PX}px`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    textAlign: 'right',
    paddingRight: '4px',
    boxSizing: 'border-box',
  },
  column: {
    position: 'relative',
    backgroundImage: `repeating-linear-gradient(to bottom, ${tokens.colorNeutralStroke3} 0 1px, transparent 1px ${HOUR_PX}px)`,
  },
  event: {
    position: 'absolute',
    boxSizing: 'border-box',
    overflow: 'hidden',
    textAlign: 'left',
    border: 'none',
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '2px 6px',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    cursor: 'pointer',
    font: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground3Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  allDayEvent: { position: 'static', width: '100%' },
  client: {
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  cancelled: { textDecorationLine: 'line-through', opacity: 0.7 },
  compact: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, zIndex: 1 },
  subject: {
    display: 'block',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  note: {
    display: 'flex',
    gap: '4px',
    alignItems: 'center',
    fontSize: tokens.fontSizeBase100,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  legend: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    color: tokens.colorNeutralForeground3,
  },
});

/** The Outlook stand-in's week view: client meetings marked, every meeting's reasons on hand. */
export function WeekCalendar({
  selectedId,
  onOpen,
}: {
  selectedId: string | undefined;
  onOpen: (meeting: Meeting) => void;
}) {
  const session = useSession();
  const styles = useStyles();
  const [offset, setOffset] = useState(0);
  const monday = mondayOf(session.now(), session.host.timeZone, offset);
  const state = useAsync(() => loadWeek(session, monday), monday);
  return (
    <section aria-label="Calendar" className={styles.root}>
      <div className={styles.toolbar}>
        <Button
          icon={<ChevronLeftRegular />}
          aria-label="Previous week"
          onClick={() => setOffset((o) => o - 1)}
        />
        <Button onClick={() => setOffset(0)} disabled={offset === 0}>
          Today
        </Button>
        <Button
          icon={<ChevronRightRegular />}
          aria-label="Next week"
          onClick={() => setOffset((o) => o + 1)}
        />
        <Subtitle2 as="h1">Week of {formatDay(monday, session.host.locale)}</Subtitle2>
      </div>
      <div className={styles.legend}>
        <Badge appearance="tint" color="brand" icon={<PeopleTeamRegular />}>
          Client meeting
        </Badge>
        <Caption1>Select a meeting to open Home Turf on it.</Caption1>
      </div>
      {state.status === 'loading' && <LoadingRows label="Loading the calendar" rows={4} />}
      {state.status === 'error' && (
        <ErrorState
          title="The calendar could not load"
          message={describeGraphError(state.error)}
          onRetry={state.retry}
        />
      )}
      {state.status === 'ready' && (
        <>
          <Warnings problems={state.value.problems} />
          <WeekGrid
            days={state.value.days}
            meetings={state.value.meetings}
            selectedId={selectedId}
            onOpen={onOpen}
          />
        </>
      )}
    </section>
  );
}

type GridProps = {
  days: string[];
  meetings: WeekMeeting[];
  selectedId: string | undefined;
  onOpen: (m: Meeting) => void;
};

function WeekGrid({ days, meetings, selectedId, onOpen }: GridProps) {
  const { host, now } = useSession();
  const styles = useStyles();
  const today = dayKey(now(), host.timeZone);
  const zone = host.timeZone;
  const dayOf = (m: Meeting) => (m.isAllDay ? m.start.toISOString().slice(0, 10) : dayKey(m.start, zone));
  const minutesInDay = (d: Date) => {
    const local = new Date(d.getTime() + zoneOffsetMinutes(d, zone) * 60000);
    return local.getUTCHours() * 60 + local.getUTCMinutes();
  };
  return (
    <div className={styles.grid}>
      <div />
      {days.map((day) => (
        <div key={day} className={mergeClasses(styles.dayHead, day === today && styles.today)}>
          <Text size={200}>{formatDay(day, host.locale)}</Text>
        </div>
      ))}
      <Caption1>All day</Caption1>
      {days.map((day) => (
        <div key={day} className={styles.allDay}>
          {meetings
            .filter(
              (w) =>
                w.meeting.isAllDay &&
                dayOf(w.meeting) <= day &&
                w.meeting.end.toISOString().slice(0, 10) > day,
            )
            .map((w) => (
              <EventButton
                key={w.meeting.id}
                item={w}
                selected={w.meeting.id === selectedId}
                onOpen={onOpen}
                allDay
              />
            ))}
        </div>
      ))}
      <div className={styles.hours}>
        {Array.from({ length: LAST_HOUR - FIRST_HOUR }, (_, i) => (
          <div key={i} className={styles.hourLabel}>
            {String(FIRST_HOUR + i).padStart(2, '0')}:00
          </div>
        ))}
      </div>
      {days.map((day) => {
        const timed = meetings.filter((w) => !w.meeting.isAllDay && dayOf(w.meeting) === day);
        const placed = layOutDay(timed, (w) => ({
          start: w.meeting.start.getTime(),
          end: w.meeting.end.getTime(),
        }));
        return (
          <div
            key={day}
            className={styles.column}
            style={{ height: `${(LAST_HOUR - FIRST_HOUR) * HOUR_PX}px` }}
          >
            {placed.map(({ item, lane, lanes }) => {
              const top = Math.max(0, ((minutesInDay(item.meeting.start) - FIRST_HOUR * 60) / 60) * HOUR_PX);
              const minutes = (item.meeting.end.getTime() - item.meeting.start.getTime()) / 60000;
              const height = Math.max(22, (minutes / 60) * HOUR_PX - 2);
              return (
                <EventButton
                  key={item.meeting.id}
                  item={item}
                  selected={item.meeting.id === selectedId}
                  onOpen={onOpen}
                  compact={height < 40}
                  style={{
                    top: `${top}px`,
                    height: `${height}px`,
                    left: `${(lane / lanes) * 100}%`,
                    width: `${100 / lanes}%`,
                  }}
                />
              );
            })}
          </div>
        );
      })}
    </div>
  );
}

type EventProps = {
  item: WeekMeeting;
  selected: boolean;
  onOpen: (m: Meeting) => void;
  allDay?: boolean;
  /** A short meeting: subject and summary share one line. */
  compact?: boolean;
  style?: CSSProperties;
};

function EventButton({ item, selected, onOpen, allDay = false, compact = false, style }: EventProps) {
  const { host } = useSession();
  const styles = useStyles();
  const { meeting, classification } = item;
  const summary = summarise(classification);
  const time = formatTimeRange(meeting.start, meeting.end, {
    locale: host.locale,
    timeZone: host.timeZone,
    isAllDay: meeting.isAllDay,
  });
  return (
    <Tooltip relationship="description" content={classification.reasons.join(' · ')} positioning="after">
      <button
        type="button"
        className={mergeClasses(
          styles.event,
          allDay && styles.allDayEvent,
          (compact || allDay) && styles.compact,
          classification.kind === 'client' && styles.client,
          meeting.isCancelled && styles.cancelled,
          selected && styles.selected,
        )}
        style={style}
        aria-pressed={selected}
        aria-label={`${meeting.subject || '(no subject)'}, ${time}. ${summary}`}
        data-kind={classification.kind}
        onClick={() => onOpen(meeting)}
      >
        <span className={styles.subject}>{meeting.subject || '(no subject)'}</span>
        <span className={styles.note}>
          {classification.kind === 'client' && <PeopleTeamRegular aria-hidden />}
          {summary}
        </span>
      </button>
    </Tooltip>
  );
}
