import { Button, Caption1, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular, MailRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Meeting } from '../../domain/meeting';
import { WeekCalendar } from '../../features/demo-calendar/week-calendar';
import { useSession } from '../../features/session';
import { CLOSE_MEETING, OPEN_MEETING, PANE_READY } from '../../hosts/browser-host';
import { toMessage } from '../../hosts/browser-host-messages';
import type { HostMeeting } from '../../hosts/host';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateRows: 'auto 1fr', height: '100vh' },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  grow: { flexGrow: 1 },
  viewLink: {
    color: tokens.colorNeutralForegroundOnBrand,
    textDecorationLine: 'underline',
    ':hover': { color: tokens.colorNeutralForegroundOnBrand },
    ':active': { color: tokens.colorNeutralForegroundOnBrand },
  },
  body: { display: 'grid', minHeight: 0 },
  calendar: { overflow: 'auto', padding: tokens.spacingHorizontalL },
  pane: {
    display: 'flex',
    flexDirection: 'column',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  paneBar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  frame: { flexGrow: 1, border: 'none', width: '100%' },
});

/**
 * Outlook's task pane is 320 to about 350 px wide (wider only when the advisor drags it): the demo
 * shows it at 350 px, or at `?pane=320` … `?pane=450` to try another width.
 */
export const DEMO_PANE_WIDTH = 350;

function paneWidth(search: string): number {
  const asked = Number(new URLSearchParams(search).get('pane'));
  return Number.isInteger(asked) && asked >= 320 && asked <= 450 ? asked : DEMO_PANE_WIDTH;
}

/** What Outlook gives an add-in about an appointment; the demo hands over the same. */
function toHostMeeting(meeting: Meeting): HostMeeting {
  const host: HostMeeting = {
    subject: meeting.subject,
    start: meeting.start,
    end: meeting.end,
    isAllDay: meeting.isAllDay,
    organizer: meeting.organizer,
    attendees: meeting.attendees,
  };
  if (meeting.id !== undefined) host.itemId = meeting.id;
  return host;
}

/**
 * The demo's stand-in for Outlook: the advisor's week on the left and the Home Turf task pane,
 * framed, on the right. Selecting a meeting hands it to the pane as Outlook would.
 */
export function DemoOutlook() {
  const { me } = useSession();
  const styles = useStyles();
  const frame = useRef<HTMLIFrameElement>(null);
  const [selected, setSelected] = useState<Meeting | null>(null);
  const [width] = useState(() => paneWidth(window.location.search));

  const post = useCallback((meeting: Meeting | null) => {
    const target = frame.current?.contentWindow;
    if (!target) return;
    const message =
      meeting === null
        ? { type: CLOSE_MEETING }
        : { type: OPEN_MEETING, meeting: toMessage(toHostMeeting(meeting)) };
    target.postMessage(message, window.location.origin);
  }, []);

  useEffect(() => {
    // The pane says when it is ready (first load or reload); it then gets the current meeting.
    const onMessage = (event: MessageEvent<unknown>) => {
      if (event.origin !== window.location.origin || event.source !== frame.current?.contentWindow) return;
      if (
        typeof event.data === 'object' &&
        event.data !== null &&
        'type' in event.data &&
        event.data.type === PANE_READY
      ) {
        post(selected);
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [post, selected]);

  const open = (meeting: Meeting | null) => {
    setSelected(meeting);
    post(meeting);
  };

  return (
    <div className={styles.root}>
      <header className={styles.bar}>
        <MailRegular fontSize={20} aria-hidden />
        <Text weight="semibold">Outlook</Text>
        <Caption1>Demo calendar · signed in as {me.displayName}</Caption1>
        <span className={styles.grow} />
        <Link className={styles.viewLink} href={`teams.html${window.location.search}`}>
          Open the Teams view
        </Link>
      </header>
      <div className={styles.body} style={{ gridTemplateColumns: `minmax(0, 1fr) ${width}px` }}>
        <div className={styles.calendar}>
          <WeekCalendar selectedId={selected?.id} onOpen={open} />
        </div>
        <aside className={styles.pane} aria-label="Add-in pane">
          <div className={styles.paneBar}>
            <Caption1>{selected === null ? 'Home Turf — agenda' : 'Home Turf — on this meeting'}</Caption1>
            <Button
              appearance="subtle"
              size="small"
              icon={<DismissRegular />}
              aria-label="Close the meeting"
              // Focusable while disabled: closing the meeting leaves focus here, not on the page's body.
              disabledFocusable={selected === null}
              onClick={() => open(null)}
            />
          </div>
          <iframe
            ref={frame}
            className={styles.frame}
            src={`taskpane.html${window.location.search}`}
            title="Home Turf task pane"
          />
        </aside>
      </div>
    </div>
  );
}
