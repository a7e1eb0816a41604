import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import { signIn, type GraphErrorBody } from '../sandbox/support';

/** Graph's side of sign-in: a bearer token is a JWT the tenant's authority signed, for Graph, in date. */

let clock = Date.now();
let server: TenantServer;
let other: TenantServer;
beforeAll(async () => {
  server = await startTenantServer({ port: 0, dataDir: null, tokenClock: () => clock });
  other = await startTenantServer({ port: 0, dataDir: null });
});
afterAll(() => Promise.all([server.close(), other.close()]));

async function me(token: string): Promise<{ status: number; body: GraphErrorBody; auth: string | null }> {
  const response = await fetch(`${server.graphBaseUrl}/me`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    body: (await response.json()) as GraphErrorBody,
    auth: response.headers.get('www-authenticate'),
  };
}

const part = (token: string, index: number) =>
  JSON.parse(Buffer.from(token.split('.')[index] ?? '', 'base64url').toString()) as Record<string, unknown>;
const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

it('accepts the quick sign-in token: a signed JWT with Entra claims', async () => {
  const token = await signIn(server, undefined, ['User.Read']);
  expect(part(token, 0)).toMatchObject({ alg: 'RS256', typ: 'JWT' });
  expect(part(token, 1)).toMatchObject({
    aud: 'https://graph.microsoft.com',
    scp: 'User.Read',
    tid: server.tenantId,
  });
  expect((await me(token)).status).toBe(200);
});

it.each([
  [
    'a payload changed after signing',
    (t: string) => {
      const [head, , sig] = t.split('.');
      return `${head}.${encode({ ...part(t, 1), scp: 'User.Read Sites.FullControl.All' })}.${sig}`;
    },
    'Access token validation failure. Signature validation failed.',
  ],
  [
    'an unsigned token (alg none)',
    (t: string) => `${encode({ typ: 'JWT', alg: 'none' })}.${t.split('.')[1]}.`,
    'Access token validation failure. Signature validation failed.',
  ],
  ['not a JWT', () => 'opaque-token', 'CompactToken parsing failed with error code: 80049217'],
])('answers 401 InvalidAuthenticationToken to %s', async (_name, spoil, message) => {
  const result = await me(spoil(await signIn(server)));
  expect(result.status).toBe(401);
  expect(result.body.error).toMatchObject({ code: 'InvalidAuthenticationToken', message });
  expect(result.auth).toMatch(/^Bearer /);
});

it("refuses another tenant's token (signed by another key)", async () => {
  const result = await me(await signIn(other));
  expect(result.status).toBe(401);
  expect(result.body.error.code).toBe('InvalidAuthenticationToken');
});

it('refuses a token once its hour is over', async () => {
  const token = await signIn(server);
  expect((await me(token)).status).toBe(200);
  clock += 2 * 3600 * 1000;
  const result = await me(token);
  expect(result.status).toBe(401);
  expect(result.body.error.message).toBe('Lifetime validation failed, the token is expired.');
  clock = Date.now();
});
