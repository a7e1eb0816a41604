import {
  Avatar,
  Badge,
  Body1,
  Caption1,
  Card,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CalendarLtrRegular, LocationRegular } from '@fluentui/react-icons';
import type { Classification, MeetingClient, NotClientCause } from '../../domain/classify-meeting';
import { describeGraphError } from '../../graph/graph-errors';
import type { HostMeeting } from '../../hosts/host';
import { formatDate, formatTimeRange } from '../../ui/format';
import { ErrorState, LoadingRows, Warnings } from '../../ui/states';
import { useAsync } from '../../ui/use-async';
import { useSession } from '../session';
import { loadPrepCard, type PrepCard } from './load-prep-card';
import { MeetingAgenda } from './meeting-agenda';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
  clients: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  client: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  who: { display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

const NOT_CLIENT_TITLE: Record<NotClientCause, string> = {
  cancelled: 'Cancelled meeting',
  declined: 'You declined this meeting',
  'free-or-away': 'Not a meeting you attend',
  'personal-block': 'Personal block',
  'all-hands': 'All-hands meeting',
  'comms-team-only': 'Comms team only',
  'external-only': 'No internal clients',
  'no-one-identifiable': 'No internal client identified',
};

/** The pane on a meeting: who the internal clients are, and why it counts as a client meeting. */
export function PrepCardView({ meeting }: { meeting: HostMeeting }) {
  const session = useSession();
  const styles = useStyles();
  const key = `${meeting.itemId ?? 'unsaved'}|${meeting.start.toISOString()}|${meeting.attendees.length}`;
  const state = useAsync(() => loadPrepCard(session, meeting), key);
  return (
    <section aria-label="Prep card" className={styles.root}>
      <MeetingHeader
        subject={meeting.subject}
        start={meeting.start}
        end={meeting.end}
        isAllDay={meeting.isAllDay}
      />
      {state.status === 'loading' && <LoadingRows label="Loading the prep card" rows={2} />}
      {state.status === 'error' && (
        <ErrorState
          title="The prep card could not load"
          message={describeGraphError(state.error)}
          onRetry={state.retry}
        />
      )}
      {state.status === 'ready' && <PrepCardBody card={state.value} />}
    </section>
  );
}

function MeetingHeader({
  subject,
  start,
  end,
  isAllDay,
}: {
  subject: string;
  start: Date;
  end: Date;
  isAllDay: boolean;
}) {
  const { host } = useSession();
  const styles = useStyles();
  const zone = { locale: host.locale, timeZone: host.timeZone };
  return (
    <header className={styles.header}>
      <Subtitle1 as="h2">{subject || '(no subject)'}</Subtitle1>
      <Caption1 className={styles.line}>
        <CalendarLtrRegular aria-hidden />
        {formatDate(start, zone)} · {formatTimeRange(start, end, { ...zone, isAllDay })}
      </Caption1>
    </header>
  );
}

function PrepCardBody({ card }: { card: PrepCard }) {
  const styles = useStyles();
  return (
    <>
      {card.meeting.location !== undefined && (
        <Caption1 className={styles.line}>
          <LocationRegular aria-hidden />
          {card.meeting.location}
        </Caption1>
      )}
      {!card.saved && (
        <MessageBar intent="info">
          <MessageBarBody>
            This meeting is not saved yet: the card works from the people invited so far.
          </MessageBarBody>
        </MessageBar>
      )}
      <Warnings problems={card.problems} />
      {card.classification.kind === 'client' ? (
        <ClientMeeting classification={card.classification} />
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{NOT_CLIENT_TITLE[card.classification.cause]}</MessageBarTitle>
            Not a meeting with internal clients.
            <Reasons reasons={card.classification.reasons} />
          </MessageBarBody>
        </MessageBar>
      )}
      {card.body !== null && <MeetingAgenda body={card.body} />}
    </>
  );
}

function ClientMeeting({ classification }: { classification: Extract<Classification, { kind: 'client' }> }) {
  const styles = useStyles();
  const count = classification.clients.length;
  return (
    <>
      <Subtitle2 as="h3">{count === 1 ? 'Internal client' : `Internal clients (${count})`}</Subtitle2>
      <ul className={styles.clients} aria-label="Internal clients">
        {classification.clients.map((client) => (
          <li key={client.participant.email ?? client.participant.name}>
            <ClientRow client={client} />
          </li>
        ))}
      </ul>
      <Subtitle2 as="h3">Why this is a client meeting</Subtitle2>
      <Reasons reasons={classification.reasons} />
    </>
  );
}

function ClientRow({ client }: { client: MeetingClient }) {
  const styles = useStyles();
  const name = client.person?.displayName ?? client.participant.name;
  return (
    <Card size="small" appearance="subtle">
      <div className={styles.client}>
        <Avatar name={name} size={40} color="colorful" aria-hidden />
        <div className={styles.who}>
          <Body1>
            <strong>{name}</strong>{' '}
            {client.basis === 'listed-client' && (
              <Badge appearance="tint" color="brand" size="small">
                Listed client
              </Badge>
            )}
          </Body1>
          <Caption1 className={styles.muted}>
            {[client.person?.jobTitle, client.person?.department].filter(Boolean).join(' · ') ||
              client.participant.email}
          </Caption1>
        </div>
      </div>
    </Card>
  );
}

function Reasons({ reasons }: { reasons: readonly string[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.reasons} aria-label="Reasons">
      {reasons.map((reason) => (
        <li key={reason}>
          <Caption1>{reason}</Caption1>
        </li>
      ))}
    </ul>
  );
}
