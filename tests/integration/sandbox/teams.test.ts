import { startTenantServer } from '../../../src/sandbox/server';
import { DEMO_USER_UPN, TEAM_SITE_PATH, TWO_TEAM_ADVISOR_UPN } from '../../../src/sandbox/seed';
import { FIXED_NOW, PEOPLE, TEST_SITE, testTenant, type GraphErrorBody, type Page } from './support';

/**
 * The teams a user has joined (`GET /me/joinedTeams`) and each team's site
 * (`GET /groups/{id}/sites/root`), each refused without the permission Graph documents for it.
 */

type TeamJson = { id: string; displayName: string; description: string };

async function withTenant<T>(
  run: (as: (upn: string, scopes?: string[]) => Promise<(path: string) => Promise<Response>>) => Promise<T>,
  tenant?: ReturnType<typeof testTenant>,
): Promise<T> {
  const server = await startTenantServer({
    port: 0,
    dataDir: null,
    now: () => FIXED_NOW,
    ...(tenant === undefined ? {} : { tenant }),
  });
  try {
    return await run(async (upn, scopes) => {
      const response = await fetch(`${server.url}/demo/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ userPrincipalName: upn, ...(scopes === undefined ? {} : { scopes }) }),
      });
      const { access_token: token } = (await response.json()) as { access_token: string };
      return (path) =>
        fetch(`${server.graphBaseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    });
  } finally {
    await server.close();
  }
}

// reason: the tests name the Graph JSON shape they assert on; the cast is the point of the helper.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
async function json<T>(response: Promise<Response>): Promise<{ status: number; body: T }> {
  const answer = await response;
  return { status: answer.status, body: (await answer.json()) as T };
}

describe('teams in the seeded tenant', () => {
  it('lists the one team Maya has joined and the two Aisha has, with their sites', () =>
    withTenant(async (as) => {
      const maya = await as(DEMO_USER_UPN);
      const mine = await json<Page<TeamJson>>(maya('/me/joinedTeams'));
      expect(mine.status).toBe(200);
      expect(mine.body.value.map((team) => team.displayName)).toEqual(['Communications']);

      const aisha = await as(TWO_TEAM_ADVISOR_UPN);
      const hers = await json<Page<TeamJson>>(aisha('/me/joinedTeams'));
      expect(hers.body.value.map((team) => team.displayName)).toEqual([
        'Communications',
        'Marketing Communications',
      ]);
      const [comms] = hers.body.value;
      const site = await json<{ id: string; webUrl: string }>(aisha(`/groups/${comms?.id ?? ''}/sites/root`));
      expect(site.status).toBe(200);
      expect(site.body.webUrl).toBe(`https://northwind.sharepoint.com${TEAM_SITE_PATH}`);
      const lists = await json<Page>(aisha(`/groups/${comms?.id ?? ''}/sites/root/lists?$select=id,name`));
      expect(lists.status).toBe(200);
      expect(lists.body.value).toHaveLength(5);
    }));

  it('refuses joinedTeams without Team.ReadBasic.All (or a higher permission), as Teams words it', () =>
    withTenant(async (as) => {
      const basic = await as(DEMO_USER_UPN, ['User.Read', 'Sites.Read.All']);
      const refused = await json<GraphErrorBody>(basic('/me/joinedTeams'));
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('Forbidden');
      expect(refused.body.error.message).toContain("API requires one of 'Team.ReadBasic.All,");
      expect(refused.body.error.message).toContain("Scopes on the request 'User.Read, Sites.Read.All'");
      const higher = await as(DEMO_USER_UPN, ['User.Read.All']);
      expect((await higher('/me/joinedTeams')).status).toBe(200);
    }));

  it("refuses a team's site without Sites.Read.All, and an unknown group with 404", () =>
    withTenant(async (as) => {
      const teamsOnly = await as(DEMO_USER_UPN, ['Team.ReadBasic.All']);
      const [team] = (await json<Page<TeamJson>>(teamsOnly('/me/joinedTeams'))).body.value;
      const refused = await json<GraphErrorBody>(teamsOnly(`/groups/${team?.id ?? ''}/sites/root`));
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('accessDenied');
      const unknown = await json<GraphErrorBody>(
        teamsOnly('/groups/00000000-0000-0000-0000-000000000000/sites/root'),
      );
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.code).toBe('Request_ResourceNotFound');
    }));

  it('refuses query options joinedTeams does not document', () =>
    withTenant(async (as) => {
      const maya = await as(DEMO_USER_UPN);
      expect((await maya('/me/joinedTeams?$select=id')).status).toBe(400);
      expect((await maya('/me/joinedTeams/extra')).status).toBe(400);
    }));
});

describe('teams in a tenant file', () => {
  it('takes teams whose site and members exist, and names what does not', async () => {
    const tenant = testTenant({ sites: [{ ...TEST_SITE, displayName: 'Comms', lists: [] }] });
    await withTenant(
      async (as) => {
        const ben = await as(PEOPLE.ben);
        expect((await json<Page>(ben('/me/joinedTeams'))).body.value).toEqual([]);
        const ana = await as(PEOPLE.ana);
        expect((await json<Page>(ana('/me/joinedTeams'))).body.value).toHaveLength(1);
      },
      { ...tenant, teams: [{ displayName: 'Comms', site: TEST_SITE, members: [PEOPLE.ana] }] },
    );
    const refused = (team: NonNullable<typeof tenant.teams>[number]) =>
      startTenantServer({ port: 0, dataDir: null, tenant: { ...tenant, teams: [team] } });
    await expect(
      refused({ displayName: 'X', site: { ...TEST_SITE, path: '/sites/x' }, members: [PEOPLE.ana] }),
    ).rejects.toThrow('$.teams[0].site: no site at contoso.sharepoint.com/sites/x');
    await expect(
      refused({ displayName: 'X', site: TEST_SITE, members: ['nobody@contoso.example'] }),
    ).rejects.toThrow('$.teams[0].members[0]: no user has the address nobody@contoso.example');
  });
});
