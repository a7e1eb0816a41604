import { changeKeyFrom, outlookIdFrom } from './ids';
import type { DirectoryUser, TodoListRecord, TodoTaskRecord } from './tenant-model';
import { formatGraphDateTime, formatUtcTimestamp, wallClockAt } from './zoned-time';

/**
 * Microsoft To Do in Graph's JSON: task lists (`todoTaskList`) and tasks (`todoTask`), with weak
 * etags, seven-digit UTC timestamps and due and completion times as dateTimeTimeZone in UTC.
 */

/** The default list every user has, "Tasks"; its id is derived from the user, so it is stable. */
export function defaultTodoList(user: DirectoryUser): TodoListRecord {
  return {
    id: outlookIdFrom(`todo-list:${user.id}:defaultList`),
    ownerId: user.id,
    displayName: 'Tasks',
    wellknownListName: 'defaultList',
    tasks: [],
  };
}

function weakEtag(key: string): string {
  return `W/"${changeKeyFrom(key)}"`;
}

/** A task's etag: weak, and new with every save. */
export function todoTaskEtag(task: TodoTaskRecord): string {
  return weakEtag(`todo-task:${task.id}:${task.version}`);
}

export function renderTodoList(list: TodoListRecord): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.todoTaskList',
    '@odata.etag': weakEtag(`todo-list:${list.id}`),
    id: list.id,
    displayName: list.displayName,
    isOwner: true,
    isShared: false,
    wellknownListName: list.wellknownListName,
  };
}

function utcDateTime(epochMs: number): { dateTime: string; timeZone: string } {
  return { dateTime: formatGraphDateTime(wallClockAt(epochMs, 'UTC')), timeZone: 'UTC' };
}

/** Property names a task has, for `$select`. */
export const TODO_TASK_PROPERTIES: ReadonlySet<string> = new Set(
  [
    'id',
    'importance',
    'isReminderOn',
    'status',
    'title',
    'createdDateTime',
    'lastModifiedDateTime',
    'hasAttachments',
    'categories',
    'body',
    'bodyLastModifiedDateTime',
    'completedDateTime',
    'dueDateTime',
    'linkedResources',
  ].map((name) => name.toLowerCase()),
);

/**
 * A todoTask in the order Graph writes it. `completedDateTime` and `dueDateTime` appear only when
 * set; `linkedResources` only when asked for (`$expand`, or the answer to a create that sent them).
 */
export function renderTodoTask(task: TodoTaskRecord, withLinks: boolean): Record<string, unknown> {
  return {
    '@odata.etag': todoTaskEtag(task),
    importance: task.importance,
    isReminderOn: task.isReminderOn,
    status: task.status,
    title: task.title,
    createdDateTime: formatUtcTimestamp(task.createdMs),
    lastModifiedDateTime: formatUtcTimestamp(task.modifiedMs),
    hasAttachments: false,
    categories: [...task.categories],
    id: task.id,
    body: { ...task.body },
    bodyLastModifiedDateTime: formatUtcTimestamp(task.bodyModifiedMs),
    ...(task.completedMs === null ? {} : { completedDateTime: utcDateTime(task.completedMs) }),
    ...(task.dueMs === null ? {} : { dueDateTime: utcDateTime(task.dueMs) }),
    ...(withLinks
      ? {
          linkedResources: task.linkedResources.map((link) => ({
            id: link.id,
            ...(link.webUrl === null ? {} : { webUrl: link.webUrl }),
            ...(link.applicationName === null ? {} : { applicationName: link.applicationName }),
            ...(link.displayName === null ? {} : { displayName: link.displayName }),
            ...(link.externalId === null ? {} : { externalId: link.externalId }),
          })),
        }
      : {}),
  };
}
