import { putOutbox, readOutbox } from '../../../src/features/local-db';
import { createWebLocks } from '../../support/web-locks';
import { outboxHarness } from './outbox-harness';
import { PRIYA, leftBehind, leftBehindTask, tasksTitled } from './outbox-setups';

/**
 * Two panes of one origin (two outboxes on one IndexedDB, as two Outlook panes or a pane and a
 * Teams tab share it) both start sending what an earlier pane left: one sends, the other finds it
 * gone, with the browser's Web Locks and with the lease in IndexedDB that stands in without them.
 */

const h = outboxHarness();
describe.each([
  ['Web Locks', 'locks', (): { locks?: LockManager } => ({ locks: createWebLocks() })],
  ['no Web Locks (a lease in IndexedDB)', 'lease', (): { locks?: LockManager } => ({})],
])('two panes flushing together, with %s', (_, key, origin) => {
  it('sends each entry once: one note and one To Do task', async () => {
    await putOutbox(leftBehind(key, h.user, h.site, h.now()));
    // Slow enough that both panes have read the device before the first write is answered.
    await h.faults({ latencyMs: 200 });
    const shared = origin();
    const first = h.engine(h.graph, shared);
    const second = h.engine(h.graph, shared);
    await Promise.all([first.flush(), second.flush()]);
    const { counters } = (await (await fetch(`${h.tenant.url}/demo/faults`)).json()) as {
      counters: { faultsFired: number; requests: number };
    };
    // One pane's worth: the note's POST, the To Do lists, the task's POST. The other pane found
    // the entries gone and sent nothing, not even a note for the store to refuse.
    expect(counters).toMatchObject({ requests: 3, faultsFired: 0 });

    expect(await h.notesWith(`${key}:${PRIYA}`)).toBe(1);
    expect(await tasksTitled(h.graph, leftBehindTask(key))).toHaveLength(1);
    expect(await readOutbox()).toEqual([]);
    expect([first.status(key), second.status(key)]).toEqual([{ kind: 'synced' }, { kind: 'synced' }]);
  });
});
