import { z } from 'zod';
import type { IsoDate } from '../domain/team-store';
import type { GraphClient } from './create-graph-client';
import { odataString } from './get-users-by-email';
import { dueDateTimeOf } from './todo-due-date';

const lists = z.object({
  value: z.array(
    z.object({ id: z.string(), wellknownListName: z.string().nullish(), displayName: z.string().nullish() }),
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

/** A task already in the list with this exact title (how a task is found after a lost answer). */
export async function findTodoTask(
  graph: GraphClient,
  listId: string,
  title: string,
): Promise<string | null> {
  const raw: unknown = await graph.client
    .api(`/me/todo/lists/${encodeURIComponent(listId)}/tasks`)
    .query({ $filter: `title eq ${odataString(title)}`, $top: '1' })
    .get();
  return z.object({ value: z.array(task) }).parse(raw).value[0]?.id ?? null;
}

/**
 * `POST /me/todo/lists/{id}/tasks`: a follow-up we owe, due on its date in the advisor's time zone
 * (`timeZone`, an IANA name), so the date reads the same in To Do wherever the advisor is.
 */
export async function createTodoTask(
  graph: GraphClient,
  listId: string,
  { title, due, body, timeZone }: { title: string; due: IsoDate | null; body: string; timeZone: string },
): Promise<string> {
  const raw: unknown = await graph.client.api(`/me/todo/lists/${encodeURIComponent(listId)}/tasks`).post({
    title,
    body: { content: body, contentType: 'text' },
    ...(due === null ? {} : { dueDateTime: dueDateTimeOf(due, timeZone) }),
  });
  return task.parse(raw).id;
}
