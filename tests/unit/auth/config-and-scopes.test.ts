import { productionConfig } from '../../../src/app/shared/production-config';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { READ_SCOPES, SCOPE_REASONS, scopesFor } from '../../../src/graph/scopes';

describe('scopes, least privilege, asked for when needed', () => {
  it.each([
    ['GET', '/me/calendarView?startDateTime=x', READ_SCOPES],
    ['POST', '/$batch', READ_SCOPES],
    ['POST', '/me/events', ['Calendars.ReadWrite']],
    ['POST', '/sites/a,b,c/lists/HomeTurfNotes/items', ['Sites.ReadWrite.All']],
    ['PATCH', '/sites/a,b,c/lists/HomeTurfClients/items/4/fields', ['Sites.ReadWrite.All']],
    ['POST', '/sites/a,b,c/lists', ['Sites.Manage.All']],
    ['POST', '/sites/a,b,c/lists/l1/columns', ['Sites.Manage.All']],
    ['PATCH', '/sites/a,b,c/lists/l1/columns/c1', ['Sites.Manage.All']],
    ['GET', '/sites/a,b,c/lists/l1/columns', READ_SCOPES],
    ['GET', '/me/todo/lists', ['Tasks.ReadWrite']],
    ['POST', '/me/todo/lists/x/tasks', ['Tasks.ReadWrite']],
  ])('%s %s → %j', (method, path, scopes) => {
    expect(scopesFor(method, path)).toEqual(scopes);
  });

  it('never asks for a write scope to read', () => {
    expect(READ_SCOPES.some((s) => /Write|Manage/.test(s))).toBe(false);
  });
});

