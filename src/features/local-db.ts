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

type Database = IDBPDatabase<HomeTurfDb>;

let opening: Promise<Database | null> | null = null;
/** True once a connection was had: from then on, one that cannot be had again is an error, not memory. */
let hadDatabase = false;

/** Thrown when the browser closed this device's storage and it could not be opened again. */
export class LocalDbUnavailableError extends Error {
  override readonly name = 'LocalDbUnavailableError';
  constructor() {
    super(
      "this device's storage was closed (by the browser, or by a newer Home Turf in another window) and could not be opened again",
    );
  }
}

function open(): Promise<Database | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  const opened = openDB<HomeTurfDb>(DB_NAME, DB_VERSION, {
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
    // A newer version in another pane wants the database: let it go, and open that one next time.
    blocking() {
      void opened.then(async (database) => {
        await forget(database);
        database.close();
      });
    },
    // The browser closed the connection (storage cleared, disk trouble): the next use opens it again.
    terminated() {
      void opened.then(forget);
    },
  });
  return opened.then(
    (database) => {
      hadDatabase = true;
      return database;
    },
    () => {
      if (hadDatabase) throw new LocalDbUnavailableError();
      return null;
    },
  );
}

/** The connection `database` is done with: the next use opens a new one. */
async function forget(database: Database): Promise<void> {
  const current = opening;
  if (current === null || (await current.catch(() => null)) !== database) return;
  if (opening === current) opening = null;
}

function db(): Promise<Database | null> {
  if (opening === null) {
    const attempt = open();
    opening = attempt;
    // A connection that could not be had again is not kept: the next use tries once more.
    attempt.catch(() => {
      if (opening === attempt) opening = null;
    });
  }
  return opening;
}

/** What a transaction on a connection that is closing (or closed) throws (a DOMException, of any realm). */
function isClosing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'InvalidStateError';
}

/**
 * Runs `work` on the database, or `none` where IndexedDB cannot be had at all (`open: false`: or
 * when no connection is open yet). A connection the browser (or a newer version in another pane)
 * closed under us is opened again, once, and `work` tried again on it.
 */
export async function withLocalDb<T>(
  work: (database: Database) => Promise<T>,
  none: () => T,
  { open: mayOpen = true } = {},
): Promise<T> {
  if (!mayOpen && opening === null) return none();
  const database = await db();
  if (database === null) return none();
  try {
    return await work(database);
  } catch (error) {
    if (!isClosing(error)) throw error;
    await forget(database);
    const again = await db();
    return again === null ? none() : work(again);
  }
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

/**
 * How long a card seen before is kept on this device: a week. Cards hold mail subjects and client
 * profiles; an older one is not shown and is removed.
 */
export const CARD_MAX_AGE_MS = 7 * 24 * 3600 * 1000;

/** A card saved earlier under `key` and less than a week old at `now`, or undefined. */
export async function readCachedCard(
  key: string,
  now: number,
): Promise<{ savedAt: number; card: unknown } | undefined> {
  try {
    return await withLocalDb(
      async (database) => {
        const entry = await database.get('cards', key);
        if (entry === undefined || entry.savedAt > now - CARD_MAX_AGE_MS) return entry;
        await database.delete('cards', key);
        return undefined;
      },
      () => undefined,
    );
  } catch {
    return undefined;
  }
}

/** Removes every card older than a week at `now` (a pane that starts tidies the device). */
export async function forgetExpiredCards(now: number): Promise<void> {
  try {
    await withLocalDb(
      async (database) => {
        const tx = database.transaction('cards', 'readwrite');
        for (let at = await tx.store.openCursor(); at !== null; at = await at.continue()) {
          if (at.value.savedAt <= now - CARD_MAX_AGE_MS) await at.delete();
        }
        await tx.done;
      },
      () => undefined,
    );
  } catch {
    // reason: tidying is best effort; an expired card is never shown anyway (readCachedCard).
  }
}

/**
 * Signing out: removes what this device keeps for the advisor `email` — the cards they saw and
 * the articles they marked (both keyed by their address, see cardKey). Their outbox entries are
 * the outbox's to discard, after asking.
 */
export async function forgetUserData(email: string): Promise<void> {
  const prefix = `${email}|`;
  for (const key of [...broughtInMemory.keys()]) if (key.startsWith(prefix)) broughtInMemory.delete(key);
  // Every key that starts with the prefix: from `prefix` up to the last string that does.
  const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  await withLocalDb(
    async (database) => {
      const tx = database.transaction(['cards', 'bring'], 'readwrite');
      await Promise.all([
        tx.objectStore('cards').delete(range),
        tx.objectStore('bring').delete(range),
        tx.done,
      ]);
    },
    () => undefined,
  );
}

/** Saves a card for next time; a failure only costs the head start. */
export async function writeCachedCard(key: string, card: unknown, savedAt: number): Promise<void> {
  try {
    await withLocalDb(
      (database) => database.put('cards', { savedAt, card }, key),
      () => undefined,
    );
  } catch {
    // reason: the cache is an optimisation; the card on screen is already right.
  }
}

const broughtInMemory = new Map<string, string[]>();

/** Ids of the articles marked "bring it" for a meeting. */
export async function readBrought(meetingKey: string): Promise<string[]> {
  const inMemory = () => broughtInMemory.get(meetingKey) ?? [];
  try {
    return await withLocalDb(
      async (database) => (await database.get('bring', meetingKey)) ?? inMemory(),
      inMemory,
    );
  } catch {
    return inMemory();
  }
}

/** Records the articles marked "bring it" for a meeting, for its value-add note. */
export async function writeBrought(meetingKey: string, ids: readonly string[]): Promise<void> {
  broughtInMemory.set(meetingKey, [...ids]);
  try {
    await withLocalDb(
      (database) => database.put('bring', [...ids], meetingKey),
      () => undefined,
    );
  } catch {
    // reason: kept in memory above for this pane; the note can still take them.
  }
}

type StoredEntry = { id: string } & Record<string, unknown>;
const outboxInMemory = new Map<string, StoredEntry>();

/**
 * Every entry of the outbox. Without IndexedDB the outbox lives in memory, for this pane only;
 * where the browser closed it and it cannot be opened again, this throws LocalDbUnavailableError.
 */
export async function readOutbox(): Promise<StoredEntry[]> {
  return withLocalDb(
    (database) => database.getAll('outbox'),
    () => [...outboxInMemory.values()],
  );
}

/** Adds or replaces outbox entries in one transaction, so a note's writes are kept together or not at all. */
export async function putOutbox(entries: readonly StoredEntry[]): Promise<void> {
  await withLocalDb(
    async (database) => {
      const tx = database.transaction('outbox', 'readwrite');
      await Promise.all([...entries.map((entry) => tx.store.put(entry)), tx.done]);
    },
    () => {
      for (const entry of entries) outboxInMemory.set(entry.id, entry);
    },
  );
}

/** Removes an entry the team store has confirmed. */
export async function deleteOutbox(id: string): Promise<void> {
  outboxInMemory.delete(id);
  await withLocalDb(
    (database) => database.delete('outbox', id),
    () => undefined,
  );
}

/** True when writes survive closing the pane (IndexedDB is available). */
export async function outboxIsDurable(): Promise<boolean> {
  return (await db().catch(() => null)) !== null;
}

/** Forgets the open connection (tests that swap IndexedDB between runs). */
export function resetLocalDb(): void {
  opening = null;
  broughtInMemory.clear();
  outboxInMemory.clear();
}
