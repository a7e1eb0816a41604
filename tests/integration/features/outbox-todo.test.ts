import { readOutbox } from '../../../src/features/local-db';
import type { Outbox } from '../../../src/features/outbox/outbox';
import { realSleep } from '../../../src/graph/middleware/retry-after';
import { recordWire } from '../fault-matrix/wire';
import { outboxHarness } from './outbox-harness';
import { keysOf, tasksTitled as tasksOf } from './outbox-setups';

/**
 * A follow-up we owe becomes a To Do task exactly once. Its entry's id goes with it as the key of a
 * linked resource; after a request whose answer never came, the task is looked for by that key,
 * never by its title, which an older task may share.
 */

const h = outboxHarness();
const wire = recordWire();

const tasksTitled = (title: string) => tasksOf(h.graph, title);

async function addFollowUp(outbox: Outbox, group: string, title: string): Promise<string> {
  await outbox.enqueue(group, 'Value-add note on "HR sync"', [
    { kind: 'todo-task', title, due: '2026-11-30', body: 'Follow-up for Priya Shah, from "HR sync".' },
  ]);
  const entry = outbox.entries().find((e) => e.group === group);
  if (entry === undefined) throw new Error('The follow-up was not kept.');
  return entry.id;
}

it('a pane closed during the To Do POST: the task was written, and the next pane finds it by its key', async () => {
  const title = 'Send Priya the week-one email draft';
  // Slow enough that the pane closes while the POST is on its way.
  await h.faults({ latencyMs: 300 });
  const from = wire.mark();
  const closing = h.engine();
  const key = await addFollowUp(closing, 'todo-closed', title);
  const posting = () => wire.graphRequests(from).some((e) => e.method === 'POST' && e.url.includes('/tasks'));
  while (!posting()) await realSleep(5);
  wire.closePane(closing);
  await wire.settled();
  // To Do wrote it; the pane never read the answer, and kept the entry, marked as sent, no attempt counted.
  expect(
    wire
      .graphRequests(from)
      .filter((e) => e.unseen)
      .map((e) => [e.method, e.status]),
  ).toEqual([['POST', 201]]);
  expect(await readOutbox()).toEqual([expect.objectContaining({ id: key, sent: true, attempts: 0 })]);

  await h.faults({});
  const next = h.engine();
  await next.flush();
  expect(next.status('todo-closed')).toEqual({ kind: 'synced' });
  const tasks = await tasksTitled(title);
  expect(tasks).toHaveLength(1);
  expect(keysOf(tasks)).toEqual([key]);
  expect(await readOutbox()).toEqual([]);
});

it('the answer to the To Do POST lost (the connection dropped after the write): one task', async () => {
  const title = 'Book the onboarding room';
  await h.faults({ rules: [{ method: 'POST', path: '/tasks', status: 'drop', afterWrite: true }] });
  const outbox = h.engine();
  const key = await addFollowUp(outbox, 'todo-dropped', title);
  await outbox.flush();
  expect(outbox.status('todo-dropped').kind).toBe('pending');
  await h.later(outbox);
  expect(outbox.status('todo-dropped')).toEqual({ kind: 'synced' });
  expect(keysOf(await tasksTitled(title))).toEqual([key]);
});

it('an older task with the same title is not taken for ours: ours is still created', async () => {
  const title = 'Call Priya about the buddy scheme';
  const lists = (await h.graph.client.api('/me/todo/lists').get()) as { value: { id: string }[] };
  await h.graph.client
    .api(`/me/todo/lists/${encodeURIComponent(lists.value[0]?.id ?? '')}/tasks`)
    .post({ title });
  // Our POST never reached To Do (the connection dropped before it), so it is sent again.
  await h.faults({ rules: [{ method: 'POST', path: '/tasks', status: 'drop' }] });
  const outbox = h.engine();
  const key = await addFollowUp(outbox, 'todo-same-title', title);
  await outbox.flush();
  expect(outbox.entries()).toEqual([expect.objectContaining({ id: key, sent: true, state: 'pending' })]);
  await h.later(outbox);
  expect(outbox.status('todo-same-title')).toEqual({ kind: 'synced' });
  const tasks = await tasksTitled(title);
  expect(tasks).toHaveLength(2);
  expect(keysOf(tasks)).toEqual([key]);
});
