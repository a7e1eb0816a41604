import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { Outbox, OutboxEntry } from './outbox';

/** Hands the user a JSON file of entries, so what was not saved can be kept or sent on by hand. */
export function downloadEntries(outbox: Outbox, ids: readonly string[], name: string): void {
  const blob = new Blob([outbox.exportJson(ids)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // reason: the download has started from the link; the URL is not needed after this task.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/**
 * An entry whose team site no longer exists: it cannot be sent, so the user chooses to keep it on
 * this device, download it, or discard it. Never "will sync".
 */
export function SiteGoneChoice({ outbox, entry }: { outbox: Outbox; entry: OutboxEntry }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Cannot be sent: its team site is gone</MessageBarTitle>
        {entry.label}: {entry.lastError ?? 'the team site it was saved for no longer exists.'}{' '}
        {entry.kept === true
          ? 'It is kept on this device.'
          : 'Keep it on this device, download a copy, or discard it.'}
      </MessageBarBody>
      <MessageBarActions>
        {entry.kept !== true && <Button onClick={() => void outbox.keep(entry.id)}>Keep</Button>}
        <Button
          onClick={() => {
            downloadEntries(outbox, [entry.id], `home-turf-${entry.group}.json`);
          }}
        >
          Download
        </Button>
        <Button onClick={() => void outbox.discard([entry.id])}>Discard</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * Entries an older version of Home Turf kept without saying who wrote them or for which team:
 * sent only when the user says they are theirs and for this team's site.
 */
export function UnclaimedChoice({
  outbox,
  entries,
  siteName,
}: {
  outbox: Outbox;
  entries: readonly OutboxEntry[];
  /** This pane's team site, where claimed entries go; undefined when the pane has none. */
  siteName: string | undefined;
}) {
  const ids = entries.map((e) => e.id);
  const count = entries.length === 1 ? '1 change was' : `${entries.length} changes were`;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Changes from an earlier version of Home Turf</MessageBarTitle>
        {count} kept on this device before Home Turf recorded who made them and for which team, so they are
        not sent.{' '}
        {siteName === undefined
          ? 'Open Home Turf in your team to send them, or download or discard them.'
          : `If they are yours and for ${siteName}, send them there.`}
      </MessageBarBody>
      <MessageBarActions>
        {siteName !== undefined && (
          <Button onClick={() => void outbox.claim(ids)}>Mine: send to {siteName}</Button>
        )}
        <Button
          onClick={() => {
            downloadEntries(outbox, ids, 'home-turf-earlier-changes.json');
          }}
        >
          Download
        </Button>
        <Button onClick={() => void outbox.discard(ids)}>Discard</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
