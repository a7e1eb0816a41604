import { startHarness, type EventJson, type GraphErrorBody, type Harness, type Page } from './support';

type BatchResponse = {
  responses: Array<{ id: string; status: number; headers: Record<string, string>; body: unknown }>;
};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.server.close());

const batch = async (requests: unknown[], token = harness.token) => {
  const response = await fetch(`${harness.server.graphBaseUrl}/$batch`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ requests }),
  });
  return { status: response.status, body: (await response.json()) as BatchResponse & GraphErrorBody };
};

const byId = (body: BatchResponse) => new Map(body.responses.map((r) => [r.id, r]));

describe('POST /$batch', () => {
  it('runs members through the same routes with mixed statuses', async () => {
    const { status, body } = await batch([
      { id: '1', method: 'GET', url: '/me?$select=displayName' },
      { id: '2', method: 'GET', url: 'users/nobody@northwind.example' },
      { id: '3', method: 'GET', url: '/me/events/AAMkAGnope' },
      { id: '4', method: 'GET', url: "/users?$filter=department eq 'Finance'&$select=mail" },
      { id: '5', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me' },
    ]);
    expect(status).toBe(200);
    const responses = byId(body);
    expect(responses.size).toBe(5);
    expect(responses.get('1')?.status).toBe(200);
    expect(responses.get('1')?.body).toMatchObject({ displayName: 'Maya Chen' });
    expect(responses.get('1')?.headers['Content-Type']).toContain('application/json');
    expect(responses.get('2')?.status).toBe(404);
    expect((responses.get('2')?.body as GraphErrorBody).error.code).toBe('Request_ResourceNotFound');
    expect(responses.get('3')?.status).toBe(404);
    expect((responses.get('4')?.body as Page).value).toHaveLength(6);
    expect(responses.get('5')?.status).toBe(400);
  });

  it('orders dependsOn and fails dependants of a failed member with 424', async () => {
    const { body } = await batch([
      { id: 'a', method: 'GET', url: '/users/nobody@northwind.example' },
      { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
      { id: 'c', method: 'GET', url: '/me', dependsOn: ['b'] },
      { id: 'd', method: 'GET', url: '/me' },
      { id: 'e', method: 'GET', url: '/me', dependsOn: ['d'] },
    ]);
    const responses = byId(body);
    expect(responses.get('a')?.status).toBe(404);
    expect(responses.get('b')?.status).toBe(424);
    expect((responses.get('b')?.body as GraphErrorBody).error.code).toBe('FailedDependency');
    expect(responses.get('c')?.status).toBe(424);
    expect(responses.get('e')?.status).toBe(200);
    const order = body.responses.map((r) => r.id);
    expect(order.indexOf('d')).toBeLessThan(order.indexOf('e'));
  });

  it('creates an event and reads it back in order', async () => {
    const { body } = await batch([
      {
        id: 'create',
        method: 'POST',
        url: '/me/events',
        headers: { 'Content-Type': 'application/json' },
        body: {
          subject: 'Batch-created',
          start: { dateTime: '2026-11-27T09:00:00', timeZone: 'UTC' },
          end: { dateTime: '2026-11-27T09:30:00', timeZone: 'UTC' },
        },
      },
      {
        id: 'view',
        method: 'GET',
        url: '/me/calendarView?startDateTime=2026-11-27T08:59:00Z&endDateTime=2026-11-27T09:01:00Z&$select=subject',
        dependsOn: ['create'],
      },
    ]);
    const responses = byId(body);
    expect(responses.get('create')?.status).toBe(201);
    expect((responses.get('view')?.body as Page<EventJson>).value.map((e) => e.subject)).toContain(
      'Batch-created',
    );
  });

  it("honours members' own Prefer and ConsistencyLevel headers", async () => {
    const { body } = await batch([
      {
        id: 'tz',
        method: 'GET',
        url: '/me/calendarView?startDateTime=2026-11-25T10:30:00Z&endDateTime=2026-11-25T10:31:00Z&$select=start',
        headers: { Prefer: 'outlook.timezone="India Standard Time"' },
      },
      {
        id: 'count',
        method: 'GET',
        url: '/users?$count=true&$top=1',
        headers: { ConsistencyLevel: 'eventual' },
      },
      { id: 'no-count', method: 'GET', url: '/users?$count=true&$top=1' },
    ]);
    const responses = byId(body);
    const tz = responses.get('tz');
    expect(tz?.headers['Preference-Applied']).toBe('outlook.timezone="India Standard Time"');
    expect((tz?.body as Page<EventJson>).value[0]?.start.timeZone).toBe('India Standard Time');
    expect((responses.get('count')?.body as Page)['@odata.count']).toBeGreaterThan(40);
    expect(responses.get('no-count')?.status).toBe(400);
  });

  it('refuses more than 20 members, duplicate ids, missing fields and nested batches', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    const tooMany = await batch(many);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toContain('20');
    expect((await batch(many.slice(0, 20))).status).toBe(200);
    expect(
      (
        await batch([
          { id: '1', method: 'GET', url: '/me' },
          { id: '1', method: 'GET', url: '/me' },
        ])
      ).status,
    ).toBe(400);
    expect((await batch([{ id: '1', url: '/me' }])).status).toBe(400);
    expect((await batch([{ id: '1', method: 'GET', url: '/me', dependsOn: ['zz'] }])).status).toBe(400);
    const nested = await batch([
      {
        id: '1',
        method: 'POST',
        url: '/$batch',
        headers: { 'Content-Type': 'application/json' },
        body: { requests: [] },
      },
    ]);
    expect(byId(nested.body).get('1')?.status).toBe(400);
  });

  it('refuses a member with a property the batching format does not have, naming it', async () => {
    const refused = await batch([
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: '/me', section: 'profiles' },
    ]);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      code: 'BadRequest',
      message: "Unknown property name 'SECTION' for message in batch.",
    });
  });

  it('refuses a body without a Content-Type header, and ids that differ only in case', async () => {
    const noType = await batch([{ id: 'w', method: 'POST', url: '/me/events', body: { subject: 'x' } }]);
    expect(noType.status).toBe(400);
    expect(noType.body.error.message).toBe(
      'Write request id : w does not contain Content-Type header or body.',
    );
    const sameId = await batch([
      { id: 'a', method: 'GET', url: '/me' },
      { id: 'A', method: 'GET', url: '/me' },
    ]);
    expect(sameId.status).toBe(400);
    const selfDependent = await batch([{ id: 'a', method: 'GET', url: '/me', dependsOn: ['A'] }]);
    expect(selfDependent.status).toBe(400);
  });

  it('needs a token for the batch itself, and runs members as the batch caller', async () => {
    const anonymous = await batch([{ id: '1', method: 'GET', url: '/me' }], '');
    expect(anonymous.status).toBe(401);
  });
});
