import { unwrap } from 'idb';
import { forceCloseDatabase } from 'fake-indexeddb';
import { withLocalDb } from '../../../src/features/local-db';
import type { OutboxEntry, OutboxOp, OutboxUser } from '../../../src/features/outbox/outbox';
import type { GraphClient } from '../../../src/graph/create-graph-client';
import { getStoreSite } from '../../../src/graph/store/get-store-site';
import { provisionStore } from '../../../src/graph/store/provision-store';
import { readListItems, type StoreSite } from '../../../src/graph/store/store-lists';
import { EMPTY_TEAM_SITE_PATH } from '../../../src/sandbox/seed/constants';

/**
 * Set-ups the outbox tests and the fault matrix share: another team's store, what an earlier pane
 * left on the device, the outbox's IndexedDB connection, and the truth read back from the demo
 * tenant (who wrote which note where, which To Do tasks a user has).
 */

export const PRIYA = 'priya.shah@northwind.example';
export const DANIEL = 'daniel.okafor@northwind.example';

/**
 * Marketing Communications' site, set up as a team store: a note sent there by mistake would be
 * accepted, not refused.
 */
export async function otherTeamStore(graph: GraphClient): Promise<StoreSite> {
  const address = `northwind.sharepoint.com:${EMPTY_TEAM_SITE_PATH}`;
  await provisionStore(graph, await getStoreSite(graph, address));
  return getStoreSite(graph, address);
}

/** The authors (addresses) of the notes a site holds under one NoteId (`note:client`). */
export async function noteAuthorsIn(
  graph: GraphClient,
  site: StoreSite,
  noteItemId: string,
): Promise<string[]> {
  const raw = (await graph.client
    .api(`/sites/${encodeURIComponent(site.id)}/lists/${site.lists.notes ?? 'none'}/items`)
    .query({ $expand: 'fields', $filter: `fields/NoteId eq '${noteItemId}'` })
    .get()) as { value: { createdBy?: { user?: { email?: string } } }[] };
  expect(readListItems(raw).items.length).toBe(raw.value.length);
  return raw.value.map((item) => item.createdBy?.user?.email ?? '(nobody)');
}

export type Task = {
  id: string;
  title: string;
  linkedResources: { applicationName?: string; externalId?: string }[];
};

/** The tasks of this title in the signed-in user's default To Do list, with their linked resources. */
export async function tasksTitled(graph: GraphClient, title: string): Promise<Task[]> {
  const lists = (await graph.client.api('/me/todo/lists').get()) as { value: { id: string }[] };
  const page = (await graph.client
    .api(`/me/todo/lists/${encodeURIComponent(lists.value[0]?.id ?? '')}/tasks`)
    .query({ $filter: `title eq '${title}'`, $expand: 'linkedResources' })
    .get()) as { value: Task[] };
  return page.value;
}

/** The outbox keys Home Turf's tasks carry. */
export const keysOf = (tasks: readonly Task[]) =>
  tasks.flatMap((t) =>
    t.linkedResources.filter((l) => l.applicationName === 'Home Turf').map((l) => l.externalId),
  );

/** What an earlier pane left on the device for `user`: a note for `site` and a To Do task, not yet sent. */
export function leftBehind(key: string, user: OutboxUser, site: StoreSite, now: number): OutboxEntry[] {
  const base = {
    userId: user.id,
    group: key,
    label: 'Value-add note',
    state: 'pending' as const,
    attempts: 0,
    createdAt: now,
    nextAttemptAt: 0,
  };
  const note: OutboxOp = {
    kind: 'create-item',
    list: 'notes',
    fields: { Title: 'Two panes', NoteId: `${key}:${PRIYA}`, ClientEmail: PRIYA },
    uniqueColumn: 'NoteId',
    uniqueValue: `${key}:${PRIYA}`,
  };
  const task: OutboxOp = { kind: 'todo-task', title: leftBehindTask(key), due: null, body: '' };
  return [
    { ...base, id: `${key}-note`, siteId: site.id, op: note },
    { ...base, id: `${key}-task`, siteId: null, op: task },
  ];
}

/** The title of the task `leftBehind` leaves. */
export const leftBehindTask = (key: string) => `Send Priya the draft (${key})`;

/** The IndexedDB connection the outbox holds now. */
export const outboxConnection = () =>
  withLocalDb(
    (database) => Promise.resolve(database),
    () => {
      throw new Error('IndexedDB should be there.');
    },
  );

/** The ways the outbox's connection closes under it. */
export const CLOSE_CONNECTION: [string, () => Promise<void>][] = [
  [
    'closed under it (every transaction: "The database connection is closing")',
    async () => (await outboxConnection()).close(),
  ],
  [
    'closed by the browser (the close event)',
    // reason: fake-indexeddb types its parameter as the class, though it takes a connection.
    async () =>
      forceCloseDatabase(
        unwrap(await outboxConnection()) as unknown as Parameters<typeof forceCloseDatabase>[0],
      ),
  ],
];
