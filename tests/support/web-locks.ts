/**
 * The browser's Web Locks (`navigator.locks`) for tests in Node, which has none: exclusive locks
 * by name, granted in the order asked, held until the callback's promise settles; a request can be
 * given up with `signal` while it waits. What every pane of one origin shares, so each test's
 * panes take one manager.
 */
export function createWebLocks(): LockManager {
  const held = new Set<string>();
  const waiting = new Map<string, (() => void)[]>();

  const grant = (name: string) => {
    const next = waiting.get(name)?.shift();
    if (next === undefined) held.delete(name);
    else next();
  };

  const request = async <T>(
    name: string,
    optionsOrCallback: LockOptions | LockGrantedCallback<T>,
    maybeCallback?: LockGrantedCallback<T>,
  ): Promise<T> => {
    const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
    const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
    if (callback === undefined) throw new TypeError('A lock request needs a callback.');
    if (held.has(name)) {
      if (options.ifAvailable === true) return callback(null);
      await new Promise<void>((resolve, reject) => {
        const queue = waiting.get(name) ?? [];
        waiting.set(name, queue);
        const turn = () => resolve();
        queue.push(turn);
        options.signal?.addEventListener('abort', () => {
          const at = queue.indexOf(turn);
          if (at < 0) return;
          queue.splice(at, 1);
          reject(new DOMException('The lock request was aborted.', 'AbortError'));
        });
      });
    } else {
      held.add(name);
    }
    try {
      return await callback({ name, mode: 'exclusive' });
    } finally {
      grant(name);
    }
  };

  return {
    request,
    query: () =>
      Promise.resolve({ held: [...held].map((name) => ({ name, mode: 'exclusive' })), pending: [] }),
  };
}
