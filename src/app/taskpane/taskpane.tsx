import { Button, Divider, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import type { Meeting } from '../../domain/meeting';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Account } from '../../features/account/account';
import { AgendaView } from '../../features/agenda/agenda-view';
import { PrepCardView } from '../../features/prep-card/prep-card-view';
import { useSession } from '../../features/session';
import { StoreSetup } from '../../features/store-setup/store-setup';
import { StoreSwitch } from '../../features/store-setup/store-switch';
import type { HostMeeting } from '../../hosts/host';
import { OutboxBanner } from '../../features/outbox/outbox-banner';
import { NoteAction, hostMeetingOf } from './note-action';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: '560px',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  // Title3's look on a heading that can take focus (the way back from a note focuses it).
  title: { ...typographyStyles.title3, margin: 0 },
  back: { alignSelf: 'flex-start' },
});

/**
 * The task pane: the prep card on a meeting, the agenda outside one, and above them the offer to
 * set Home Turf up when the team site lacks the store's lists.
 */
export function Taskpane() {
  const { host } = useSession();
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const [meeting, setMeeting] = useState<HostMeeting | null>(() => host.currentMeeting());
  // A meeting opened from the agenda's "Write note": the note opens at once, and the way back is offered.
  const [fromAgenda, setFromAgenda] = useState(false);
  useEffect(() => {
    const unsubscribe = host.onMeetingChange((next) => {
      setFromAgenda(false);
      setMeeting(next);
    });
    // A meeting the host opened between the first render and this subscription is not missed.
    const now = host.currentMeeting();
    if (now !== null) setMeeting(now);
    return unsubscribe;
  }, [host]);
  const writeNote = useCallback((m: Meeting) => {
    setFromAgenda(true);
    setMeeting(hostMeetingOf(m));
  }, []);
  // Bumped once the store is set up, so the card and agenda load again with the team's records.
  const [storeGeneration, setStoreGeneration] = useState(0);
  const storeReady = useCallback(() => {
    setStoreGeneration((n) => n + 1);
  }, []);
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title} tabIndex={-1} ref={heading}>
          Home Turf
        </h1>
        <span style={{ flexGrow: 1 }} />
        <Account />
      </header>
      <Divider />
      <StoreSwitch />
      <StoreSetup onReady={storeReady} />
      <OutboxBanner />
      {meeting === null ? (
        <AgendaView key={storeGeneration} onWriteNote={writeNote} />
      ) : (
        <>
          {fromAgenda && (
            <Button
              className={styles.back}
              appearance="subtle"
              icon={<ArrowLeftRegular />}
              onClick={() => {
                setFromAgenda(false);
                setMeeting(null);
                // The button goes away with the card: keyboard focus moves to the pane's heading.
                requestAnimationFrame(() => heading.current?.focus());
              }}
            >
              Back to the agenda
            </Button>
          )}
          <PrepCardView
            key={`${storeGeneration}|${meeting.itemId ?? meeting.subject}`}
            meeting={meeting}
            actions={(card) => <NoteAction card={card} meeting={meeting} autoOpen={fromAgenda} />}
          />
        </>
      )}
    </main>
  );
}
