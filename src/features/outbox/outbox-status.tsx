import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useState, useSyncExternalStore } from 'react';
import { outboxIsDurable } from '../local-db';
import type { GroupStatus, Outbox } from './outbox';

// On demand: the choice between two versions shows only when a colleague saved the same field.
const ConflictChoice = lazy(() =>
  import(/* webpackChunkName: "on-demand-conflict-choice" */ './conflict-choice').then((m) => ({
    default: m.ConflictChoice,
  })),
);

// On demand: the time a throttled write will go, shown only when Microsoft 365 asked for a long wait.
export const HeldMessage = lazy(() =>
  import(/* webpackChunkName: "on-demand-held-message" */ './held-message').then((m) => ({
    default: m.HeldMessage,
  })),
);

// On demand: the choices for an entry whose team site is gone.
const SiteGoneChoice = lazy(() =>
  import(/* webpackChunkName: "on-demand-entry-choices" */ './entry-choices').then((m) => ({
    default: m.SiteGoneChoice,
  })),
);

/** The outbox status of one group of writes, kept current as the engine works. */
export function useGroupStatus(outbox: Outbox, group: string): GroupStatus {
  const snapshot = useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => JSON.stringify(outbox.status(group)),
  );
  return JSON.parse(snapshot) as GroupStatus;
}

/** Whether the outbox survives closing the pane on this device (IndexedDB is there). */
export function useOutboxDurable(): boolean {
  const [durable, setDurable] = useState(true);
  useEffect(() => {
    let live = true;
    void outboxIsDurable().then((value) => {
      if (live) setDurable(value);
    });
    return () => {
      live = false;
    };
  }, []);
  return durable;
}

/**
 * Tells the truth about a save: kept on this device and waiting for Microsoft 365, saved for the
 * team, or stuck and needing the advisor (with why, and a way to send it again).
 */
export function OutboxStatus({
  outbox,
  group,
  durable,
  savedDetail = 'It is in the team store, for everyone in the team.',
}: {
  outbox: Outbox;
  group: string;
  durable: boolean;
  /** What "saved for the team" means for this record. */
  savedDetail?: string;
}) {
  const status = useGroupStatus(outbox, group);
  return (
    <div role="status" aria-live="polite">
      {status.kind === 'synced' && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Saved for the team</MessageBarTitle>
            {savedDetail}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'pending' && status.sendsAt !== undefined && (
        <Suspense fallback={null}>
          <HeldMessage sendsAt={status.sendsAt} changes={status.entries} durable={durable} />
        </Suspense>
      )}
      {status.kind === 'pending' && status.sendsAt === undefined && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Saved on this device, will sync</MessageBarTitle>
            {durable
              ? 'It is sent as soon as Microsoft 365 answers, even if you close this pane.'
              : 'It is sent as soon as Microsoft 365 answers; keep this pane open until then.'}
            {status.lastError === undefined ? '' : ` Last try: ${status.lastError}`}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void outbox.sendNow()}>Send now</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {status.kind === 'needs-you' &&
        status.entries.map((entry) =>
          entry.state === 'site-gone' ? (
            <Suspense key={entry.id} fallback={null}>
              <SiteGoneChoice outbox={outbox} entry={entry} />
            </Suspense>
          ) : entry.state === 'conflict' && entry.theirs !== undefined ? (
            <Suspense key={entry.id} fallback={null}>
              <ConflictChoice outbox={outbox} entry={entry} />
            </Suspense>
          ) : (
            <MessageBar key={entry.id} intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Not saved for the team yet</MessageBarTitle>
                {entry.label}: {entry.lastError ?? 'the store refused it.'} It is kept on this device.
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => void outbox.retry(entry.id)}>Try again</Button>
              </MessageBarActions>
            </MessageBar>
          ),
        )}
    </div>
  );
}
