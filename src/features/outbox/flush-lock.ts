/**
 * One pane at a time sends the outbox, across the panes, tabs and windows of an origin: two panes
 * that both send an entry they both read would write it twice. Where the browser has Web Locks,
 * the flush runs inside `navigator.locks.request`, which the browser releases when the pane's page
 * goes away. Elsewhere (an older WebView) a lease in IndexedDB stands in (flush-lease.ts).
 */

const LOCK_NAME = 'home-turf-outbox-flush';

export type FlushLock = {
  /**
   * Runs `work` once no other pane is flushing, waiting its turn; resolves when it is done, or
   * when the pane closes (then the lock is let go, and `work` is not started if it was waiting).
   */
  run(work: () => Promise<void>): Promise<void>;
  /** The pane is closing: let go of the lock, stop waiting for it. */
  close(): void;
};

/** The origin's flush lock; `locks` is the browser's Web Locks, when it has them. */
export function createFlushLock(
  locks: LockManager | undefined = typeof navigator === 'undefined' ? undefined : navigator.locks,
): FlushLock {
  const closing = new AbortController();
  const closed = new Promise<void>((resolve) => closing.signal.addEventListener('abort', () => resolve()));
  const isClosed = () => closing.signal.aborted;
  const owner = crypto.randomUUID();

  const withWebLock = async (work: () => Promise<void>, manager: LockManager) => {
    try {
      await manager.request(LOCK_NAME, { signal: closing.signal }, () => Promise.race([work(), closed]));
    } catch (error) {
      // Waiting was given up because the pane closed; any other failure is the work's own.
      if (!isClosed()) throw error;
    }
  };

  return {
    run: async (work) => {
      if (locks !== undefined) return withWebLock(work, locks);
      // On demand: only a browser without Web Locks needs the lease.
      const { withLease } = await import(/* webpackChunkName: "on-demand-flush-lease" */ './flush-lease');
      return withLease(LOCK_NAME, owner, work, { promise: closed, now: isClosed });
    },
    close: () => closing.abort(),
  };
}
