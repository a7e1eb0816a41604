import { parseTenantSpec, TenantSpecError, type TenantSpec } from '../../../src/sandbox/tenant-spec';
import { startHarness, type Harness, type Page } from './support';

/** Wednesday 25 November 2026, 10:20 in London. */
const NOW = new Date('2026-11-25T10:20:00Z');
const SITE = 'contoso.sharepoint.com:/sites/comms';

/** A small tenant whose answers carry shapes its own model never produces. */
const spec: TenantSpec = {
  organisation: { displayName: 'Contoso Comms', domains: ['contoso.example'] },
  timeZone: 'Europe/London',
  signedInUser: 'ana@contoso.example',
  users: [
    { displayName: 'Ana Lima', mail: 'ana@contoso.example', department: 'Communications' },
    { displayName: 'Ben Ode', mail: 'ben@contoso.example', department: 'HR' },
  ],
  events: [
    {
      subject: 'Well formed',
      start: { day: 1, time: '09:00' },
      attendees: [{ email: 'ben@contoso.example' }],
    },
    {
      subject: 'Broken start',
      start: { day: 1, time: '10:00' },
      attendees: [{ email: 'ben@contoso.example' }],
    },
  ],
  sites: [
    {
      hostname: 'contoso.sharepoint.com',
      path: '/sites/comms',
      displayName: 'Comms',
      lists: [
        {
          name: 'Clients',
          columns: [{ name: 'Pressures', type: 'note' }],
          items: [
            { fields: { Title: 'Ben Ode', Pressures: '["Hiring freeze"]' } },
            { fields: { Title: 'Cleo Park', Pressures: '[]' } },
          ],
        },
      ],
    },
  ],
  rawOverrides: [
    { path: '/events/', match: { subject: 'Broken start' }, set: { start: 42, attendees: 'x' } },
    { method: 'GET', path: '/lists/Clients/items', match: { Title: 'Ben Ode' }, set: { Pressures: 42 } },
  ],
};

type EventBody = { id: string; subject: string; start: unknown; attendees: unknown };

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ tenant: spec, now: () => NOW });
});
afterAll(() => harness.server.close());

const window = 'startDateTime=2026-11-26T00:00:00Z&endDateTime=2026-11-27T00:00:00Z';

describe('raw overrides in a tenant file', () => {
  it('serve the malformed event from /me/events/{id} but leave the calendar view as the model renders it', async () => {
    const view = await harness.graphJson<Page<EventBody>>(`/me/calendarView?${window}`);
    const broken = view.body.value.find((e) => e.subject === 'Broken start');
    expect(broken?.start).toEqual({ dateTime: '2026-11-26T10:00:00.0000000', timeZone: 'UTC' });
    const direct = await harness.graphJson<EventBody>(
      `/me/events/${encodeURIComponent(broken?.id ?? '')}?$select=subject,start,attendees`,
    );
    expect(direct.status).toBe(200);
    expect(direct.body).toMatchObject({ subject: 'Broken start', start: 42, attendees: 'x' });
    const fine = view.body.value.find((e) => e.subject === 'Well formed');
    const untouched = await harness.graphJson<EventBody>(`/me/events/${encodeURIComponent(fine?.id ?? '')}`);
    expect(untouched.body.start).toEqual({ dateTime: '2026-11-26T09:00:00.0000000', timeZone: 'UTC' });
  });

  it('apply to $batch members one by one, and to list item fields', async () => {
    const view = await harness.graphJson<Page<EventBody>>(`/me/calendarView?${window}`);
    const broken = view.body.value.find((e) => e.subject === 'Broken start');
    const batch = await harness.graphJson<{ responses: { id: string; body: Record<string, unknown> }[] }>(
      '/$batch',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          requests: [
            { id: 'event', method: 'GET', url: `/me/events/${encodeURIComponent(broken?.id ?? '')}` },
            { id: 'items', method: 'GET', url: `/sites/${SITE}:/lists/Clients/items?$expand=fields` },
          ],
        }),
      },
    );
    const byId = new Map(batch.body.responses.map((r) => [r.id, r.body]));
    expect(byId.get('event')).toMatchObject({ start: 42, attendees: 'x' });
    const items = byId.get('items') as Page<{ fields: Record<string, unknown> }>;
    expect(items.value.map((item) => [item.fields['Title'], item.fields['Pressures']])).toEqual([
      ['Ben Ode', 42],
      ['Cleo Park', '[]'],
    ]);
  });

  it('never change what the tenant stores: after reads served the override, a write answers with the stored value', async () => {
    const direct = await harness.graphJson<Page<{ id: string; fields: Record<string, unknown> }>>(
      `/sites/${SITE}:/lists/Clients/items?$expand=fields`,
    );
    expect(direct.body.value[0]?.fields['Pressures']).toBe(42);
    const id = direct.body.value[0]?.id ?? '';
    const patched = await harness.graphJson(`/sites/${SITE}:/lists/Clients/items/${id}/fields`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: '{"Title":"Ben Ode"}',
    });
    expect(patched.status).toBe(200);
    expect(patched.body['Pressures']).toBe('["Hiring freeze"]');
  });

  it('are checked like the rest of the file', () => {
    expect(() => parseTenantSpec({ ...spec, rawOverrides: [{ set: { a: 1 }, replace: true }] })).toThrow(
      TenantSpecError,
    );
    expect(() => parseTenantSpec({ ...spec, rawOverrides: [{ path: '' }] })).toThrow(
      /\$\.rawOverrides\[0\]\.path/,
    );
  });
});
