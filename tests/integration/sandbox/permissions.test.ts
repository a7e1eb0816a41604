import { DEMO_DOMAIN, DEMO_USER_UPN } from '../../../src/sandbox/seed';
import { signIn, startHarness, type GraphErrorBody, type Harness, type Page } from './support';

/**
 * What the demo tenant answers as far as the token's scopes allow: the basic profile under
 * User.ReadBasic.All, no search or bodies under Mail.ReadBasic, each refusal in $batch as well.
 */

const PRIYA = `priya.shah@${DEMO_DOMAIN}`;
const INSUFFICIENT = 'Insufficient privileges to complete the operation.';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.server.close());

async function as(
  scopes: string[],
  path: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const token = await signIn(harness.server, DEMO_USER_UPN, scopes);
  const response = await fetch(`${harness.server.graphBaseUrl}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const SELECT =
  '$select=id,displayName,givenName,surname,mail,userPrincipalName,jobTitle,department,officeLocation';

describe('User.ReadBasic.All reads the basic profile only', () => {
  it("gives other users' names and addresses, and null for job title, department and the rest", async () => {
    const { status, body } = await as(['User.Read', 'User.ReadBasic.All'], `/users/${PRIYA}?${SELECT}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      displayName: 'Priya Shah',
      givenName: 'Priya',
      surname: 'Shah',
      mail: PRIYA,
      userPrincipalName: PRIYA,
      jobTitle: null,
      department: null,
      officeLocation: null,
    });
    const list = await as(['User.ReadBasic.All'], `/users?${SELECT}&$top=999`);
    const users = (list.body as Page).value;
    expect(users.length).toBeGreaterThan(10);
    expect(users.every((u) => u['department'] === null && u['jobTitle'] === null)).toBe(true);
  });

  it('gives the full profile with User.Read.All, and the caller their own with User.Read', async () => {
    const other = await as(['User.Read.All'], `/users/${PRIYA}?${SELECT}`);
    expect(other.body).toMatchObject({ jobTitle: 'HR Business Partner', department: 'HR' });
    const me = await as(['User.Read'], `/me?${SELECT}`);
    expect(me.body).toMatchObject({ department: 'Communications' });
    const meById = await as(['User.Read'], `/users/${DEMO_USER_UPN}?${SELECT}`);
    expect(meById.body).toMatchObject({ department: 'Communications' });
  });

  it.each([
    ["department eq 'Communications'"],
    ["jobTitle eq 'HR Business Partner'"],
    ["mail eq 'x@northwind.example' or department eq 'HR'"],
  ])('refuses $filter=%s with 403, as it names a property outside the basic profile', async (filter) => {
    const { status, body } = await as(['User.ReadBasic.All'], `/users?$filter=${encodeURIComponent(filter)}`);
    expect(status).toBe(403);
    expect((body as GraphErrorBody).error).toMatchObject({
      code: 'Authorization_RequestDenied',
      message: INSUFFICIENT,
    });
    expect((await as(['User.Read.All'], `/users?$filter=${encodeURIComponent(filter)}`)).status).toBe(200);
  });

  it('answers a $filter on basic properties', async () => {
    const filter = `mail in ('${PRIYA}') or startswith(displayName,'Tom')`;
    const { status, body } = await as(['User.ReadBasic.All'], `/users?$filter=${encodeURIComponent(filter)}`);
    expect(status).toBe(200);
    expect((body as Page).value.map((u) => u['displayName'])).toEqual(['Priya Shah', 'Tom Becker']);
  });
});

describe('Mail.ReadBasic reads mail without bodies and cannot search', () => {
  it('lists messages without body or bodyPreview', async () => {
    const { status, body } = await as(['Mail.ReadBasic'], '/me/messages?$top=5');
    expect(status).toBe(200);
    const messages = (body as Page).value;
    expect(messages.length).toBe(5);
    for (const m of messages) {
      expect(m).toHaveProperty('subject');
      expect(m).not.toHaveProperty('body');
      expect(m).not.toHaveProperty('bodyPreview');
    }
    const full = await as(['Mail.Read'], '/me/messages?$top=1');
    expect((full.body as Page).value[0]).toHaveProperty('bodyPreview');
  });

  it('refuses $search with 403 ErrorAccessDenied, which Mail.Read answers', async () => {
    const search = `/me/messages?$search=${encodeURIComponent(`"participants:${PRIYA}"`)}`;
    const refused = await as(['Mail.ReadBasic'], search);
    expect(refused.status).toBe(403);
    expect((refused.body as GraphErrorBody).error).toMatchObject({
      code: 'ErrorAccessDenied',
      message: 'Access is denied. Check credentials and try again.',
    });
    expect((await as(['Mail.Read'], search)).status).toBe(200);
  });
});

describe('permissions in $batch', () => {
  it('checks each member against its own route, leaving the others answered', async () => {
    const token = await signIn(harness.server, DEMO_USER_UPN, ['User.Read', 'Calendars.Read']);
    const response = await fetch(`${harness.server.graphBaseUrl}/$batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        requests: [
          { id: 'me', method: 'GET', url: '/me' },
          { id: 'team', method: 'GET', url: "/users?$filter=department eq 'Communications'" },
          { id: 'mail', method: 'GET', url: '/me/messages?$top=1' },
          { id: 'site', method: 'GET', url: '/sites/northwind.sharepoint.com:/sites/comms' },
        ],
      }),
    });
    expect(response.status).toBe(200);
    const { responses } = (await response.json()) as {
      responses: Array<{ id: string; status: number; body: GraphErrorBody }>;
    };
    const byId = new Map(responses.map((r) => [r.id, r]));
    expect(byId.get('me')?.status).toBe(200);
    expect([byId.get('team')?.status, byId.get('team')?.body.error.code]).toEqual([
      403,
      'Authorization_RequestDenied',
    ]);
    expect([byId.get('mail')?.status, byId.get('mail')?.body.error.code]).toEqual([403, 'ErrorAccessDenied']);
    expect([byId.get('site')?.status, byId.get('site')?.body.error.code]).toEqual([403, 'accessDenied']);
  });
});
