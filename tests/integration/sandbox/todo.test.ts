import {
  PEOPLE,
  sendJson,
  signIn,
  startHarness,
  testTenant,
  type GraphErrorBody,
  type Harness,
  type Page,
} from './support';
import { createTask, defaultListOf, tasksPath, type TaskJson } from './todo-support';

let harness: Harness;
let tasks: string;
beforeAll(async () => {
  harness = await startHarness({ tenant: testTenant() });
  tasks = await tasksPath(harness);
});
afterAll(() => harness.server.close());

describe('To Do task lists', () => {
  it('gives every user a default list, "Tasks", shaped as Graph shapes it', async () => {
    const { status, body } = await harness.graphJson<Page>('/me/todo/lists');
    expect(status).toBe(200);
    expect(body['@odata.context']).toMatch(/\/\$metadata#users\('[0-9a-f-]{36}'\)\/todo\/lists$/);
    expect(body.value).toEqual([
      {
        '@odata.type': '#microsoft.graph.todoTaskList',
        '@odata.etag': expect.stringMatching(/^W\/".+"$/) as unknown,
        id: expect.stringMatching(/^AAMk/) as unknown,
        displayName: 'Tasks',
        isOwner: true,
        isShared: false,
        wellknownListName: 'defaultList',
      },
    ]);
    const id = String(body.value[0]?.['id']);
    const one = await harness.graphJson(`/me/todo/lists/${encodeURIComponent(id)}`);
    expect(one.body).toMatchObject({ id, displayName: 'Tasks' });
  });

  it("keeps each user's lists to themselves: another user's list is 404", async () => {
    const benToken = await signIn(harness.server, PEOPLE.ben);
    const response = await fetch(`${harness.server.graphBaseUrl}/me/todo/lists`, {
      headers: { Authorization: `Bearer ${benToken}` },
    });
    const bens = (await response.json()) as Page;
    const benList = String(bens.value[0]?.['id']);
    expect(benList).not.toBe((await defaultListOf(harness)).id);
    const stranger = await harness.graphJson<GraphErrorBody>(
      `/me/todo/lists/${encodeURIComponent(benList)}/tasks`,
    );
    expect([stranger.status, stranger.body.error.code]).toEqual([404, 'ErrorItemNotFound']);
    expect((await harness.graph('/me/todo/folders')).status).toBe(400);
    expect((await sendJson(harness, 'DELETE', '/me/todo/lists')).status).toBe(405);
  });
});

describe('To Do tasks', () => {
  it('creates a task: 201 with Graph’s defaults, UTC timestamps, a weak etag and the links sent', async () => {
    const response = await sendJson(harness, 'POST', tasks, {
      title: 'Send Priya the onboarding deck',
      dueDateTime: { dateTime: '2026-12-01T17:00:00', timeZone: 'Europe/London' },
      body: { content: 'She asked after the 1:1.', contentType: 'text' },
      linkedResources: [
        { webUrl: 'https://example.com/m/1', applicationName: 'Home Turf', displayName: '1:1' },
      ],
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toContain('/todo/lists(');
    const task = (await response.json()) as TaskJson;
    expect(task).toMatchObject({
      importance: 'normal',
      isReminderOn: false,
      status: 'notStarted',
      title: 'Send Priya the onboarding deck',
      createdDateTime: '2026-11-25T10:20:00.0000000Z',
      lastModifiedDateTime: '2026-11-25T10:20:00.0000000Z',
      categories: [],
      body: { content: 'She asked after the 1:1.', contentType: 'text' },
      dueDateTime: { dateTime: '2026-12-01T00:00:00.0000000', timeZone: 'UTC' },
      linkedResources: [
        { webUrl: 'https://example.com/m/1', applicationName: 'Home Turf', displayName: '1:1' },
      ],
    });
    expect(task['@odata.etag']).toMatch(/^W\/".+"$/);
    expect(task.linkedResources?.[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(task).not.toHaveProperty('completedDateTime');
    const read = await harness.graphJson<TaskJson>(`${tasks}/${encodeURIComponent(task.id)}`);
    expect(read.body).toMatchObject({ id: task.id, '@odata.etag': task['@odata.etag'] });
    expect(read.body).not.toHaveProperty('linkedResources');
    const expanded = await harness.graphJson<TaskJson>(
      `${tasks}/${encodeURIComponent(task.id)}?$expand=linkedResources`,
    );
    expect(expanded.body.linkedResources).toEqual(task.linkedResources);
  });

  it('keeps a due date as midnight in the zone sent with it, and answers it in UTC', async () => {
    for (const [sent, answered] of [
      [{ dateTime: '2026-12-12T00:00:00', timeZone: 'America/Los_Angeles' }, '2026-12-12T08:00:00.0000000'],
      // The time part is dropped: a date, in its zone.
      [{ dateTime: '2026-12-12T17:30:00', timeZone: 'Pacific Standard Time' }, '2026-12-12T08:00:00.0000000'],
      [{ dateTime: '2026-12-12T00:00:00', timeZone: 'Asia/Tokyo' }, '2026-12-11T15:00:00.0000000'],
    ] as const) {
      const task = await createTask(harness, tasks, { title: 'Due in its zone', dueDateTime: sent });
      expect([sent, task.dueDateTime]).toEqual([sent, { dateTime: answered, timeZone: 'UTC' }]);
      const read = await harness.graphJson<TaskJson>(`${tasks}/${encodeURIComponent(task.id)}`);
      expect(read.body.dueDateTime).toEqual({ dateTime: answered, timeZone: 'UTC' });
    }
  });

  it('refuses a body Graph would refuse, with 400', async () => {
    for (const body of [
      {},
      { title: 'x', status: 'done' },
      { title: 'x', importance: 'urgent' },
      { title: 'x', colour: 'red' },
      { title: 'x', dueDateTime: { dateTime: '2026-12-01', timeZone: 'Mars/Olympus' } },
      { title: 'x', dueDateTime: { dateTime: 'soon', timeZone: 'UTC' } },
      // linkedResource is not an open type either.
      { title: 'x', linkedResources: [{ externalId: 'k-1', key: 'k-1' }] },
      { title: 'x', linkedResources: [{ externalId: 7 }] },
    ]) {
      expect([body, (await sendJson(harness, 'POST', tasks, body)).status]).toEqual([body, 400]);
    }
    expect((await sendJson(harness, 'POST', `${tasks}/nope`, { title: 'x' })).status).toBe(405);
  });

  it('completes, reopens and deletes a task; the etag moves and If-Match guards each write', async () => {
    const task = await createTask(harness, tasks, { title: 'Chase sign-off', importance: 'high' });
    const url = `${tasks}/${encodeURIComponent(task.id)}`;
    const done = await sendJson(
      harness,
      'PATCH',
      url,
      { status: 'completed' },
      { 'If-Match': task['@odata.etag'] },
    );
    expect(done.status).toBe(200);
    const completed = (await done.json()) as TaskJson;
    expect(completed).toMatchObject({
      status: 'completed',
      importance: 'high',
      completedDateTime: { dateTime: '2026-11-25T00:00:00.0000000', timeZone: 'UTC' },
    });
    expect(completed['@odata.etag']).not.toBe(task['@odata.etag']);
    const stale = await sendJson(
      harness,
      'PATCH',
      url,
      { title: 'Lost' },
      { 'If-Match': task['@odata.etag'] },
    );
    expect([stale.status, ((await stale.json()) as GraphErrorBody).error.code]).toEqual([
      412,
      'ErrorIrresolvableConflict',
    ]);
    const reopened = (await (
      await sendJson(harness, 'PATCH', url, { status: 'inProgress' })
    ).json()) as TaskJson;
    expect(reopened.status).toBe('inProgress');
    expect(reopened).not.toHaveProperty('completedDateTime');
    expect((await sendJson(harness, 'PATCH', url, { status: 'finished' })).status).toBe(400);
    expect((await sendJson(harness, 'DELETE', url)).status).toBe(204);
    expect((await harness.graph(url)).status).toBe(404);
  });
});
