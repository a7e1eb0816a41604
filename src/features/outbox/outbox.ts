import type { GraphClient } from '../../graph/create-graph-client';
import { describeGraphError, errorStatus, retryAfterOf } from '../../graph/graph-errors';
import { MAX_RETRY_AFTER_MS } from '../../graph/middleware/retry-after';
import { findStoreLists } from '../../graph/store/check-store';
import { siteExists } from '../../graph/store/get-store-site';
import { StoreListMissingError, type StoreSite } from '../../graph/store/store-lists';
import { deleteOutbox, putOutbox } from '../local-db';
import { createFlushLock } from './flush-lock';
import type { OutboxEntry, OutboxOp, OutboxUser } from './outbox-ops';
import { mergeEntries, readEntries } from './outbox-read';

export type { OutboxEntry, OutboxOp, OutboxUser } from './outbox-ops';

/**
 * The outbox: every write to the team store is first kept on this device, then sent, and removed
 * only once the store has confirmed it. Nothing is lost (the entry survives failures, closing the
 * pane and going offline) and nothing is doubled:
 * - a new item carries a client-generated value in a unique column, so sending it again after a
 *   lost answer (time-out, 504 after the write, dropped connection) is refused with 409 by the
 *   store, and the entry is then done;
 * - an update carries the etag it was made from; when a colleague saved first (412), fields that
 *   do not clash merge by themselves and are sent again on the new version.
 * And nothing is misplaced: each entry records the user (object id) and the store site it was
 * written for. It is sent only by that user's pane (their token), to that site whatever site the
 * pane is on now, and shown to nobody else; when the site no longer exists it waits for the user.
 * One pane at a time sends (flush-lock.ts), and it reads the device again first: what another
 * pane sent meanwhile is gone from it, and is not sent twice.
 */

export type GroupStatus =
  | { kind: 'synced' }
  | {
      kind: 'pending';
      entries: number;
      lastError?: string;
      /**
       * Microsoft 365 asked to wait longer than a request waits (Retry-After beyond the ceiling):
       * the group's last entry is not sent before this time (epoch ms), and cannot be sent sooner.
       */
      sendsAt?: number;
    }
  | { kind: 'needs-you'; entries: OutboxEntry[] };

export type Outbox = {
  /**
   * Keeps the writes on this device (all or none) and resolves then; sending starts behind it
   * (`flush()` resolves when that try is over).
   */
  enqueue(group: string, label: string, ops: readonly OutboxOp[]): Promise<void>;
  /** Sends every entry that is due; one flush at a time, across every pane of this origin. */
  flush(): Promise<void>;
  /**
   * Sends every pending entry now, backoffs aside (the advisor asked, or the network is back); an
   * entry Microsoft 365 asked to hold until a later time waits for it all the same.
   */
  sendNow(): Promise<void>;
  entries(): readonly OutboxEntry[];
  status(group: string): GroupStatus;
  /** When Microsoft 365 asked for the entry to wait until a time still to come: that time (epoch ms). */
  heldUntil(entry: OutboxEntry): number | null;
  subscribe(listener: () => void): () => void;
  /** Sends a failed or conflicting entry again (after the advisor chose). */
  retry(id: string, replace?: OutboxOp): Promise<void>;
  /** Keeps an entry whose site is gone on this device, without asking about it again in this pane. */
  keep(id: string): Promise<void>;
  /** Drops entries from this device for good (the user chose to). */
  discard(ids: readonly string[]): Promise<void>;
  /** The entries as JSON, for the user to keep a copy of what was not saved. */
  exportJson(ids: readonly string[]): string;
  /**
   * Takes entries an older version kept without saying whose they were as the user's own, for
   * this pane's store site, and sends them.
   */
  claim(ids: readonly string[]): Promise<void>;
  dispose(): void;
};

export type OutboxOptions = {
  /** A client that signs in as `user`: the only token the entries are sent with. */
  graph: GraphClient;
  /** The store site of this pane: where new entries are written for. */
  site: StoreSite | null;
  user: OutboxUser;
  /** The advisor's time zone (IANA, as the host gives it): the day a To Do task's due date names. */
  timeZone: string;
  now?: () => number;
  /** How often pending entries are tried again while any remain. @default 15 s */
  intervalMs?: number;
  newId?: () => string;
  /** The browser's Web Locks. @default navigator.locks, where the browser has them */
  locks?: LockManager;
};

