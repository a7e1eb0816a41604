import { z } from 'zod/mini';
import type { IsoDate } from '../domain/team-store';
import { relativeToBase, type GraphClient } from './create-graph-client';
import { dueDateTimeOf } from './todo-due-date';

const lists = z.object({
  value: z.array(
    z.object({
      id: z.string(),
      wellknownListName: z.nullish(z.string()),
      displayName: z.nullish(z.string()),
    }),
  ),
});
const task = z.object({ id: z.string() });

/** The advisor's default To Do list ("Tasks"), where follow-ups we owe become tasks. */
export async function getDefaultTodoList(graph: GraphClient): Promise<string> {
  const raw: unknown = await graph.client.api('/me/todo/lists').get();
  const all = lists.parse(raw).value;
  const list = all.find((l) => l.wellknownListName === 'defaultList') ?? all[0];
  if (list === undefined) throw new Error('You have no Microsoft To Do list to add the follow-up to.');
  return list.id;
}

/** The application name our tasks' linked resource carries, beside the key. */
export const TODO_APPLICATION_NAME = 'Home Turf';

const linked = z.object({
  applicationName: z.nullish(z.string()),
  externalId: z.nullish(z.string()),
});
const page = z.object({
  value: z.array(z.extend(task, { linkedResources: z.optional(z.array(linked)) })),
  '@odata.nextLink': z.optional(z.string()),
});

/** Safety stop: 50 pages of 100 are more tasks than a default list of follow-ups holds. */
const MAX_PAGES = 50;

/**
 * The task created under `key` (the client-generated key sent as its linked resource's
 * `externalId`), or null: how a task is found after an answer was lost, never by its title, which
 * an older task may share. Graph documents no `$filter` on `linkedResources` for To Do tasks, so
 * the list is paged through with the links expanded and matched here.
 */
export async function findTodoTaskByKey(
  graph: GraphClient,
  listId: string,
  key: string,
): Promise<string | null> {
  let request = graph.client
    .api(`/me/todo/lists/${encodeURIComponent(listId)}/tasks`)
    .query({ $select: 'id', $expand: 'linkedResources', $top: '100' });
  for (let pages = 1; ; pages++) {
    const parsed = page.parse(await request.get());
    const found = parsed.value.find((t) =>
      (t.linkedResources ?? []).some(
        (l) => l.applicationName === TODO_APPLICATION_NAME && l.externalId === key,
      ),
    );
    if (found !== undefined) return found.id;
    const next = parsed['@odata.nextLink'];
    if (next === undefined || pages >= MAX_PAGES) return null;
    request = graph.client.api(relativeToBase(graph, next));
  }
}

/**
 * `POST /me/todo/lists/{id}/tasks`: a follow-up we owe, due on its date in the advisor's time zone
 * (`timeZone`, an IANA name), so the date reads the same in To Do wherever the advisor is. It
 * carries a linked resource: `key` as its `externalId`, by which `findTodoTaskByKey` finds it
 * again, and `source` (what it came from, "Value-add note on …") as its `displayName`. The link
 * has no `webUrl`: Home Turf has no page of its own for a follow-up, and Graph does not require one.
 */
export async function createTodoTask(
  graph: GraphClient,
  listId: string,
  {
    title,
    due,
    body,
    timeZone,
    key,
    source,
  }: { title: string; due: IsoDate | null; body: string; timeZone: string; key: string; source: string },
): Promise<string> {
  const raw: unknown = await graph.client.api(`/me/todo/lists/${encodeURIComponent(listId)}/tasks`).post({
    title,
    body: { content: body, contentType: 'text' },
    ...(due === null ? {} : { dueDateTime: dueDateTimeOf(due, timeZone) }),
    linkedResources: [{ applicationName: TODO_APPLICATION_NAME, externalId: key, displayName: source }],
  });
  return task.parse(raw).id;
}
