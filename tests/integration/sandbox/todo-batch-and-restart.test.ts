import { PEOPLE, sendJson, signIn, startHarness, testTenant, type Page, tempDirFixture } from './support';
import { createTask, tasksPath, type TaskJson } from './todo-support';

type BatchBody = {
  responses: Array<{ id: string; status: number; headers: Record<string, string>; body: unknown }>;
};

describe('To Do tasks in $batch and under fault rules', () => {
  it('creates and reads tasks as batch members, in dependsOn order', async () => {
    const harness = await startHarness({ tenant: testTenant() });
    try {
      const tasks = await tasksPath(harness);
      const response = await sendJson(harness, 'POST', '/$batch', {
        requests: [
          {
            id: 'create',
            method: 'POST',
            url: tasks,
            headers: { 'Content-Type': 'application/json' },
            body: { title: 'From a batch', importance: 'high' },
          },
          {
            id: 'open',
            method: 'GET',
            url: `${tasks}?$filter=${encodeURIComponent("status eq 'notStarted'")}`,
            dependsOn: ['create'],
          },
          { id: 'lists', method: 'GET', url: '/me/todo/lists' },
        ],
      });
      const byId = new Map(((await response.json()) as BatchBody).responses.map((r) => [r.id, r]));
      expect(byId.get('create')?.status).toBe(201);
      expect((byId.get('create')?.body as TaskJson).importance).toBe('high');
      expect((byId.get('open')?.body as Page<TaskJson>).value.map((t) => t.title)).toEqual(['From a batch']);
      expect(byId.get('lists')?.status).toBe(200);
    } finally {
      await harness.server.close();
    }
  });

  it('answers with the rule’s fault, as elsewhere: throttled members, and a 504 after the write', async () => {
    const harness = await startHarness({
      tenant: testTenant(),
      faults: {
        rules: [
          { method: 'GET', path: '/todo/lists', status: 429, retryAfter: 3 },
          { method: 'POST', path: '/tasks', status: 504, afterWrite: true },
        ],
      },
    });
    try {
      const batch = await sendJson(harness, 'POST', '/$batch', {
        requests: [{ id: 'lists', method: 'GET', url: '/me/todo/lists' }],
      });
      const [member] = ((await batch.json()) as BatchBody).responses;
      expect([member?.status, member?.headers['Retry-After']]).toEqual([429, '3']);
      const tasks = await tasksPath(harness);
      expect((await sendJson(harness, 'POST', tasks, { title: 'Timed out' })).status).toBe(504);
      const page = await harness.graphJson<Page<TaskJson>>(tasks);
      expect(page.body.value.map((t) => t.title)).toEqual(['Timed out']);
    } finally {
      await harness.server.close();
    }
  });
});

describe('persistence of To Do tasks', () => {
  const temp = tempDirFixture('todo');

  it("keeps each user's tasks, as last written, across a restart", async () => {
    const tenant = testTenant();
    const first = await startHarness({ tenant, dataDir: temp.path });
    let before: TaskJson[];
    try {
      const tasks = await tasksPath(first);
      const kept = await createTask(first, tasks, {
        title: 'Kept',
        dueDateTime: { dateTime: '2026-12-04T09:00:00', timeZone: 'UTC' },
      });
      const gone = await createTask(first, tasks, { title: 'Gone' });
      const done = await sendJson(first, 'PATCH', `${tasks}/${encodeURIComponent(kept.id)}`, {
        status: 'completed',
      });
      expect(done.status).toBe(200);
      expect((await sendJson(first, 'DELETE', `${tasks}/${encodeURIComponent(gone.id)}`)).status).toBe(204);
      before = (await first.graphJson<Page<TaskJson>>(tasks)).body.value;
      expect(before.map((t) => [t.title, t.status])).toEqual([['Kept', 'completed']]);
    } finally {
      await first.server.close();
    }

    const second = await startHarness({ tenant, dataDir: temp.path });
    try {
      const tasks = await tasksPath(second);
      const page = await second.graphJson<Page<TaskJson>>(tasks);
      expect(page.body.value).toEqual(before);
      const benToken = await signIn(second.server, PEOPLE.ben);
      const bens = await fetch(`${second.server.graphBaseUrl}/me/todo/lists`, {
        headers: { Authorization: `Bearer ${benToken}` },
      });
      const benList = String(((await bens.json()) as Page).value[0]?.['id']);
      const benTasks = await fetch(
        `${second.server.graphBaseUrl}/me/todo/lists/${encodeURIComponent(benList)}/tasks`,
        { headers: { Authorization: `Bearer ${benToken}` } },
      );
      expect(((await benTasks.json()) as Page).value).toEqual([]);
    } finally {
      await second.server.close();
    }
  });
});
