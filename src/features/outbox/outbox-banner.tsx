import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Suspense, lazy, useSyncExternalStore } from 'react';
import { useSession } from '../session';
import { HeldMessage, OutboxStatus } from './outbox-status';
import type { Outbox } from './outbox';

// On demand: the choice for writes an earlier version of Home Turf saved without their author.
const UnclaimedChoice = lazy(() =>
  import(/* webpackChunkName: "on-demand-entry-choices" */ './entry-choices').then((m) => ({
    default: m.UnclaimedChoice,
  })),
);

function useEntries(outbox: Outbox): string {
  return useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => JSON.stringify(outbox.entries().map((e) => [e.group, e.state, e.id, outbox.heldUntil(e)])),
  );
}

/**
 * What this device still holds for the team store, wherever the advisor is in the pane: writes
 * waiting to sync (from this pane or one closed earlier), and any that need a decision.
 */
export function OutboxBanner() {
  const { outbox, store } = useSession();
  if (outbox === undefined) return null;
  return (
    <Banner outbox={outbox} siteName={store === null ? undefined : (store.displayName ?? 'this team')} />
  );
}

function Banner({ outbox, siteName }: { outbox: Outbox; siteName: string | undefined }) {
  const snapshot = useEntries(outbox);
  const entries = JSON.parse(snapshot) as [string, string, string, number | null][];
  if (entries.length === 0) return null;
  const stuck = [
    ...new Set(
      entries.filter(([, state]) => state !== 'pending' && state !== 'unclaimed').map(([group]) => group),
    ),
  ];
  const unclaimed = entries.filter(([, state]) => state === 'unclaimed').map(([, , id]) => id);
  const waiting = entries.filter(([, state]) => state === 'pending').length;
  const held = entries.flatMap(([, state, , until]) =>
    state === 'pending' && until !== null ? [until] : [],
  );
  return (
    <>
      {held.length > 0 && (
        <Suspense fallback={null}>
          <HeldMessage sendsAt={Math.max(...held)} changes={held.length} durable />
        </Suspense>
      )}
      {waiting > held.length && (
        <MessageBar intent="info">
          <MessageBarBody>
            {waiting - held.length === 1 ? '1 change is' : `${waiting - held.length} changes are`} saved on
            this device and will sync with the team store.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void outbox.sendNow()}>Send now</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {unclaimed.length > 0 && (
        <Suspense fallback={null}>
          <UnclaimedChoice
            outbox={outbox}
            entries={outbox.entries().filter((e) => unclaimed.includes(e.id))}
            siteName={siteName}
          />
        </Suspense>
      )}
      {stuck.map((group) => (
        <OutboxStatus key={group} outbox={outbox} group={group} durable />
      ))}
    </>
  );
}
