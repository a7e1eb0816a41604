import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { createGraphClient, type GraphClient } from '../../../src/graph/create-graph-client';
import { mailWithRequest, participantsSearch, readMail } from '../../../src/graph/get-mail-with';
import { DEMO_USER_UPN } from '../../../src/sandbox/seed';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import { FIXED_NOW, signIn } from '../sandbox/support';

/** A seeded colleague whose address has an apostrophe, as many Irish names do. */
const LIAM = "liam.o'brien@northwind.example";

let server: TenantServer;
let graph: GraphClient;
let token: string;

beforeAll(async () => {
  server = await startTenantServer({ port: 0, dataDir: null, now: () => FIXED_NOW });
  graph = createGraphClient({ baseUrl: server.graphBaseUrl, getToken: createDemoSignIn(server.url) });
  token = await signIn(server);
});
afterAll(() => server.close());

async function search(
  value: string,
): Promise<{ status: number; body: { error?: { code: string; message: string } } }> {
  const response = await fetch(`${server.graphBaseUrl}/me/messages?$search=${encodeURIComponent(value)}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    body: (await response.json()) as { error?: { code: string; message: string } },
  };
}

describe('recent mail with someone whose address has an apostrophe', () => {
  it('is found: the address goes into the KQL as a quoted phrase', async () => {
    const raw: unknown = await graph.client.api(mailWithRequest([LIAM]).url).get();
    const mail = readMail(raw, DEMO_USER_UPN);
    expect(mail.length).toBeGreaterThan(0);
    expect(mail.every((m) => m.with.includes(LIAM))).toBe(true);
  });

  it('finds it alongside other people joined by OR', async () => {
    const alone = readMail(await graph.client.api(mailWithRequest([LIAM], 'm', 50).url).get(), DEMO_USER_UPN);
    const both = readMail(
      await graph.client.api(mailWithRequest([LIAM, 'priya.shah@northwind.example'], 'm', 50).url).get(),
      DEMO_USER_UPN,
    );
    expect(both.length).toBeGreaterThan(alone.length);
  });

  it.each([
    ['the apostrophe left bare, as KQL reads it', `"participants:${LIAM}"`],
    ['an unbalanced double quote', String.raw`"participants:\"${LIAM}"`],
    ['an unclosed bracket', '"(participants:priya.shah@northwind.example"'],
  ])('is refused as Graph refuses KQL it cannot parse: %s', async (_what, value) => {
    const answer = await search(value);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toEqual({
      code: 'BadRequest',
      message: `Syntax error in the search query '${value}'.`,
      innerError: expect.anything() as unknown,
    });
  });

  it('builds the same clause the demo accepts for every seeded address', async () => {
    expect((await search(participantsSearch([LIAM, 'priya.shah@northwind.example']))).status).toBe(200);
  });
});
