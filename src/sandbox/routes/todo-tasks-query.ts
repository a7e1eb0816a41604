import { evaluateFilter, type PathValue } from '../filter-evaluate';
import {
  GraphErrorSignal,
  integerOption,
  jsonResponse,
  project,
  queryOption,
  selectedProperties,
  toQueryString,
  type GraphRequest,
  type GraphResponse,
} from '../graph-http';
import { FilterSyntaxError, parseFilter, type FilterExpression } from '../odata-filter';
import type { TodoListRecord, TodoTaskRecord } from '../tenant-model';
import { renderTodoTask, TODO_TASK_PROPERTIES } from '../todo-json';

/**
 * GET /me/todo/lists/{id}/tasks: the list's tasks in the order they were created, `$filter` on
 * `status`, `importance`, `title` and the dates (`eq`, `ne`, `startswith`, `and`, `or`, `not`…),
 * `$select`, `$expand=linkedResources`, and `$top` (default 50) with `$skip` nextLinks.
 */

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 1000;

const ENUMS: Readonly<Record<string, ReadonlySet<string>>> = {
  status: new Set(['notStarted', 'inProgress', 'completed', 'waitingOnOthers', 'deferred']),
  importance: new Set(['low', 'normal', 'high']),
};

function badRequest(code: string, message: string): never {
  throw new GraphErrorSignal(400, code, message);
}

function noSuchProperty(name: string): never {
  return badRequest(
    'RequestBroker--ParseUri',
    `Could not find a property named '${name}' on type 'microsoft.graph.todoTask'.`,
  );
}

function iso(epochMs: number | null): string | null {
  return epochMs === null ? null : new Date(epochMs).toISOString();
}

function valueAt(task: TodoTaskRecord, path: string): PathValue {
  switch (path.toLowerCase()) {
    case 'id':
      return { kind: 'string', value: task.id };
    case 'title':
      return { kind: 'string', value: task.title };
    case 'status':
      return { kind: 'string', value: task.status };
    case 'importance':
      return { kind: 'string', value: task.importance };
    case 'isreminderon':
      return { kind: 'boolean', value: task.isReminderOn };
    case 'createddatetime':
      return { kind: 'datetime', value: iso(task.createdMs) };
    case 'lastmodifieddatetime':
      return { kind: 'datetime', value: iso(task.modifiedMs) };
    case 'duedatetime/datetime':
      return { kind: 'datetime', value: iso(task.dueMs) };
    case 'completeddatetime/datetime':
      return { kind: 'datetime', value: iso(task.completedMs) };
    default:
      return noSuchProperty(path);
  }
}

/** Enumerations compare by name, exactly: `status eq 'done'` is a 400, as in Graph. */
function checkEnumLiterals(expression: FilterExpression): void {
  switch (expression.kind) {
    case 'and':
    case 'or':
      checkEnumLiterals(expression.left);
      checkEnumLiterals(expression.right);
      return;
    case 'not':
      checkEnumLiterals(expression.operand);
      return;
    case 'compare':
    case 'function': {
      const members = ENUMS[expression.path.toLowerCase()];
      const literal = expression.literal;
      if (members === undefined) return;
      if (expression.kind === 'compare' && literal.type === 'string' && members.has(literal.value)) return;
      badRequest(
        'BadRequest',
        `The string '${String(literal.value)}' is not a valid enumeration type constant for '${expression.path}'.`,
      );
    }
  }
}

function filtered(tasks: ReadonlyArray<TodoTaskRecord>, text: string | null): TodoTaskRecord[] {
  if (text === null || text.trim() === '') return [...tasks];
  try {
    const filter = parseFilter(text);
    checkEnumLiterals(filter);
    return tasks.filter((task) => evaluateFilter(filter, (path) => valueAt(task, path)));
  } catch (error) {
    if (error instanceof FilterSyntaxError) badRequest('BadRequest', 'Invalid filter clause');
    throw error;
  }
}

/** True when `$expand=linkedResources`; any other expansion is refused. */
export function wantsLinks(request: GraphRequest): boolean {
  const expand = queryOption(request.query, 'expand');
  if (expand === null || expand.trim() === '') return false;
  if (expand.trim().toLowerCase() === 'linkedresources') return true;
  return noSuchProperty(expand);
}

function selection(request: GraphRequest): string[] | null {
  const select = selectedProperties(request.query);
  const unknown = select?.find((name) => !TODO_TASK_PROPERTIES.has(name.toLowerCase()));
  return unknown === undefined ? select : noSuchProperty(unknown);
}

/** GET …/tasks; `context` is the collection's `@odata.context`. */
export function listTodoTasks(request: GraphRequest, list: TodoListRecord, context: string): GraphResponse {
  const top = integerOption(request.query, 'top', DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, {
    code: 'BadRequest',
    message: (raw) => `The value '${raw}' of parameter '$top' is invalid.`,
  });
  const skip = integerOption(request.query, 'skip', 0, 0, Number.MAX_SAFE_INTEGER, {
    code: 'BadRequest',
    message: (raw) => `The value '${raw}' of parameter '$skip' is invalid.`,
  });
  const select = selection(request);
  const links = wantsLinks(request);
  const tasks = filtered(list.tasks, queryOption(request.query, 'filter'));
  const body: Record<string, unknown> = { '@odata.context': context };
  if (skip + top < tasks.length) {
    const next = [...request.query].filter(([key]) => key.replace(/^\$/, '').toLowerCase() !== 'skip');
    next.push(['$skip', String(skip + top)]);
    body['@odata.nextLink'] =
      `${request.baseUrl}/me/todo/lists/${encodeURIComponent(list.id)}/tasks?${toQueryString(next)}`;
  }
  body['value'] = tasks.slice(skip, skip + top).map((task) => {
    const rendered = renderTodoTask(task, links);
    if (!select) return rendered;
    return project(rendered, ['@odata.etag', 'id', ...select, ...(links ? ['linkedResources'] : [])]);
  });
  return jsonResponse(200, body);
}
