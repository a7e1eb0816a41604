import { Avatar, Caption1, Divider, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { AgendaView } from '../../features/agenda/agenda-view';
import { PrepCardView } from '../../features/prep-card/prep-card-view';
import { useSession } from '../../features/session';
import type { HostMeeting } from '../../hosts/host';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: '560px',
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  who: { display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The task pane: the prep card on a meeting, the agenda outside one. */
export function Taskpane() {
  const { host, me } = useSession();
  const styles = useStyles();
  const [meeting, setMeeting] = useState<HostMeeting | null>(() => host.currentMeeting());
  useEffect(() => host.onMeetingChange(setMeeting), [host]);
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">Home Turf</Title3>
        <span style={{ flexGrow: 1 }} />
        <div className={styles.who}>
          <Caption1>{me.displayName}</Caption1>
          <Caption1 className={styles.muted}>{me.jobTitle}</Caption1>
        </div>
        <Avatar name={me.displayName} size={32} aria-hidden />
      </header>
      <Divider />
      {meeting === null ? (
        <AgendaView />
      ) : (
        <PrepCardView key={meeting.itemId ?? meeting.subject} meeting={meeting} />
      )}
    </main>
  );
}
