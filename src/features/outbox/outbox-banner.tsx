import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import { useSession } from '../session';
import { OutboxStatus } from './outbox-status';
import type { Outbox } from './outbox';

function useEntries(outbox: Outbox): string {
  return useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => JSON.stringify(outbox.entries().map((e) => [e.group, e.state])),
  );
}

/**
 * What this device still holds for the team store, wherever the advisor is in the pane: writes
 * waiting to sync (from this pane or one closed earlier), and any that need a decision.
 */
export function OutboxBanner() {
  const { outbox } = useSession();
  if (outbox === undefined) return null;
  return <Banner outbox={outbox} />;
}

function Banner({ outbox }: { outbox: Outbox }) {
  const snapshot = useEntries(outbox);
  const entries = JSON.parse(snapshot) as [string, string][];
  if (entries.length === 0) return null;
  const stuck = [...new Set(entries.filter(([, state]) => state !== 'pending').map(([group]) => group))];
  const waiting = entries.filter(([, state]) => state === 'pending').length;
  return (
    <>
      {waiting > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            {waiting === 1 ? '1 change is' : `${waiting} changes are`} saved on this device and will sync with
            the team store.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void outbox.sendNow()}>Send now</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {stuck.map((group) => (
        <OutboxStatus key={group} outbox={outbox} group={group} durable />
      ))}
    </>
  );
}
