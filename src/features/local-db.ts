import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * What Home Turf keeps on this device, in IndexedDB: prep cards seen before (so the next open
 * renders at once) and the articles marked "bring it" per meeting, until the note takes them.
 * Never tokens. When IndexedDB is unavailable (some private modes) everything still works, only
 * without the head start.
 */
interface HomeTurfDb extends DBSchema {
  cards: { key: string; value: { savedAt: number; card: unknown } };
  bring: { key: string; value: string[] };
}

const DB_NAME = 'home-turf';
const DB_VERSION = 1;

let opening: Promise<IDBPDatabase<HomeTurfDb> | null> | null = null;

function db(): Promise<IDBPDatabase<HomeTurfDb> | null> {
  opening ??= (
    typeof indexedDB === 'undefined'
      ? Promise.resolve(null)
      : openDB<HomeTurfDb>(DB_NAME, DB_VERSION, {
          upgrade(database) {
            database.createObjectStore('cards');
            database.createObjectStore('bring');
          },
        })
  ).catch(() => null);
  return opening;
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

/** Forgets the open connection (tests that swap IndexedDB between runs). */
export function resetLocalDb(): void {
  opening = null;
  broughtInMemory.clear();
}
