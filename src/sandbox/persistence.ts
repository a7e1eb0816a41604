import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { EventRecord, ListItemRecord, ListRecord, TodoTaskRecord } from './tenant-model';

/**
 * What the user writes (created events, list changes, To Do tasks) survives restarts in `<dataDir>/state.json`.
 * Writes go to a temporary file first and are renamed into place, so a crash mid-write never leaves
 * half a file.
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

const fieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const listItemSchema = z.object({
  id: z.string(),
  guid: z.string(),
  version: z.number(),
  createdMs: z.number(),
  modifiedMs: z.number(),
  createdBy: z.string(),
  modifiedBy: z.string(),
  fields: z.record(z.string(), fieldValueSchema),
  origin: z.enum(['seed', 'user']),
}) satisfies z.ZodType<ListItemRecord>;

const listRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  displayName: z.string(),
  description: z.string(),
  createdMs: z.number(),
  modifiedMs: z.number(),
  createdBy: z.string(),
  columns: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      displayName: z.string(),
      type: z.enum(['text', 'note', 'dateTime', 'number', 'boolean']),
      indexed: z.boolean(),
      unique: z.boolean(),
    }),
  ),
  items: z.array(listItemSchema),
  nextItemId: z.number(),
  origin: z.enum(['seed', 'user']),
  deletedIds: z.array(z.string()),
}) satisfies z.ZodType<ListRecord>;

const persistedListSchema = z.object({
  siteId: z.string(),
  listId: z.string(),
  /** The whole list, for a list created through the API. */
  list: listRecordSchema.optional(),
  /** For a seeded list: items the user created or changed, deleted ids and the next item id. */
  items: z.array(listItemSchema),
  deletedIds: z.array(z.string()),
  nextItemId: z.number(),
  modifiedMs: z.number(),
});

/** The user's changes to one list. */
export type PersistedList = z.infer<typeof persistedListSchema>;

const todoTaskSchema = z.object({
  id: z.string(),
  version: z.number(),
  createdMs: z.number(),
  modifiedMs: z.number(),
  bodyModifiedMs: z.number(),
  title: z.string(),
  body: z.object({ content: z.string(), contentType: z.enum(['text', 'html']) }),
  importance: z.enum(['low', 'normal', 'high']),
  status: z.enum(['notStarted', 'inProgress', 'completed', 'waitingOnOthers', 'deferred']),
  isReminderOn: z.boolean(),
  categories: z.array(z.string()),
  dueMs: z.number().nullable(),
  completedMs: z.number().nullable(),
  linkedResources: z.array(
    z.object({
      id: z.string(),
      webUrl: z.string().nullable(),
      applicationName: z.string().nullable(),
      displayName: z.string().nullable(),
      externalId: z.string().nullable(),
    }),
  ),
}) satisfies z.ZodType<TodoTaskRecord>;

/** The tasks of one user's To Do list. */
const persistedTodoListSchema = z.object({
  listId: z.string(),
  ownerId: z.string(),
  tasks: z.array(todoTaskSchema),
});

export type PersistedTodoList = z.infer<typeof persistedTodoListSchema>;

const stateFileSchema = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  createdEvents: z.array(eventRecordSchema),
  lists: z.array(persistedListSchema).optional(),
  todoLists: z.array(persistedTodoListSchema).optional(),
});

/** Everything a restart brings back. */
export type PersistedState = {
  createdEvents: EventRecord[];
  lists: PersistedList[];
  todoLists: PersistedTodoList[];
};

const EMPTY: PersistedState = { createdEvents: [], lists: [], todoLists: [] };

/** Reads persisted user writes; a missing file is an empty state, a corrupt one is reported. */
export async function loadPersistedState(
  dataDir: string,
  log: (line: string) => void,
): Promise<PersistedState> {
  let text: string;
  try {
    text = await readFile(path.join(dataDir, STATE_FILE), 'utf8');
  } catch {
    return EMPTY;
  }
  try {
    const parsed = stateFileSchema.safeParse(JSON.parse(text));
    if (parsed.success) {
      const { createdEvents, lists, todoLists } = parsed.data;
      return { createdEvents, lists: lists ?? [], todoLists: todoLists ?? [] };
    }
    log(`Ignoring ${path.join(dataDir, STATE_FILE)}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  } catch {
    log(`Ignoring ${path.join(dataDir, STATE_FILE)}: not valid JSON`);
  }
  return EMPTY;
}

/** Writes the user's changes atomically (tmp + rename). Writes are serialised per directory. */
export function createStateWriter(dataDir: string): (state: PersistedState) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return (state) => {
    const snapshot = JSON.stringify({ version: 2, ...state }, null, 2);
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
