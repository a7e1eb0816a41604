import { sendJson, type Harness, type Page } from './support';

/** Shape of the To Do task fields tests read. */
export type TaskJson = {
  '@odata.etag': string;
  id: string;
  title: string;
  status: string;
  importance: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  body: { content: string; contentType: string };
  dueDateTime?: { dateTime: string; timeZone: string };
  completedDateTime?: { dateTime: string; timeZone: string };
  linkedResources?: Array<Record<string, string>>;
};

/** The signed-in user's default To Do list. */
export async function defaultListOf(harness: Harness): Promise<{ id: string; displayName: string }> {
  const { body } =
    await harness.graphJson<Page<{ id: string; displayName: string; wellknownListName: string }>>(
      '/me/todo/lists',
    );
  const list = body.value.find((candidate) => candidate.wellknownListName === 'defaultList');
  if (!list) throw new Error('The user has no default To Do list.');
  return list;
}

/** `/me/todo/lists/{default list id}/tasks`, the id encoded. */
export async function tasksPath(harness: Harness): Promise<string> {
  return `/me/todo/lists/${encodeURIComponent((await defaultListOf(harness)).id)}/tasks`;
}

/** POSTs a task and returns it, failing on anything but 201. */
export async function createTask(harness: Harness, tasks: string, body: unknown): Promise<TaskJson> {
  const response = await sendJson(harness, 'POST', tasks, body);
  if (response.status !== 201) throw new Error(`Creating a task answered ${response.status}.`);
  return (await response.json()) as TaskJson;
}
