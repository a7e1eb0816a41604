import { COMMS_TEAM_UPNS, DEMO_USER_UPN } from '../../../src/sandbox/seed';
import { DEMO_SIGN_IN_SCOPES } from '../../../src/sandbox/demo-routes';
import { startHarness, type GraphErrorBody, type Harness, type Page } from './support';

type UserJson = Record<string, unknown> & { displayName: string; mail: string; department?: string };

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.server.close());

describe('authentication', () => {
  it('answers 401 with Graph wording when no token is sent', async () => {
    const response = await fetch(`${harness.server.graphBaseUrl}/me`);
    const body = (await response.json()) as GraphErrorBody;
    expect(response.status).toBe(401);
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.message).toBe('Access token is empty.');
    expect(body.error.innerError['request-id']).toBe(response.headers.get('request-id'));
  });

  it('answers 401 "CompactToken parsing failed" for a token that is not a JWT', async () => {
    const response = await fetch(`${harness.server.graphBaseUrl}/me`, {
      headers: { Authorization: 'Bearer nope' },
    });
    const body = (await response.json()) as GraphErrorBody;
    expect(response.status).toBe(401);
    expect(body.error.message).toBe('CompactToken parsing failed with error code: 80049217');
  });

  it('echoes client-request-id and sends Graph content type and CORS headers', async () => {
    const response = await harness.graph('/me', {
      headers: { 'client-request-id': 'abc-123', Origin: 'http://x.test' },
    });
    expect(response.headers.get('client-request-id')).toBe('abc-123');
    expect(response.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('content-type')).toBe(
      'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8',
    );
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers CORS preflight with 204 and the allowed headers', async () => {
    const response = await fetch(`${harness.server.graphBaseUrl}/me/calendarView`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toContain('ConsistencyLevel');
    expect(response.headers.get('access-control-expose-headers')).toContain('Preference-Applied');
  });

  it('signs in as another user and describes the tenant', async () => {
    const tenant = (await (await fetch(`${harness.server.url}/demo/tenant`)).json()) as Record<
      string,
      unknown
    >;
    expect(tenant).toEqual({
      organisation: { displayName: 'Northwind Traders', domains: ['northwind.example'] },
      signedInUser: DEMO_USER_UPN,
      timeZone: 'Europe/London',
    });
    const tokenResponse = await fetch(`${harness.server.url}/demo/token`, {
      method: 'POST',
      body: JSON.stringify({ userPrincipalName: 'priya.shah@northwind.example' }),
    });
    const token = (await tokenResponse.json()) as {
      token_type: string;
      access_token: string;
      expires_in: number;
    };
    expect(token.token_type).toBe('Bearer');
    expect(token.expires_in).toBe(3600);
    const me = (await (
      await fetch(`${harness.server.graphBaseUrl}/me`, {
        headers: { Authorization: `Bearer ${token.access_token}` },
      })
    ).json()) as UserJson;
    expect(me.displayName).toBe('Priya Shah');
  });
});

describe('POST /demo/token', () => {
  const ask = async (body: unknown): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await fetch(`${harness.server.url}/demo/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('issues every demo sign-in scope by default, and exactly the scopes asked for otherwise', async () => {
    expect((await ask({})).body['scope']).toBe(DEMO_SIGN_IN_SCOPES.join(' '));
    const fewer = await ask({ userPrincipalName: 'priya.shah@northwind.example', scopes: ['User.Read'] });
    expect(fewer.status).toBe(200);
    expect(fewer.body['scope']).toBe('User.Read');
    expect((await ask({ scopes: [] })).body['scope']).toBe('');
  });

  it('refuses scopes that are not permission names', async () => {
    for (const scopes of ['User.Read', ['User Read'], [''], [42]]) {
      const refused = await ask({ scopes });
      expect(refused.status).toBe(400);
      expect((refused.body as GraphErrorBody).error.message).toContain('"scopes"?: string[]');
    }
  });
});

describe('routing errors', () => {
  it('answers 400 for an unknown segment and 405 for a wrong method', async () => {
    const unknown = await harness.graphJson<GraphErrorBody>('/me/mailFolderz');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe("Resource not found for the segment 'mailFolderz'.");
    const wrong = await harness.graphJson<GraphErrorBody>('/me', { method: 'DELETE' });
    expect(wrong.status).toBe(405);
  });
});

describe('GET /me and /users/{id}', () => {
  it('returns the default property set without department', async () => {
    const { status, body } = await harness.graphJson<UserJson>('/me');
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual([
      '@odata.context',
      'businessPhones',
      'displayName',
      'givenName',
      'jobTitle',
      'mail',
      'mobilePhone',
      'officeLocation',
      'preferredLanguage',
      'surname',
      'userPrincipalName',
      'id',
    ]);
    expect(body).toMatchObject({
      displayName: 'Maya Chen',
      jobTitle: 'Internal Communications Advisor',
      mail: DEMO_USER_UPN,
    });
  });

  it('returns exactly the $select-ed properties, department included', async () => {
    const { body } = await harness.graphJson<UserJson>('/me?$select=displayName,department');
    expect(body).toEqual({
      '@odata.context': `${harness.server.graphBaseUrl}/$metadata#users(displayName,department)/$entity`,
      displayName: 'Maya Chen',
      department: 'Communications',
    });
  });

  it('finds a user by UPN and by id, and 404s in Graph shape otherwise', async () => {
    const byUpn = await harness.graphJson<UserJson>(
      `/users/${encodeURIComponent("liam.o'brien@northwind.example")}`,
    );
    expect(byUpn.body.displayName).toBe("Liam O'Brien");
    const byId = await harness.graphJson<UserJson>(`/users/${String(byUpn.body['id'])}?$select=jobTitle`);
    expect(byId.body['jobTitle']).toBe('Content & Digital Advisor');
    const missing = await harness.graphJson<GraphErrorBody>('/users/nobody@northwind.example');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({
      code: 'Request_ResourceNotFound',
      message:
        "Resource 'nobody@northwind.example' does not exist or one of its queried reference-property objects are not present.",
    });
    expect(Object.keys(missing.body.error.innerError).sort()).toEqual([
      'client-request-id',
      'date',
      'request-id',
    ]);
  });
});

