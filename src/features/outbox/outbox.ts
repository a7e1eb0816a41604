import type { GraphClient } from '../../graph/create-graph-client';
import { createTodoTask, findTodoTask, getDefaultTodoList } from '../../graph/create-todo-task';
import { describeGraphError, errorStatus, retryAfterOf } from '../../graph/graph-errors';
import type { StoreSite } from '../../graph/store/store-lists';
import { deleteOutbox, putOutbox, readOutbox } from '../local-db';
import { entrySchema, type OutboxEntry, type OutboxOp } from './outbox-ops';
import { sendStoreOp } from './outbox-send';

export type { OutboxEntry, OutboxOp } from './outbox-ops';

/**
 * The outbox: every write to the team store is first kept on this device, then sent, and removed
 * only once the store has confirmed it. Nothing is lost (the entry survives failures, closing the
 * pane and going offline) and nothing is doubled:
 * - a new item carries a client-generated value in a unique column, so sending it again after a
 *   lost answer (time-out, 504 after the write, dropped connection) is refused with 409 by the
 *   store, and the entry is then done;
 * - an update carries the etag it was made from; when a colleague saved first (412), fields that
 *   do not clash merge by themselves and are sent again on the new version.
 */

export type GroupStatus =
  | { kind: 'synced' }
  | { kind: 'pending'; entries: number; lastError?: string }
  | { kind: 'needs-you'; entries: OutboxEntry[] };

export type Outbox = {
  /** Keeps the writes on this device first (all or none), then tries to send them. */
  enqueue(group: string, label: string, ops: readonly OutboxOp[]): Promise<void>;
  /** Sends every entry that is due; one flush at a time. */
  flush(): Promise<void>;
  /** Sends every pending entry now, waits and backoffs aside (the advisor asked, or the network is back). */
  sendNow(): Promise<void>;
  entries(): readonly OutboxEntry[];
  status(group: string): GroupStatus;
  subscribe(listener: () => void): () => void;
  /** Sends a failed or conflicting entry again (after the advisor chose). */
  retry(id: string, replace?: OutboxOp): Promise<void>;
  dispose(): void;
};

export type OutboxOptions = {
  graph: GraphClient;
  site: StoreSite | null;
  now?: () => number;
  /** How often pending entries are tried again while any remain. @default 15 s */
  intervalMs?: number;
  newId?: () => string;
};

const MAX_BACKOFF_MS = 60_000;

/** Creates the engine and starts sending what an earlier pane left behind. */
export function createOutbox(options: OutboxOptions): Outbox {
  const now = options.now ?? (() => Date.now());
  const newId = options.newId ?? (() => crypto.randomUUID());
  let entries: OutboxEntry[] = [];
  let loaded: Promise<void> | null = null;
  let flushing: Promise<void> | null = null;
  let todoListId: string | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  const load = () =>
    (loaded ??= readOutbox().then((raw) => {
      const known = new Set(entries.map((e) => e.id));
      for (const item of raw) {
        const parsed = entrySchema.safeParse(item);
        // Left by an earlier pane: due now, since the connection may well be back.
        if (parsed.success && !known.has(parsed.data.id)) entries.push({ ...parsed.data, nextAttemptAt: 0 });
      }
      notify();
    }));

  const save = async (entry: OutboxEntry) => {
    entries = entries.map((e) => (e.id === entry.id ? entry : e));
    await putOutbox([entry]);
    notify();
  };
  const done = async (entry: OutboxEntry) => {
    entries = entries.filter((e) => e.id !== entry.id);
    await deleteOutbox(entry.id);
    notify();
  };

  /** Sends one entry; resolves to the entry's next state, or null when the store confirmed it. */
  const send = async (entry: OutboxEntry): Promise<OutboxEntry | null> => {
    const { graph, site } = options;
    const op = entry.op;
    if (op.kind === 'todo-task') {
      todoListId ??= await getDefaultTodoList(graph);
      // A previous attempt may have created it before its answer was lost.
      if (entry.attempts > 0 && (await findTodoTask(graph, todoListId, op.title)) !== null) return null;
      await createTodoTask(graph, todoListId, {
        title: op.title,
        due: op.due,
        body: op.body,
      });
      return null;
    }
    if (site === null) throw new Error('The team store is not set up for this team yet.');
    const outcome = await sendStoreOp(graph, site, op);
    if (outcome.kind === 'done') return null;
    const next: OutboxEntry = { ...entry, op: outcome.op, attempts: 0, nextAttemptAt: 0 };
    if (outcome.kind === 'again') return next;
    return {
      ...next,
      state: 'conflict',
      theirs: outcome.theirs,
      conflicts: outcome.conflicts,
      lastError: outcome.message,
    };
  };

  const flushOnce = async () => {
    await load();
    for (const entry of [...entries]) {
      if (entry.state !== 'pending' || entry.nextAttemptAt > now()) continue;
      try {
        const next = await send(entry);
        if (next === null) await done(entry);
        else await save(next);
      } catch (error) {
        const status = errorStatus(error);
        // No answer, throttled, unavailable or timed out: keep it and try again later.
        const transient = status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
        const attempts = entry.attempts + 1;
        const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(attempts, 6));
        await save({
          ...entry,
          attempts,
          state: transient ? 'pending' : 'failed',
          // A refused write names the permission it needed: To Do's, or the team store's.
          lastError: describeGraphError(
            error,
            entry.op.kind === 'todo-task' ? 'Tasks.ReadWrite' : 'Sites.ReadWrite.All',
          ),
          // Sooner than the store asked (Retry-After) would only be refused again.
          nextAttemptAt: now() + Math.max(backoff, retryAfterOf(error) ?? 0),
        });
      }
    }
  };

  const flush = () => {
    flushing ??= flushOnce().finally(() => {
      flushing = null;
    });
    return flushing;
  };

  const onOnline = () => {
    void resetAndFlush();
  };
  // Back online: whatever waits is due now.
  const resetAndFlush = async () => {
    await load();
    entries = entries.map((e) => (e.state === 'pending' ? { ...e, nextAttemptAt: 0 } : e));
    await flush();
  };
  if (typeof window !== 'undefined') window.addEventListener('online', onOnline);
  const timer = setInterval(() => {
    if (entries.some((e) => e.state === 'pending')) void flush();
  }, options.intervalMs ?? 15_000);
  void flush();

  return {
    async enqueue(group, label, ops) {
      await load();
      const created = ops.map((op): OutboxEntry => ({
        id: newId(),
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
      await flush();
    },
    flush,
    sendNow: resetAndFlush,
    entries: () => entries,
    status(group) {
      const mine = entries.filter((e) => e.group === group);
      if (mine.length === 0) return { kind: 'synced' };
      const stuck = mine.filter((e) => e.state !== 'pending');
      if (stuck.length > 0) return { kind: 'needs-you', entries: stuck };
      const lastError = mine.find((e) => e.lastError !== undefined)?.lastError;
      return lastError === undefined
        ? { kind: 'pending', entries: mine.length }
        : { kind: 'pending', entries: mine.length, lastError };
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
    dispose() {
      clearInterval(timer);
      if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
      listeners.clear();
    },
  };
}