describe('the permissions list', () => {
  it("matches the README's table, permission by permission, with the same reason", () => {
    const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Permissions'), readme.indexOf('## Architecture'));
    const rows = [...section.matchAll(/^\| `([A-Za-z.]+)` +\| (.+?) +\|$/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(Object.entries(SCOPE_REASONS));
  });

  it('gives a reason for every scope a request can ask for', () => {
    const asked = new Set(
      [
        ['GET', '/me'],
        ['POST', '/me/events'],
        ['POST', '/sites/a/lists'],
        ['PATCH', '/sites/a/lists/b/items/1/fields'],
        ['POST', '/me/todo/lists/x/tasks'],
      ].flatMap(([method = '', p = '']) => scopesFor(method, p)),
    );
    for (const scope of [...asked, ...READ_SCOPES]) expect(Object.keys(SCOPE_REASONS)).toContain(scope);
    expect(asked.size).toBe(Object.keys(SCOPE_REASONS).length);
  });
});

describe('production configuration', () => {
  const valid = { HOME_TURF_CLIENT_ID: '11111111-2222-3333-4444-555555555555' };

  it('defaults the tenant to organizations and Graph to v1.0', () => {
    expect(productionConfig(valid)).toEqual({
      clientId: valid.HOME_TURF_CLIENT_ID,
      tenantId: 'organizations',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      authorityHost: 'https://login.microsoftonline.com',
      knownAuthority: false,
      storeSite: undefined,
    });
  });

  it.each([
    ['public', 'https://login.microsoftonline.com', 'https://graph.microsoft.com/v1.0'],
    ['usgov', 'https://login.microsoftonline.us', 'https://graph.microsoft.us/v1.0'],
    ['dod', 'https://login.microsoftonline.us', 'https://dod-graph.microsoft.us/v1.0'],
    ['china', 'https://login.chinacloudapi.cn', 'https://microsoftgraph.chinacloudapi.cn/v1.0'],
    ['USGov', 'https://login.microsoftonline.us', 'https://graph.microsoft.us/v1.0'],
  ])('HOME_TURF_CLOUD=%s sets the authority and Graph together', (cloud, authorityHost, graphBaseUrl) => {
    expect(productionConfig({ ...valid, HOME_TURF_CLOUD: cloud })).toMatchObject({
      authorityHost,
      graphBaseUrl,
      knownAuthority: false,
    });
  });

  it("takes a Graph URL that is the cloud's own, at another version", () => {
    expect(
      productionConfig({
        ...valid,
        HOME_TURF_CLOUD: 'usgov',
        HOME_TURF_GRAPH_URL: 'https://graph.microsoft.us/beta/',
      }),
    ).toMatchObject({
      graphBaseUrl: 'https://graph.microsoft.us/beta',
      authorityHost: 'https://login.microsoftonline.us',
    });
  });

  it('takes a custom authority host and Graph for the demo tenant on a host of its own', () => {
    expect(
      productionConfig({
        ...valid,
        HOME_TURF_CLOUD: 'custom',
        HOME_TURF_AUTHORITY_HOST: 'https://localhost:3443',
        HOME_TURF_GRAPH_URL: 'https://localhost:3443/graph/v1.0',
      }),
    ).toMatchObject({
      authorityHost: 'https://localhost:3443',
      graphBaseUrl: 'https://localhost:3443/graph/v1.0',
      knownAuthority: true,
    });
  });

  it("puts the demo tenant's cloud on the page's own origin", () => {
    expect(productionConfig({ ...valid, HOME_TURF_CLOUD: 'demo' }, 'https://localhost:40123')).toMatchObject({
      authorityHost: 'https://localhost:40123',
      graphBaseUrl: 'https://localhost:40123/graph/v1.0',
      knownAuthority: true,
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
    [{ ...valid, HOME_TURF_CLOUD: 'gcc-high' }, /HOME_TURF_CLOUD must be one of public, usgov, dod, china/],
    [
      { ...valid, HOME_TURF_CLOUD: 'usgov', HOME_TURF_GRAPH_URL: 'https://graph.microsoft.com/v1.0' },
      /HOME_TURF_GRAPH_URL \(https:\/\/graph.microsoft.com\/v1.0\) is not Microsoft Graph of the usgov cloud/,
    ],
    [
      { ...valid, HOME_TURF_GRAPH_URL: 'https://graph.microsoft.us/v1.0' },
      /is not Microsoft Graph of the public cloud.*set HOME_TURF_CLOUD/,
    ],
    [
      { ...valid, HOME_TURF_CLOUD: 'china', HOME_TURF_AUTHORITY_HOST: 'https://login.microsoftonline.com' },
      /HOME_TURF_AUTHORITY_HOST \(https:\/\/login.microsoftonline.com\) is not Microsoft Entra ID of the china cloud/,
    ],
    [
      { ...valid, HOME_TURF_CLOUD: 'custom', HOME_TURF_GRAPH_URL: 'https://localhost:3443/graph/v1.0' },
      /HOME_TURF_CLOUD=custom needs HOME_TURF_AUTHORITY_HOST/,
    ],
    [
      {
        ...valid,
        HOME_TURF_CLOUD: 'custom',
        HOME_TURF_AUTHORITY_HOST: 'http://localhost:3443',
        HOME_TURF_GRAPH_URL: 'https://localhost:3443/graph/v1.0',
      },
      /HOME_TURF_AUTHORITY_HOST must be an https URL/,
    ],
    [
      {
        ...valid,
        HOME_TURF_CLOUD: 'custom',
        HOME_TURF_AUTHORITY_HOST: 'https://localhost:3443/tenant-id',
        HOME_TURF_GRAPH_URL: 'https://localhost:3443/graph/v1.0',
      },
      /HOME_TURF_AUTHORITY_HOST is the host only/,
    ],
    [
      {
        ...valid,
        HOME_TURF_CLOUD: 'custom',
        HOME_TURF_AUTHORITY_HOST: 'https://localhost:3443',
        HOME_TURF_GRAPH_URL: 'https://localhost:3443/graph',
      },
      /HOME_TURF_GRAPH_URL must end in the Graph version/,
    ],
    [
      { ...valid, HOME_TURF_CLOUD: 'demo', HOME_TURF_GRAPH_URL: 'https://graph.microsoft.com/v1.0' },
      /HOME_TURF_CLOUD=demo signs in to the demo tenant that serves the pages/,
    ],
  ])('names the setting that is wrong: %j', (raw, message) => {
    expect(() => productionConfig(raw, 'https://hometurf.contoso.com')).toThrow(message);
  });
});
