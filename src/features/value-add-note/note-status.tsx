import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { GroupStatus, SyncEngine } from '../sync-engine';

/** The outbox status of one group of writes, kept current as the engine works. */
export function useGroupStatus(outbox: SyncEngine, group: string): GroupStatus {
  const snapshot = useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => JSON.stringify(outbox.status(group)),
  );
  return JSON.parse(snapshot) as GroupStatus;
}

/**
 * Tells the truth about a saved note: kept on this device and waiting for Microsoft 365, saved for
 * the team, or stuck and needing the advisor (with why, and a way to send it again).
 */
export function NoteStatus({
  outbox,
  group,
  durable,
}: {
  outbox: SyncEngine;
  group: string;
  durable: boolean;
}) {
  const status = useGroupStatus(outbox, group);
  return (
    <div role="status" aria-live="polite">
      {status.kind === 'synced' && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Saved for the team</MessageBarTitle>
            The note is in the team store; the next prep card with this client shows it.
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'pending' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Saved on this device, will sync</MessageBarTitle>
            {durable
              ? 'It is sent as soon as Microsoft 365 answers, even if you close this pane.'
              : 'It is sent as soon as Microsoft 365 answers; keep this pane open until then.'}
            {status.lastError === undefined ? '' : ` Last try: ${status.lastError}`}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void outbox.flush()}>Send now</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {status.kind === 'needs-you' &&
        status.entries.map((entry) => (
          <MessageBar key={entry.id} intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Not saved for the team yet</MessageBarTitle>
              {entry.label}: {entry.lastError ?? 'the store refused it.'} It is kept on this device.
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void outbox.retry(entry.id)}>Try again</Button>
            </MessageBarActions>
          </MessageBar>
        ))}
    </div>
  );
}
