import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

/**
 * What Home Turf keeps on this device, in IndexedDB: prep cards seen before (so the next open
 * renders at once), the articles marked "bring it" per meeting until the note takes them, and the
 * outbox of writes the team store has not confirmed yet. Never tokens. When IndexedDB is unavailable
 * (some private modes) everything still works, the outbox in memory for as long as the pane is open.
 */
interface HomeTurfDb extends DBSchema {
  cards: { key: string; value: { savedAt: number; card: unknown } };
  bring: { key: string; value: string[] };
  /** Writes to the team store not yet confirmed by it (see outbox/outbox.ts). */
  outbox: { key: string; value: { id: string } & Record<string, unknown> };
  /** Who may send the outbox now, where the browser has no Web Locks (see outbox/flush-lock.ts). */
  leases: { key: string; value: Lease };
}

/** A claim on a name until `expiresAt` (ms since the epoch), renewed while its holder works. */
export type Lease = { owner: string; expiresAt: number };

const DB_NAME = 'home-turf';
/**
 * 3: outbox entries record the user and the store site they were written for. Entries kept by
 * version 2 say neither, so the upgrade sets them aside ("unclaimed") until a user says they are theirs.
 * 4: a lease, so that one pane at a time sends the outbox where the browser has no Web Locks.
 */
const DB_VERSION = 4;

let opening: Promise<IDBPDatabase<HomeTurfDb> | null> | null = null;

function db(): Promise<IDBPDatabase<HomeTurfDb> | null> {
  opening ??= (
    typeof indexedDB === 'undefined'
      ? Promise.resolve(null)
      : openDB<HomeTurfDb>(DB_NAME, DB_VERSION, {
          upgrade(database, oldVersion, _newVersion, transaction) {
            if (oldVersion < 1) {
              database.createObjectStore('cards');
              database.createObjectStore('bring');
            }
            if (oldVersion < 2) database.createObjectStore('outbox', { keyPath: 'id' });
            // The upgrade's transaction stays open while the cursor walks the entries.
            if (oldVersion === 2) void setAsideUnowned(transaction);
            if (oldVersion < 4) database.createObjectStore('leases');
          },
        })
  ).catch(() => null);
  return opening;
}

/** Entries that name no user are marked unclaimed: nobody's token sends them until someone claims them. */
async function setAsideUnowned(
  transaction: IDBPTransaction<HomeTurfDb, StoreNames<HomeTurfDb>[], 'versionchange'>,
): Promise<void> {
  const store = transaction.objectStore('outbox');
  for (let at = await store.openCursor(); at !== null; at = await at.continue()) {
    if (typeof at.value.userId !== 'string') await at.update({ ...at.value, state: 'unclaimed' });
  }
}

/** A card saved earlier under `key`, or undefined. */
export async function readCachedCard(key: string): Promise<{ savedAt: number; card: unknown } | undefined> {
  try {
    return await (await db())?.get('cards', key);
  } catch {
    return undefined;
  }
}

/** Saves a card for next time; a failure only costs the head start. */
export async function writeCachedCard(key: string, card: unknown, savedAt: number): Promise<void> {
  try {
    await (await db())?.put('cards', { savedAt, card }, key);
  } catch {
    // reason: the cache is an optimisation; the card on screen is already right.
  }
}

const broughtInMemory = new Map<string, string[]>();

/** Ids of the articles marked "bring it" for a meeting. */
export async function readBrought(meetingKey: string): Promise<string[]> {
  try {
    return (await (await db())?.get('bring', meetingKey)) ?? broughtInMemory.get(meetingKey) ?? [];
  } catch {
    return broughtInMemory.get(meetingKey) ?? [];
  }
}

/** Records the articles marked "bring it" for a meeting, for its value-add note. */
export async function writeBrought(meetingKey: string, ids: readonly string[]): Promise<void> {
  broughtInMemory.set(meetingKey, [...ids]);
  try {
    await (await db())?.put('bring', [...ids], meetingKey);
  } catch {
    // reason: kept in memory above for this pane; the note can still take them.
  }
}

const outboxInMemory = new Map<string, { id: string } & Record<string, unknown>>();

/** Every entry of the outbox. Without IndexedDB the outbox lives in memory, for this pane only. */
export async function readOutbox(): Promise<({ id: string } & Record<string, unknown>)[]> {
  const database = await db();
  if (database === null) return [...outboxInMemory.values()];
  return database.getAll('outbox');
}

/** Adds or replaces outbox entries in one transaction, so a note's writes are kept together or not at all. */
export async function putOutbox(
  entries: readonly ({ id: string } & Record<string, unknown>)[],
): Promise<void> {
  const database = await db();
  if (database === null) {
    for (const entry of entries) outboxInMemory.set(entry.id, entry);
    return;
  }
  const tx = database.transaction('outbox', 'readwrite');
  await Promise.all([...entries.map((entry) => tx.store.put(entry)), tx.done]);
}

/** Removes an entry the team store has confirmed. */
export async function deleteOutbox(id: string): Promise<void> {
  outboxInMemory.delete(id);
  await (await db())?.delete('outbox', id);
}

/** The open database, or null where IndexedDB cannot be had; `open: false` opens none that is not open yet. */
export async function localDatabase({ open = true } = {}): Promise<IDBPDatabase<HomeTurfDb> | null> {
  if (!open && opening === null) return null;
  return db();
}

/** True when writes survive closing the pane (IndexedDB is available). */
export async function outboxIsDurable(): Promise<boolean> {
  return (await db()) !== null;
}

/** Forgets the open connection (tests that swap IndexedDB between runs). */
export function resetLocalDb(): void {
  opening = null;
  broughtInMemory.clear();
  outboxInMemory.clear();
}
