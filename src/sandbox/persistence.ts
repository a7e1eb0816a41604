import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { EventRecord } from './tenant-model';

/**
 * What the user writes (created events) survives restarts in `<dataDir>/state.json`. Writes go to a
 * temporary file first and are renamed into place, so a crash mid-write never leaves half a file.
 */

const STATE_FILE = 'state.json';

const personSchema = z.object({ name: z.string(), address: z.string().nullable() });
const eventRecordSchema = z.object({
  id: z.string(),
  key: z.string(),
  iCalUId: z.string(),
  changeKey: z.string(),
  createdMs: z.number(),
  modifiedMs: z.number(),
  subject: z.string(),
  bodyHtml: z.string(),
  startMs: z.number(),
  endMs: z.number(),
  isAllDay: z.boolean(),
  zone: z.string(),
  originalStartTimeZone: z.string(),
  originalEndTimeZone: z.string(),
  organizer: personSchema,
  attendees: z.array(
    personSchema.extend({
      type: z.enum(['required', 'optional', 'resource']),
      response: z.enum(['none', 'organizer', 'tentativelyAccepted', 'accepted', 'declined', 'notResponded']),
    }),
  ),
  isCancelled: z.boolean(),
  showAs: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']),
  importance: z.enum(['low', 'normal', 'high']),
  location: z.string().nullable(),
  categories: z.array(z.string()),
  isOnlineMeeting: z.boolean(),
  recurrence: z.null(),
  transactionId: z.string().nullable(),
  origin: z.literal('user'),
});

const stateFileSchema = z.object({ version: z.literal(1), createdEvents: z.array(eventRecordSchema) });

/** Reads persisted user writes; a missing file is an empty state, a corrupt one is reported. */
export async function loadPersistedEvents(
  dataDir: string,
  log: (line: string) => void,
): Promise<EventRecord[]> {
  let text: string;
  try {
    text = await readFile(path.join(dataDir, STATE_FILE), 'utf8');
  } catch {
    return [];
  }
  try {
    const parsed = stateFileSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data.createdEvents;
    log(`Ignoring ${path.join(dataDir, STATE_FILE)}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  } catch {
    log(`Ignoring ${path.join(dataDir, STATE_FILE)}: not valid JSON`);
  }
  return [];
}

/** Writes user-created events atomically (tmp + rename). Writes are serialised per directory. */
export function createEventWriter(dataDir: string): (events: ReadonlyArray<EventRecord>) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return (events) => {
    const snapshot = JSON.stringify({ version: 1, createdEvents: events }, null, 2);
    // A failed write must not poison later ones, hence the catch before chaining.
    queue = queue
      .catch(() => undefined)
      .then(async () => {
        await mkdir(dataDir, { recursive: true });
        const target = path.join(dataDir, STATE_FILE);
        const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(temporary, snapshot, 'utf8');
        await rename(temporary, target);
      });
    return queue;
  };
}

/** Deletes persisted writes (`--fresh`). */
export async function clearPersistedState(dataDir: string): Promise<void> {
  await rm(path.join(dataDir, STATE_FILE), { force: true });
}
