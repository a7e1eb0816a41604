import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { OutboxEntry, Outbox } from './outbox';

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
export function ConflictChoice({ outbox, entry }: { outbox: Outbox; entry: OutboxEntry }) {
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
