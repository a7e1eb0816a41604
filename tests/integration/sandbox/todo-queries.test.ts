import { startHarness, testTenant, type GraphErrorBody, type Harness, type Page } from './support';
import { createTask, tasksPath, type TaskJson } from './todo-support';

let harness: Harness;
let tasks: string;
beforeAll(async () => {
  harness = await startHarness({ tenant: testTenant() });
  tasks = await tasksPath(harness);
  for (const [title, status, importance] of [
    ['Draft FAQ', 'notStarted', 'normal'],
    ["Cleo O'Brien follow-up", 'notStarted', 'high'],
    ['Book room', 'completed', 'low'],
    ['Brief Dev', 'inProgress', 'normal'],
    ['Review copy', 'notStarted', 'normal'],
  ]) {
    await createTask(harness, tasks, { title, status, importance });
  }
});
afterAll(() => harness.server.close());

const query = (text: string) => harness.graphJson<Page<TaskJson> & GraphErrorBody>(`${tasks}?${text}`);
const titles = (page: Page<TaskJson>) => page.value.map((task) => task.title);

describe('listing To Do tasks', () => {
  it('lists them in the order they were created, with the collection context', async () => {
    const { status, body } = await query('');
    expect(status).toBe(200);
    expect(body['@odata.context']).toMatch(/\/todo\/lists\('.+'\)\/tasks$/);
    expect(titles(body)).toEqual([
      'Draft FAQ',
      "Cleo O'Brien follow-up",
      'Book room',
      'Brief Dev',
      'Review copy',
    ]);
    expect(body['@odata.nextLink']).toBeUndefined();
  });

  it('pages with $top, and @odata.nextLink carries $skip and the other options', async () => {
    const first = await query(`$top=2&$filter=${encodeURIComponent("status ne 'inProgress'")}`);
    expect(titles(first.body)).toEqual(['Draft FAQ', "Cleo O'Brien follow-up"]);
    const seen: string[] = [];
    let next = first.body['@odata.nextLink'];
    expect(next).toContain('$skip=2');
    while (next) {
      expect(next).toContain('$top=2');
      const page = await harness.graphJson<Page<TaskJson>>(next.slice(harness.server.graphBaseUrl.length));
      seen.push(...titles(page.body));
      next = page.body['@odata.nextLink'];
    }
    expect(seen).toEqual(['Book room', 'Review copy']);
    expect((await query('$top=0')).status).toBe(400);
  });

  it('filters on status and importance by name, and on title without regard to case', async () => {
    const open = await query(`$filter=${encodeURIComponent("status eq 'notStarted'")}`);
    expect(titles(open.body)).toEqual(['Draft FAQ', "Cleo O'Brien follow-up", 'Review copy']);
    const notDone = await query(`$filter=${encodeURIComponent("status ne 'completed'")}`);
    expect(titles(notDone.body)).toHaveLength(4);
    const byTitle = await query(`$filter=${encodeURIComponent("title eq 'cleo o''brien FOLLOW-UP'")}`);
    expect(titles(byTitle.body)).toEqual(["Cleo O'Brien follow-up"]);
    const both = await query(
      `$filter=${encodeURIComponent("status eq 'notStarted' and (importance eq 'high' or startswith(title,'Rev'))")}`,
    );
    expect(titles(both.body)).toEqual(["Cleo O'Brien follow-up", 'Review copy']);
  });

  it('refuses unknown enumeration values, unknown properties and broken filters with 400', async () => {
    for (const filter of [
      "status eq 'done'",
      "status eq 'Completed'",
      "colour eq 'red'",
      'status eq',
      "startswith(status,'not')",
      // Graph documents no filter on a task's linked resources: a task is found by its key by
      // paging with $expand=linkedResources.
      "linkedResources/any(l:l/externalId eq 'k-1')",
      "linkedResources/externalId eq 'k-1'",
    ]) {
      const { status, body } = await query(`$filter=${encodeURIComponent(filter)}`);
      expect([filter, status, typeof body.error.message]).toEqual([filter, 400, 'string']);
    }
  });

  it('keeps $select properties (and the id and etag), and expands linkedResources on request', async () => {
    const selected = await query('$select=title,status&$top=1');
    expect(selected.body.value[0]).toEqual({
      '@odata.etag': selected.body.value[0]?.['@odata.etag'],
      id: selected.body.value[0]?.id,
      status: 'notStarted',
      title: 'Draft FAQ',
    });
    const expanded = await query('$expand=linkedResources&$top=1');
    expect(expanded.body.value[0]?.linkedResources).toEqual([]);
    expect((await query('$expand=attachments')).status).toBe(400);
    expect((await query('$select=colour')).status).toBe(400);
  });
});
