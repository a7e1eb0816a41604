import { readOutbox } from '../local-db';
import { entrySchema, type OutboxEntry, type OutboxUser } from './outbox-ops';

/**
 * What this device holds for `user`, read back from IndexedDB. An entry kept by an older version,
 * without saying whose it is, is set aside (not shown at all when it names another author). On
 * the pane's first read, what an earlier pane left is due now, since the connection may well be
 * back (save what Microsoft 365 asked to hold until a later time), and a site found gone then is looked for again once, in case it is back too.
 */
export async function readEntries(user: OutboxUser, first: boolean): Promise<OutboxEntry[]> {
  const entries: OutboxEntry[] = [];
  for (const item of await readOutbox()) {
    const parsed = entrySchema.safeParse(item);
    if (!parsed.success) continue;
    const entry = parsed.data;
    if (entry.userId === undefined) {
      if (!namesOtherAuthor(entry, user)) entries.push({ ...entry, state: 'unclaimed' });
    } else if (entry.userId === user.id) {
      entries.push(
        first
          ? {
              ...entry,
              state: entry.state === 'site-gone' ? 'pending' : entry.state,
              // Due now, unless Microsoft 365 asked to wait longer: then not before that time.
              nextAttemptAt: entry.throttledUntil ?? 0,
            }
          : entry,
      );
    }
  }
  return entries;
}

/**
 * This pane's entries brought up to date with the device, read while other panes may have sent
 * some (gone from the device) or tried them (changed there). `before` is what the pane held when
 * the read began: an entry this pane changed or added since keeps its own version, and entries it
 * has finished with (`forgotten`) do not come back.
 */
export function mergeEntries(
  before: ReadonlyMap<string, OutboxEntry>,
  current: readonly OutboxEntry[],
  stored: readonly OutboxEntry[],
  forgotten: ReadonlySet<string>,
): OutboxEntry[] {
  const onDevice = new Map(stored.map((e) => [e.id, e]));
  const merged: OutboxEntry[] = [];
  for (const entry of current) {
    if (before.get(entry.id) !== entry) merged.push(entry);
    else {
      const found = onDevice.get(entry.id);
      if (found !== undefined) merged.push(found);
    }
    onDevice.delete(entry.id);
  }
  for (const entry of onDevice.values()) if (!forgotten.has(entry.id)) merged.push(entry);
  return merged;
}

/** True when an entry of an older version names its author, and it is not this user. */
function namesOtherAuthor(entry: OutboxEntry, user: OutboxUser): boolean {
  if (entry.op.kind !== 'create-item') return false;
  const author = entry.op.fields.AuthorEmail;
  return typeof author === 'string' && author.toLowerCase() !== user.email.toLowerCase();
}
