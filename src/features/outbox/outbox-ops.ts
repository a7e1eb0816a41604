import { z } from 'zod/mini';

/**
 * What the outbox keeps on this device: the writes (ops) and their entries. Checked when read back,
 * since an entry may have been written by an older version of the pane.
 */

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const fieldsSchema = z.record(z.string(), fieldValue);
const listKey = z.enum(['clients', 'fileItems', 'notes', 'articles', 'campaigns']);

export const opSchema = z.discriminatedUnion('kind', [
  /** A new item, with a client-generated value in a unique column: sent twice, it is refused (409). */
  z.object({
    kind: z.literal('create-item'),
    list: listKey,
    fields: fieldsSchema,
    uniqueColumn: z.string(),
    uniqueValue: z.string(),
  }),
  /** Sets a date column to at least the given date (e.g. "last update sent"): merges with any newer value. */
  z.object({
    kind: z.literal('raise-date'),
    list: listKey,
    itemId: z.string(),
    etag: z.string(),
    column: z.string(),
    value: z.string(),
  }),
  /** A client profile edited from `base` to `mine` (store fields); merged three-way on 412. */
  z.object({
    kind: z.literal('update-profile'),
    itemId: z.string(),
    etag: z.string(),
    base: fieldsSchema,
    mine: fieldsSchema,
  }),
  /** Any store item edited from `base` to `mine` (store fields); merged field by field on 412. */
  z.object({
    kind: z.literal('update-item'),
    list: listKey,
    itemId: z.string(),
    etag: z.string(),
    base: fieldsSchema,
    mine: fieldsSchema,
  }),
  z.object({
    kind: z.literal('todo-task'),
    title: z.string(),
    due: z.nullable(z.string()),
    body: z.string(),
  }),
]);

export type OutboxOp = z.infer<typeof opSchema>;

export const entryStates = ['pending', 'conflict', 'failed', 'site-gone', 'unclaimed'] as const;

export const entrySchema = z.object({
  id: z.string(),
  /**
   * The object id (`oid`) of the user the entry was written by: it is sent only with their token
   * and shown only to them. Absent on entries kept by a version of Home Turf that did not record it.
   */
  userId: z.optional(z.string()),
  /**
   * The store site (id) the entry was written for, where it is sent whatever site a later pane is
   * opened on; null for the user's own To Do. Absent on entries of an older version.
   */
  siteId: z.optional(z.nullable(z.string())),
  /** The site's name when the entry was written, for the words shown: "Communications". */
  siteName: z.optional(z.string()),
  /** What the entry belongs to, e.g. one value-add note: its status is the status of its entries. */
  group: z.string(),
  /** Words for the user: "Note for Priya Shah". */
  label: z.string(),
  op: opSchema,
  /**
   * pending: to send; conflict: a colleague's version to choose from; failed: refused; site-gone:
   * its site no longer exists (keep, export or discard); unclaimed: kept by an older version
   * without saying whose or for which site, so not sent until the user says it is theirs.
   */
  state: z.enum(entryStates),
  /** For a site-gone entry the user chose to keep: no longer asked about in this pane. */
  kept: z.optional(z.boolean()),
  attempts: z.number(),
  /**
   * A request for it has gone out, so it may have been written even though no answer came (the
   * pane closed, the connection dropped): before sending it again, look for it by its key.
   */
  sent: z.optional(z.boolean()),
  lastError: z.optional(z.string()),
  createdAt: z.number(),
  nextAttemptAt: z.number(),
  /**
   * Microsoft 365 asked for a wait longer than a request waits for (Retry-After beyond
   * MAX_RETRY_AFTER_MS): the entry is not sent before this time (epoch ms), whoever asks.
   */
  throttledUntil: z.optional(z.number()),
  /** For a conflict: the colleague's version, to show next to ours. */
  theirs: z.optional(fieldsSchema),
  /** For a conflict: the columns both changed, differently; the op holds our values for them. */
  conflicts: z.optional(z.array(z.string())),
});

export type OutboxEntry = z.infer<typeof entrySchema>;

/** Who the outbox works for: the signed-in user's object id (the token's `oid`) and address. */
export type OutboxUser = { id: string; email: string };

/** A store record an editor saves: its item id and etag once it exists. */
type StoredRecord = { id: string; etag?: string | undefined };

/**
 * The writes that save one record from an editor: a new item under a client-generated key in the
 * list's unique column (so a resend is refused, not doubled), or the columns changed from what
 * the editor opened with (merged field by field should a colleague have saved it meanwhile).
 */
export function saveRecordOps<T extends StoredRecord>(
  target: {
    list: z.infer<typeof listKey>;
    keyColumn: string;
    fields: (record: T) => z.infer<typeof fieldsSchema>;
  },
  opened: T | undefined,
  saved: T,
  key: string,
): OutboxOp[] {
  if (opened === undefined) {
    return [
      {
        kind: 'create-item',
        list: target.list,
        fields: { ...target.fields(saved), [target.keyColumn]: key },
        uniqueColumn: target.keyColumn,
        uniqueValue: key,
      },
    ];
  }
  return [
    {
      kind: 'update-item',
      list: target.list,
      itemId: opened.id,
      etag: opened.etag ?? '*',
      base: target.fields(opened),
      mine: target.fields(saved),
    },
  ];
}