const MAX_BACKOFF_MS = 60_000;

/** Without the time Microsoft 365 asked it to wait for: for an entry whose state has moved on. */
function unthrottled(entry: OutboxEntry): OutboxEntry {
  const { throttledUntil: _throttledUntil, ...rest } = entry;
  return rest;
}

/** Creates the engine and starts sending what an earlier pane left behind. */
export function createOutbox(options: OutboxOptions): Outbox {
  const now = options.now ?? (() => Date.now());
  const newId = options.newId ?? (() => crypto.randomUUID());
  let entries: OutboxEntry[] = [];
  let loaded: Promise<void> | null = null;
  let flushing: Promise<void> | null = null;
  let dueNow = false;
  let todoListId: string | null = null;
  /** Entries this pane sent or discarded: a read that began before then must not bring them back. */
  const forgotten = new Set<string>();
  const lock = createFlushLock(options.locks);
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  const { user } = options;
  /** Microsoft 365 asked for this entry to wait until a time still to come: nobody sends it sooner. */
  const held = (entry: OutboxEntry) => (entry.throttledUntil ?? 0) > now();
  /** A closed pane touches neither the device nor Microsoft 365 again. */
  let disposed = false;
  /** Brings the entries up to date with the device (another pane may have sent or tried some). */
  const refresh = async (first: boolean) => {
    if (disposed) return;
    const before = new Map(entries.map((e) => [e.id, e]));
    const stored = await readEntries(user, first);
    entries = mergeEntries(before, entries, stored, forgotten);
    notify();
  };
  const load = () =>
    (loaded ??= refresh(true).catch((error: unknown) => {
      // The device could not be read: the next use reads it again.
      loaded = null;
      throw error;
    }));

  const save = async (entry: OutboxEntry) => {
    entries = entries.map((e) => (e.id === entry.id ? entry : e));
    await putOutbox([entry]);
    notify();
  };
  const done = async (entry: OutboxEntry) => {
    entries = entries.filter((e) => e.id !== entry.id);
    forgotten.add(entry.id);
    await deleteOutbox(entry.id);
    notify();
  };

  /** The entry's site with its lists' ids: this pane's, or read once per pane for another team's. */
  const otherSites = new Map<string, Promise<StoreSite>>();
  const siteOf = (siteId: string): Promise<StoreSite> => {
    const { site } = options;
    if (site !== null && site.id === siteId) return Promise.resolve(site);
    let found = otherSites.get(siteId);
    if (found === undefined) {
      found = findStoreLists(options.graph, siteId).then((lists) => ({ id: siteId, lists }));
      // A failed look-up is not kept: the next attempt looks again.
      found.catch(() => otherSites.delete(siteId));
      otherSites.set(siteId, found);
    }
    return found;
  };

  /** Sends one entry; resolves to the entry's next state, or null when the store confirmed it. */
  const send = async (entry: OutboxEntry): Promise<OutboxEntry | null> => {
    const { graph } = options;
    const op = entry.op;
    if (op.kind === 'todo-task') {
      // On demand: To Do's code (and its time-zone table) loads with the first task an advisor adds.
      const { createTodoTask, findTodoTaskByKey, getDefaultTodoList } = await import(
        /* webpackChunkName: "on-demand-todo" */ '../../graph/create-todo-task'
      );
      todoListId ??= await getDefaultTodoList(graph);
      // The entry's id is the task's key. A request sent before may have created the task before
      // its answer was lost: look for it by that key, never by its title.
      if (entry.sent === true && (await findTodoTaskByKey(graph, todoListId, entry.id)) !== null) return null;
      // Marked on the device before it goes, since the pane may close before any answer.
      if (entry.sent !== true) await save({ ...entry, sent: true });
      await createTodoTask(graph, todoListId, {
        title: op.title,
        due: op.due,
        body: op.body,
        timeZone: options.timeZone,
        key: entry.id,
        source: entry.label,
      });
      return null;
    }
    if (typeof entry.siteId !== 'string') throw new Error('It does not say which team store it is for.');
    const siteId = entry.siteId;
    // On demand: the code that writes to the store, and merges a colleague's edit, loads with the
    // first entry there is to send.
    const { sendStoreOp } = await import(/* webpackChunkName: "on-demand-outbox-send" */ './outbox-send');
    let outcome;
    try {
      outcome = await sendStoreOp(graph, await siteOf(siteId), op);
    } catch (error) {
      // A 404 on the site, list or item: the site itself may be gone (deleted, or its team removed).
      if (errorStatus(error) === 404 && !(await siteExists(graph, { id: siteId }))) {
        return {
          ...unthrottled(entry),
          state: 'site-gone',
          attempts: entry.attempts + 1,
          lastError: siteGoneWords(entry),
        };
      }
      throw error;
    }
    if (outcome.kind === 'done') return null;
    const next: OutboxEntry = { ...unthrottled(entry), op: outcome.op, attempts: 0, nextAttemptAt: 0 };
    if (outcome.kind === 'again') return next;
    return {
      ...next,
      state: 'conflict',
      theirs: outcome.theirs,
      conflicts: outcome.conflicts,
      lastError: outcome.message,
    };
  };

  let flushed = false;
  const flushOnce = async () => {
    await load();
    // Under the lock, what the device holds now; this pane's first flush takes what earlier
    // panes left as due now, as its first read did.
    await refresh(!flushed);
    flushed = true;
    if (dueNow) {
      dueNow = false;
      entries = entries.map((e) => (e.state === 'pending' && !held(e) ? { ...e, nextAttemptAt: 0 } : e));
    }
    for (const entry of [...entries]) {
      if (disposed) return;
      if (
        entry.state !== 'pending' ||
        entry.userId !== user.id ||
        entry.nextAttemptAt > now() ||
        held(entry)
      ) {
        continue;
      }
      try {
        const next = await send(entry);
        if (next === null) await done(entry);
        else await save(next);
      } catch (error) {
        const status = errorStatus(error);
        // The entry as last kept (marked sent, perhaps), not as this try found it.
        const tried = entries.find((e) => e.id === entry.id) ?? entry;
        // No answer, throttled, unavailable or timed out: keep it and try again later.
        const transient =
          (status === 0 && !(error instanceof StoreListMissingError)) ||
          status === 401 ||
          status === 408 ||
          status === 429 ||
          status >= 500;
        const attempts = tried.attempts + 1;
        const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(attempts, 6));
        const asked = retryAfterOf(error) ?? 0;
        // A wait longer than any request holds on for: kept here, and not sent before that time
        // (the advisor is told when it will go, and Send now does not hurry it).
        const throttledUntil = transient && asked > MAX_RETRY_AFTER_MS ? now() + asked : undefined;
        await save({
          ...unthrottled(tried),
          ...(throttledUntil === undefined ? {} : { throttledUntil }),
          attempts,
          state: transient ? 'pending' : 'failed',
          // A refused write names the permission it needed: To Do's, or the team store's.
          lastError: describeGraphError(
            error,
            entry.op.kind === 'todo-task' ? 'Tasks.ReadWrite' : 'Sites.ReadWrite.All',
          ),
          // Sooner than the store asked (Retry-After) would only be refused again.
          nextAttemptAt: now() + Math.max(backoff, asked),
        });
      }
    }
  };

  /** A flush was asked for while one ran: what was saved meanwhile may have come too late for it. */
  let askedAgain = false;
  const goAgain = () => askedAgain && !disposed;
  const flush = () => {
    if (flushing !== null) {
      askedAgain = true;
      return flushing;
    }
    // A device that could not be read or written this time is tried again at the next flush;
    // nothing is sent on what it held before. The editors say so when a save cannot be kept.
    flushing = (async () => {
      do {
        askedAgain = false;
        await lock.run(flushOnce).catch(() => undefined);
      } while (goAgain());
    })().finally(() => {
      flushing = null;
    });
    return flushing;
  };

  const onOnline = () => {
    void resetAndFlush();
  };
  // Back online: whatever waits is due now (after any flush already under way).
  const resetAndFlush = async () => {
    await flushing?.catch(() => undefined);
    dueNow = true;
    await flush();
  };
  if (typeof window !== 'undefined') window.addEventListener('online', onOnline);
  const timer = setInterval(() => {
    if (entries.some((e) => e.state === 'pending')) void flush();
  }, options.intervalMs ?? 15_000);
  void flush();

  return {
    async enqueue(group, label, ops) {
      const { site } = options;
      if (site === null && ops.some((op) => op.kind !== 'todo-task')) {
        throw new Error('the team store is not set up for this team yet');
      }
      await load();
      const created = ops.map((op): OutboxEntry => ({
        id: newId(),
        userId: user.id,
        siteId: op.kind === 'todo-task' ? null : (site?.id ?? null),
        ...(op.kind !== 'todo-task' && site?.displayName !== undefined ? { siteName: site.displayName } : {}),
        group,
        label,
        op,
        state: 'pending',
        attempts: 0,
        createdAt: now(),
        nextAttemptAt: 0,
      }));
      await putOutbox(created);
      entries.push(...created);
      notify();
      // Saved once it is on this device: sending goes on behind it, and never holds the save.
      void flush();
    },
    flush,
    sendNow: resetAndFlush,
    entries: () => entries,
    heldUntil: (entry) => (held(entry) ? (entry.throttledUntil ?? null) : null),
    status(group) {
      const mine = entries.filter((e) => e.group === group);
      if (mine.length === 0) return { kind: 'synced' };
      const stuck = mine.filter((e) => e.state !== 'pending');
      if (stuck.length > 0) return { kind: 'needs-you', entries: stuck };
      const lastError = mine.find((e) => e.lastError !== undefined)?.lastError;
      const waits = mine.filter(held).map((e) => e.throttledUntil ?? 0);
      return {
        kind: 'pending',
        entries: mine.length,
        ...(lastError === undefined ? {} : { lastError }),
        ...(waits.length === 0 ? {} : { sendsAt: Math.max(...waits) }),
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async retry(id, replace) {
      const entry = entries.find((e) => e.id === id);
      if (entry === undefined) return;
      const { theirs: _theirs, conflicts: _conflicts, ...rest } = entry;
      await save({ ...rest, op: replace ?? entry.op, state: 'pending', nextAttemptAt: 0 });
      await flush();
    },
    async keep(id) {
      const entry = entries.find((e) => e.id === id);
      if (entry !== undefined) await save({ ...entry, kept: true });
    },
    async discard(ids) {
      for (const entry of entries.filter((e) => ids.includes(e.id))) await done(entry);
    },
    exportJson(ids) {
      const chosen = entries.filter((e) => ids.includes(e.id));
      return JSON.stringify(
        chosen.map(
          ({
            theirs: _t,
            conflicts: _c,
            nextAttemptAt: _n,
            attempts: _a,
            kept: _k,
            throttledUntil: _w,
            ...e
          }) => e,
        ),
        null,
        2,
      );
    },
    async claim(ids) {
      const { site } = options;
      for (const entry of entries.filter((e) => ids.includes(e.id) && e.state === 'unclaimed')) {
        const isTodo = entry.op.kind === 'todo-task';
        if (!isTodo && site === null) continue;
        await save({
          ...entry,
          userId: user.id,
          siteId: isTodo ? null : (site?.id ?? null),
          ...(!isTodo && site?.displayName !== undefined ? { siteName: site.displayName } : {}),
          state: 'pending',
          nextAttemptAt: 0,
        });
      }
      await flush();
    },
    dispose() {
      disposed = true;
      lock.close();
      clearInterval(timer);
      if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
      listeners.clear();
    },
  };
}

function siteGoneWords(entry: OutboxEntry): string {
  const where = entry.siteName === undefined ? 'The team site' : `The team site "${entry.siteName}"`;
  return `${where} it was saved for no longer exists, so it cannot be sent.`;
}
