import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { outboxIsDurable } from './local-db';
import type { GroupStatus, OutboxEntry, SyncEngine } from './sync-engine';

/** The outbox status of one group of writes, kept current as the engine works. */
export function useGroupStatus(outbox: SyncEngine, group: string): GroupStatus {
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
  outbox: SyncEngine;
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
          entry.state === 'conflict' && entry.theirs !== undefined ? (
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

/** Column names in the words the forms use, per list (the store's column names otherwise). */
const FIELD_WORDS: Record<string, Record<string, string>> = {
  clients: {
    Title: 'Name',
    Department: 'Department',
    OwnerEmail: 'Relationship owner',
    Background: 'Background',
  },
  fileItems: { Title: 'Work', Status: 'Status', OwnerEmail: 'Owner', NextUpdateDue: 'Next update due' },
  articles: {
    Title: 'Title',
    Url: 'Link',
    Summary: 'Summary',
    Tags: 'Tags',
    Source: 'Source',
    Published: 'Published',
    Retired: 'Retired',
  },
  campaigns: {
    Title: 'Name',
    OwnerDepartment: 'Owner department',
    Audiences: 'Audiences',
    SignOff: 'Sign-off',
    GoLive: 'Go-live',
    Status: 'Status',
  },
};

/** A stored value as a person reads it: days without midnight, yes/no, "(empty)". */
function shown(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(text) ? text.slice(0, 10) : text;
}

/**
 * A colleague saved the same record at the same time and changed a field we changed too: both
 * versions side by side, and the advisor chooses per field. Everything else merged by itself.
 */
function ConflictChoice({ outbox, entry }: { outbox: SyncEngine; entry: OutboxEntry }) {
  const [keep, setKeep] = useState<Record<string, 'mine' | 'theirs'>>({});
  const op = entry.op;
  const theirs = entry.theirs;
  if ((op.kind !== 'update-profile' && op.kind !== 'update-item') || theirs === undefined) return null;
  const words = FIELD_WORDS[op.kind === 'update-item' ? op.list : 'clients'] ?? {};
  // Entries kept by an older pane name no conflicts: every named field ours and theirs differ on.
  const clashing =
    entry.conflicts ??
    Object.keys(words).filter((k) => op.mine[k] !== theirs[k] && op.mine[k] !== op.base[k]);
  const save = () => {
    const mine = { ...op.mine };
    for (const field of clashing) if (keep[field] !== 'mine') mine[field] = theirs[field] ?? null;
    void outbox.retry(entry.id, { ...op, base: theirs, mine });
  };
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          A colleague changed this {op.kind === 'update-profile' ? 'profile' : 'record'} at the same time
        </MessageBarTitle>
        {entry.label}:{' '}
        {op.kind === 'update-profile'
          ? 'pressures, priorities and KPIs were merged by themselves.'
          : 'your other changes were merged with theirs.'}{' '}
        Choose the version to keep:
        {clashing.map((field) => (
          <RadioGroup
            key={field}
            aria-label={words[field] ?? field}
            value={keep[field] ?? 'theirs'}
            onChange={(_, data) => {
              setKeep((prev) => ({ ...prev, [field]: data.value === 'mine' ? 'mine' : 'theirs' }));
            }}
          >
            <strong>{words[field] ?? field}</strong>
            <Radio value="mine" label={`Yours: ${shown(op.mine[field])}`} />
            <Radio value="theirs" label={`Your colleague's: ${shown(theirs[field])}`} />
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
