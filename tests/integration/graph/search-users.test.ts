import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { createGraphClient, type GraphClient } from '../../../src/graph/create-graph-client';
import { getCommsTeam } from '../../../src/graph/get-comms-team';
import { searchUsers } from '../../../src/graph/search-users';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import { COMMS_TEAM_UPNS } from '../../../src/sandbox/seed';

const NOW = new Date('2026-11-24T09:00:00Z');

let tenant: TenantServer;
let graph: GraphClient;

beforeAll(async () => {
  tenant = await startTenantServer({ port: 0, dataDir: null, now: () => NOW });
  graph = createGraphClient({ baseUrl: tenant.graphBaseUrl, getToken: createDemoSignIn(tenant.url) });
});
afterAll(() => tenant.close());

describe('searchUsers: the people picker over /users', () => {
  it.each([
    ['the start of a name', 'Owen', ['Owen Price']],
    ['the start of an address', 'priya.s', ['Priya Shah']],
    ['any case', 'oWEN', ['Owen Price']],
    ['a quote in the name', "Liam O'B", ["Liam O'Brien"]],
    ['nobody', 'Zebedee', []],
  ])('finds people by %s', async (_, text, names) => {
    const people = await searchUsers(graph, text);
    expect(people.map((p) => p.displayName)).toEqual(names);
  });

  it('gives the job title and department that tell namesakes apart', async () => {
    const [owen] = await searchUsers(graph, 'Owen');
    expect(owen).toMatchObject({
      email: 'owen.price@northwind.example',
      jobTitle: 'Service Desk Team Leader',
      department: 'IT',
    });
  });

  it('asks the directory nothing for an empty query', async () => {
    const requests = async () => {
      const state = (await (await fetch(`${tenant.url}/demo/faults`)).json()) as {
        counters: { requests: number };
      };
      return state.counters.requests;
    };
    const before = await requests();
    expect(await searchUsers(graph, '   ')).toEqual([]);
    expect(await requests()).toBe(before);
    await searchUsers(graph, 'Owen');
    expect(await requests()).toBe(before + 1);
  });
});

describe('getCommsTeam', () => {
  it('is everyone in the advisor’s department, by name', async () => {
    const team = await getCommsTeam(graph, 'Communications');
    expect(team.map((p) => p.email).sort()).toEqual([...COMMS_TEAM_UPNS].sort());
    expect(team.map((p) => p.displayName)).toEqual(
      [...team.map((p) => p.displayName)].sort((a, b) => a.localeCompare(b)),
    );
  });
});
