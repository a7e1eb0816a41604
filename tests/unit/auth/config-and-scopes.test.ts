import { productionConfig } from '../../../src/app/shared/production-config';
import { READ_SCOPES, scopesFor } from '../../../src/graph/scopes';

describe('scopes, least privilege, asked for when needed', () => {
  it.each([
    ['GET', '/me/calendarView?startDateTime=x', READ_SCOPES],
    ['POST', '/$batch', READ_SCOPES],
    ['POST', '/me/events', ['Calendars.ReadWrite']],
    ['POST', '/sites/a,b,c/lists/HomeTurfNotes/items', ['Sites.ReadWrite.All']],
    ['PATCH', '/sites/a,b,c/lists/HomeTurfClients/items/4/fields', ['Sites.ReadWrite.All']],
    ['POST', '/sites/a,b,c/lists', ['Sites.Manage.All']],
    ['GET', '/me/todo/lists', ['Tasks.ReadWrite']],
    ['POST', '/me/todo/lists/x/tasks', ['Tasks.ReadWrite']],
  ])('%s %s → %j', (method, path, scopes) => {
    expect(scopesFor(method, path)).toEqual(scopes);
  });

  it('never asks for a write scope to read', () => {
    expect(READ_SCOPES.some((s) => /Write|Manage/.test(s))).toBe(false);
  });
});

describe('production configuration', () => {
  const valid = { HOME_TURF_CLIENT_ID: '11111111-2222-3333-4444-555555555555' };

  it('defaults the tenant to organizations and Graph to v1.0', () => {
    expect(productionConfig(valid)).toEqual({
      clientId: valid.HOME_TURF_CLIENT_ID,
      tenantId: 'organizations',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
    });
  });

  it.each([
    [{}, /HOME_TURF_CLIENT_ID is not set/],
    [{ HOME_TURF_CLIENT_ID: 'my-app' }, /HOME_TURF_CLIENT_ID must be the application \(client\) id/],
    [
      { ...valid, HOME_TURF_GRAPH_URL: 'http://graph.microsoft.com/v1.0' },
      /HOME_TURF_GRAPH_URL must be an https URL/,
    ],
    [{ ...valid, HOME_TURF_TENANT_ID: 'not a tenant' }, /HOME_TURF_TENANT_ID must be a tenant id/],
    [{ ...valid, HOME_TURF_STORE_SITE: 'comms' }, /HOME_TURF_STORE_SITE must look like/],
  ])('names the setting that is wrong: %j', (raw, message) => {
    expect(() => productionConfig(raw)).toThrow(message);
  });
});
