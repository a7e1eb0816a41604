import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useState, useSyncExternalStore } from 'react';
import type { GroupStatus, OutboxEntry, SyncEngine } from '../sync-engine';

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
            <Button onClick={() => void outbox.sendNow()}>Send now</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {status.kind === 'needs-you' &&
        status.entries.map((entry) =>
          entry.state === 'conflict' && entry.op.kind === 'update-profile' && entry.theirs !== undefined ? (
            <ConflictChoice key={entry.id} outbox={outbox} entry={entry} />
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

const FIELD_WORDS: Record<string, string> = {
  Title: 'Name',
  Department: 'Department',
  OwnerEmail: 'Relationship owner',
  Background: 'Background',
};

/**
 * A colleague saved the same client's profile at the same time and changed a field we changed too:
 * both versions side by side, and the advisor chooses per field. Lists merged by themselves.
 */
function ConflictChoice({ outbox, entry }: { outbox: SyncEngine; entry: OutboxEntry }) {
  const [keep, setKeep] = useState<Record<string, 'mine' | 'theirs'>>({});
  if (entry.op.kind !== 'update-profile' || entry.theirs === undefined) return null;
  const op = entry.op;
  const theirs = entry.theirs;
  const clashing = Object.keys(FIELD_WORDS).filter(
    (k) => op.mine[k] !== theirs[k] && op.mine[k] !== op.base[k],
  );
  const save = () => {
    const mine = { ...op.mine };
    for (const field of clashing) if (keep[field] !== 'mine') mine[field] = theirs[field] ?? null;
    void outbox.retry(entry.id, { ...op, base: theirs, mine });
  };
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>A colleague changed this profile at the same time</MessageBarTitle>
        {entry.label}: pressures, priorities and KPIs were merged by themselves. Choose the version to keep:
        {clashing.map((field) => (
          <RadioGroup
            key={field}
            aria-label={FIELD_WORDS[field]}
            value={keep[field] ?? 'theirs'}
            onChange={(_, data) => {
              setKeep((prev) => ({ ...prev, [field]: data.value === 'mine' ? 'mine' : 'theirs' }));
            }}
          >
            <strong>{FIELD_WORDS[field]}</strong>
            <Radio value="mine" label={`Yours: ${String(op.mine[field] ?? '')}`} />
            <Radio value="theirs" label={`Your colleague's: ${String(theirs[field] ?? '')}`} />
          </RadioGroup>
        ))}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={save}>
          Save these choices
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