describe('GET /users', () => {
  const list = (query: string, headers?: Record<string, string>) =>
    harness.graphJson<Page<UserJson>>(`/users?${query}`, headers ? { headers } : {});

  it('filters with eq, case-insensitively, and applies $select', async () => {
    const { body } = await list("$filter=mail eq 'PRIYA.SHAH@northwind.example'&$select=displayName,mail");
    expect(body.value).toEqual([{ displayName: 'Priya Shah', mail: 'priya.shah@northwind.example' }]);
    expect(body['@odata.context']).toBe(`${harness.server.graphBaseUrl}/$metadata#users(displayName,mail)`);
  });

  it('filters department eq, returning the five comms people', async () => {
    const { body } = await list("$filter=department eq 'Communications'&$select=userPrincipalName");
    expect(body.value.map((u) => u['userPrincipalName']).sort()).toEqual([...COMMS_TEAM_UPNS].sort());
  });

  it('filters with in (...) and or, with the apostrophe escaped', async () => {
    const inList = await list(
      `$filter=${encodeURIComponent("mail in ('liam.o''brien@northwind.example','grace.liu@northwind.example')")}&$select=displayName`,
    );
    expect(inList.body.value.map((u) => u.displayName).sort()).toEqual(['Grace Liu', "Liam O'Brien"]);
    const ored = await list(
      `$filter=${encodeURIComponent("startswith(displayName,'Liam O''B') or userPrincipalName eq 'raj.patel@northwind.example'")}&$select=displayName`,
    );
    expect(ored.body.value.map((u) => u.displayName).sort()).toEqual(["Liam O'Brien", 'Raj Patel']);
  });

  it('combines and with startswith(mail)', async () => {
    const { body } = await list(
      `$filter=${encodeURIComponent("startswith(mail,'d') and department eq 'IT'")}&$select=displayName`,
    );
    expect(body.value.map((u) => u.displayName)).toEqual(['Daniel Park']);
  });

  it('refuses unsupported filters with Request_UnsupportedQuery', async () => {
    for (const filter of ["endswith(mail,'x')", "jobTitle ne 'x'", "mail eq 'unterminated", 'city eq null']) {
      const { status, body } = await harness.graphJson<GraphErrorBody>(
        `/users?$filter=${encodeURIComponent(filter)}`,
      );
      expect([filter, status, body.error.code, body.error.message]).toEqual([
        filter,
        400,
        'Request_UnsupportedQuery',
        'Unsupported Query.',
      ]);
    }
  });

  it('refuses more than 15 in-values with Graph message', async () => {
    const values = Array.from({ length: 16 }, (_, i) => `'u${i}@northwind.example'`).join(',');
    const { status, body } = await harness.graphJson<GraphErrorBody>(
      `/users?$filter=${encodeURIComponent(`mail in (${values})`)}`,
    );
    expect(status).toBe(400);
    expect(body.error.message).toBe(
      "Too many child clauses specified in search filter expression containing 'OR' operators: 16. Max allowed: 15.",
    );
    const fifteen = Array.from({ length: 15 }, (_, i) => `'u${i}@northwind.example'`).join(',');
    expect((await harness.graph(`/users?$filter=${encodeURIComponent(`mail in (${fifteen})`)}`)).status).toBe(
      200,
    );
  });

  it('pages with $top and absolute $skiptoken nextLinks, covering everyone once', async () => {
    const first = await list('$top=7&$select=id');
    expect(first.body.value).toHaveLength(7);
    const seen = first.body.value.map((u) => String(u['id']));
    let next = first.body['@odata.nextLink'];
    expect(next).toMatch(new RegExp(`^${harness.server.graphBaseUrl}/users\\?.*\\$skiptoken=`));
    while (next) {
      const response = await fetch(next, { headers: { Authorization: `Bearer ${harness.token}` } });
      const page = (await response.json()) as Page<UserJson>;
      seen.push(...page.value.map((u) => String(u['id'])));
      next = page['@odata.nextLink'];
    }
    const all = await list('$select=id');
    expect(seen).toHaveLength(all.body.value.length);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('needs ConsistencyLevel: eventual for $count', async () => {
    expect((await list('$count=true')).status).toBe(400);
    const { body } = await list("$count=true&$filter=department eq 'HR'&$top=2", {
      ConsistencyLevel: 'eventual',
    });
    expect(body['@odata.count']).toBe(6);
    expect(body.value).toHaveLength(2);
  });

  it('validates $top range', async () => {
    expect((await list('$top=1000')).status).toBe(400);
    expect((await list('$top=0')).status).toBe(400);
  });
});
