import { z } from 'zod';
import { GraphErrorSignal } from './graph-http';
import { newGuid, newOutlookId } from './ids';
import type { TodoTaskRecord } from './tenant-model';
import { jsonPath } from './tenant-spec';
import { resolveTimeZone } from './time-zones';
import { instantOfWallClock, parseIsoDateTime } from './zoned-time';

/**
 * The bodies of POST …/tasks and PATCH …/tasks/{id}, checked as Graph checks them, and their effect
 * on a task. To Do keeps dates, not times: a due date is midnight of the date as written, in the zone
 * sent with it (the time part is dropped), and reads back as that instant in UTC (todotask-get's
 * example: due `2020-08-25T04:00:00` UTC, midnight in New York). A task completes on today's date in
 * UTC. Completing a task stamps `completedDateTime`, and reopening it clears it.
 */

const dateTimeTimeZone = z.object({ dateTime: z.string().min(1), timeZone: z.string().min(1) });

const linkedResourceSchema = z.object({
  webUrl: z.string().optional(),
  applicationName: z.string().optional(),
  displayName: z.string().optional(),
  externalId: z.string().optional(),
});

/** linkedResource is not an open type: a property it does not have is refused, as on a task. */
function checkLinkedResources(body: object): void {
  const links: unknown = (body as { linkedResources?: unknown }).linkedResources;
  if (!Array.isArray(links)) return;
  const known = new Set([...Object.keys(linkedResourceSchema.shape), 'id']);
  for (const link of links as unknown[]) {
    if (typeof link !== 'object' || link === null) continue;
    const unknown = Object.keys(link).find((key) => !known.has(key) && !key.startsWith('@odata.'));
    if (unknown !== undefined) throw noSuchProperty(unknown, 'linkedResource');
  }
}

function noSuchProperty(name: string, type: string): GraphErrorSignal {
  return new GraphErrorSignal(
    400,
    'BadRequest',
    `The property '${name}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
  );
}

const patchSchema = z.object({
  title: z.string().optional(),
  body: z
    .object({
      content: z.string(),
      contentType: z.string().regex(/^(text|html)$/i, 'expected "text" or "html"'),
    })
    .optional(),
  importance: z.enum(['low', 'normal', 'high']).optional(),
  status: z.enum(['notStarted', 'inProgress', 'completed', 'waitingOnOthers', 'deferred']).optional(),
  isReminderOn: z.boolean().optional(),
  categories: z.array(z.string()).optional(),
  dueDateTime: dateTimeTimeZone.nullable().optional(),
  completedDateTime: dateTimeTimeZone.nullable().optional(),
});

const createSchema = patchSchema.extend({
  title: z.string(),
  linkedResources: z.array(linkedResourceSchema).optional(),
});

type TaskInput = z.infer<typeof patchSchema>;

/** Properties Graph shows but computes itself; a body may carry them and they are ignored. */
const COMPUTED = new Set([
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'bodyLastModifiedDateTime',
  'hasAttachments',
]);

function invalid(message: string): never {
  throw new GraphErrorSignal(400, 'invalidRequest', message);
}

function parse<S extends z.ZodObject>(schema: S, body: unknown): z.infer<S> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    invalid('The request body must be a todoTask object.');
  const known = new Set(Object.keys(schema.shape));
  const unknown = Object.keys(body).find(
    (key) => !known.has(key) && !COMPUTED.has(key) && !key.startsWith('@odata.'),
  );
  if (unknown !== undefined) throw noSuchProperty(unknown, 'todoTask');
  checkLinkedResources(body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    invalid(
      `Invalid task: ${parsed.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

/** Midnight of the date a dateTimeTimeZone names, in its own zone: the instant To Do keeps. */
function dateOf(value: { dateTime: string; timeZone: string }, field: string): number {
  const zone = resolveTimeZone(value.timeZone);
  if (zone === null) {
    throw new GraphErrorSignal(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${value.timeZone}'.`,
    );
  }
  const parsed = parseIsoDateTime(value.dateTime);
  if (!parsed) invalid(`Invalid task: ${field}.dateTime is not a valid date-time: '${value.dateTime}'.`);
  return instantOfWallClock({ ...parsed.clock, hour: 0, minute: 0, second: 0, millisecond: 0 }, zone);
}

function today(now: number): number {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function apply(task: TodoTaskRecord, input: TaskInput, now: number): void {
  if (input.title !== undefined) task.title = input.title;
  if (input.body !== undefined) {
    const contentType = input.body.contentType.toLowerCase() === 'html' ? 'html' : 'text';
    task.body = { content: input.body.content, contentType };
    task.bodyModifiedMs = now;
  }
  if (input.importance !== undefined) task.importance = input.importance;
  if (input.isReminderOn !== undefined) task.isReminderOn = input.isReminderOn;
  if (input.categories !== undefined) task.categories = [...input.categories];
  if (input.dueDateTime !== undefined)
    task.dueMs = input.dueDateTime === null ? null : dateOf(input.dueDateTime, '$.dueDateTime');
  if (input.status !== undefined && input.status !== task.status) {
    task.status = input.status;
    task.completedMs = input.status === 'completed' ? today(now) : null;
  }
  if (input.completedDateTime !== undefined) {
    task.completedMs =
      input.completedDateTime === null ? null : dateOf(input.completedDateTime, '$.completedDateTime');
  }
  task.modifiedMs = now;
}

/** A new task from a POST body; `notStarted` and `normal` importance unless the body says otherwise. */
export function createTodoTask(body: unknown, now: number): TodoTaskRecord {
  const input = parse(createSchema, body);
  const task: TodoTaskRecord = {
    id: newOutlookId(),
    version: 1,
    createdMs: now,
    modifiedMs: now,
    bodyModifiedMs: now,
    title: input.title,
    body: { content: '', contentType: 'text' },
    importance: 'normal',
    status: 'notStarted',
    isReminderOn: false,
    categories: [],
    dueMs: null,
    completedMs: null,
    linkedResources: (input.linkedResources ?? []).map((link) => ({
      id: newGuid(),
      webUrl: link.webUrl ?? null,
      applicationName: link.applicationName ?? null,
      displayName: link.displayName ?? null,
      externalId: link.externalId ?? null,
    })),
  };
  apply(task, input, now);
  return task;
}

/** Applies a PATCH body to `task`; the version goes up, so the etag changes. */
export function updateTodoTask(task: TodoTaskRecord, body: unknown, now: number): void {
  if (typeof body === 'object' && body !== null && 'linkedResources' in body)
    invalid('Invalid task: linkedResources cannot be changed with PATCH.');
  const input = parse(patchSchema, body);
  apply(task, input, now);
  task.version += 1;
}
