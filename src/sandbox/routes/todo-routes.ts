import {
  GraphErrorSignal,
  jsonResponse,
  methodNotAllowed,
  unknownSegment,
  type GraphRequest,
  type GraphResponse,
} from '../graph-http';
import type { TodoListRecord, TodoTaskRecord } from '../tenant-model';
import { renderTodoList, renderTodoTask, todoTaskEtag } from '../todo-json';
import { createTodoTask, updateTodoTask } from '../todo-task-input';
import type { SiteStore } from './site-store';
import { listTodoTasks, wantsLinks } from './todo-tasks-query';

/**
 * Microsoft To Do under /me/todo: the viewer's task lists (`lists`, `lists/{id}`) and their tasks
 * (`lists/{id}/tasks` to list and create, `tasks/{id}` to read, PATCH and DELETE). Writes honour
 * `If-Match` and are persisted before the answer is sent.
 */

/** What the To Do routes need: the tenant, who is asking, the clock and the persistence hook. */
export type TodoStore = SiteStore;

const NOT_FOUND = 'The specified object was not found in the store.';

function notFound(): never {
  throw new GraphErrorSignal(404, 'ErrorItemNotFound', NOT_FOUND);
}

function findList(store: TodoStore, id: string): TodoListRecord {
  const list = store.state.todoLists.find(
    (candidate) => candidate.ownerId === store.viewer.id && candidate.id === id,
  );
  return list ?? notFound();
}

function findTask(list: TodoListRecord, id: string): TodoTaskRecord {
  return list.tasks.find((task) => task.id === id) ?? notFound();
}

function listsContext(request: GraphRequest, store: TodoStore): string {
  return `${request.baseUrl}/$metadata#users('${store.viewer.id}')/todo/lists`;
}

function tasksContext(request: GraphRequest, store: TodoStore, list: TodoListRecord): string {
  return `${listsContext(request, store)}('${list.id}')/tasks`;
}

/** Exchange's answer to an `If-Match` that is not the task's current etag. */
function checkIfMatch(task: TodoTaskRecord, ifMatch: string | undefined): void {
  if (ifMatch === undefined || ifMatch.trim() === '*' || ifMatch.trim() === todoTaskEtag(task)) return;
  throw new GraphErrorSignal(
    412,
    'ErrorIrresolvableConflict',
    'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
  );
}

async function createTask(
  request: GraphRequest,
  list: TodoListRecord,
  store: TodoStore,
): Promise<GraphResponse> {
  const task = createTodoTask(request.body, store.now());
  list.tasks.push(task);
  await store.save();
  return jsonResponse(
    201,
    {
      '@odata.context': `${tasksContext(request, store, list)}/$entity`,
      ...renderTodoTask(task, task.linkedResources.length > 0),
    },
    {
      Location: `${request.baseUrl}/users('${store.viewer.id}')/todo/lists('${list.id}')/tasks('${task.id}')`,
    },
  );
}

async function routeTask(
  request: GraphRequest,
  list: TodoListRecord,
  id: string,
  store: TodoStore,
): Promise<GraphResponse> {
  if (!['GET', 'PATCH', 'DELETE'].includes(request.method)) methodNotAllowed();
  const task = findTask(list, id);
  const entity = `${tasksContext(request, store, list)}/$entity`;
  if (request.method === 'GET')
    return jsonResponse(200, { '@odata.context': entity, ...renderTodoTask(task, wantsLinks(request)) });
  if (request.method === 'PATCH') {
    checkIfMatch(task, request.headers['if-match']);
    updateTodoTask(task, request.body ?? {}, store.now());
    await store.save();
    return jsonResponse(200, { '@odata.context': entity, ...renderTodoTask(task, false) });
  }
  checkIfMatch(task, request.headers['if-match']);
  list.tasks = list.tasks.filter((candidate) => candidate !== task);
  await store.save();
  return { status: 204, headers: {}, body: null };
}

/** Routes `/me/todo/…`; `segments` are the decoded path segments after `todo`. */
export async function routeTodo(
  request: GraphRequest,
  segments: ReadonlyArray<string>,
  store: TodoStore,
): Promise<GraphResponse> {
  const [collection, listId, child, taskId, extra] = segments;
  if (collection?.toLowerCase() !== 'lists') return unknownSegment(collection ?? 'todo');
  if (listId === undefined) {
    if (request.method !== 'GET') methodNotAllowed();
    const lists = store.state.todoLists.filter((list) => list.ownerId === store.viewer.id);
    return jsonResponse(200, {
      '@odata.context': listsContext(request, store),
      value: lists.map(renderTodoList),
    });
  }
  const list = findList(store, listId);
  if (child === undefined) {
    if (request.method !== 'GET') methodNotAllowed();
    return jsonResponse(200, {
      '@odata.context': `${listsContext(request, store)}/$entity`,
      ...renderTodoList(list),
    });
  }
  if (child.toLowerCase() !== 'tasks') return unknownSegment(child);
  if (extra !== undefined) return unknownSegment(extra);
  if (taskId !== undefined) return routeTask(request, list, taskId, store);
  if (request.method === 'GET') return listTodoTasks(request, list, tasksContext(request, store, list));
  if (request.method === 'POST') return createTask(request, list, store);
  return methodNotAllowed();
}
