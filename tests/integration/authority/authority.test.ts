import { DEMO_CLIENT_ID, DEMO_TENANT_ID, DEMO_USER_UPN } from '../../../src/sandbox/seed';
import type { TenantServer } from '../../../src/sandbox/server';
import {
  authorizeToEnd,
  authorizeUrl,
  browser,
  claimsOf,
  follow,
  pkce,
  redeemCode,
  responseParams,
  send,
  startHttpsTenant,
  type AuthorizeSteps,
  type Browser,
  type Reply,
} from './authority-support';

type TokenBody = {
  access_token: string;
  id_token: string;
  refresh_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
  client_info: string;
};

let server: TenantServer;
beforeAll(async () => {
  server = await startHttpsTenant();
}, 60_000);
afterAll(() => server.close());

const authorize = (b: Browser, scope: string, challenge: string, steps: AuthorizeSteps = {}) =>
  authorizeToEnd(b, scope, challenge, steps);
const redeem = (code: string, verifier: string, origin = server.url) =>
  redeemCode(server, code, verifier, { origin });

function refresh(refreshToken: string, scope: string): Promise<Reply> {
  return send(`${server.authority}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url },
    body: new URLSearchParams({
      client_id: DEMO_CLIENT_ID,
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      scope,
    }).toString(),
  });
}

describe('discovery', () => {
  it.each([DEMO_TENANT_ID, 'northwind.example', 'organizations'])(
    'publishes Entra-shaped metadata at /%s/v2.0/.well-known/openid-configuration',
    async (tenant) => {
      const reply = await send(`${server.url}/${tenant}/v2.0/.well-known/openid-configuration`);
      expect(reply.status).toBe(200);
      const doc = reply.json();
      const base = `${server.url}/${DEMO_TENANT_ID}`;
      expect(doc).toMatchObject({
        issuer: `${base}/v2.0`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        token_endpoint: `${base}/oauth2/v2.0/token`,
        jwks_uri: `${base}/discovery/v2.0/keys`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        code_challenge_methods_supported: ['S256'],
      });
      expect(doc['response_types_supported']).toContain('code');
    },
  );

  it('publishes one RS256 signing key and refuses a tenant it does not know', async () => {
    const keys = (await send(`${server.authority}/discovery/v2.0/keys`)).json<{
      keys: Array<Record<string, string>>;
    }>();
    expect(keys.keys).toHaveLength(1);
    expect(keys.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(keys.keys[0]).not.toHaveProperty('d');
    expect((await send(`${server.url}/contoso.example/v2.0/.well-known/openid-configuration`)).status).toBe(
      404,
    );
  });
});

describe('authorization code with PKCE', () => {
  it('signs in, issues Entra-shaped tokens that Graph accepts, and refreshes them', async () => {
    const b = browser(server);
    const { verifier, challenge } = pkce();
    const seen: string[] = [];
    const back = await authorize(b, 'User.Read openid profile offline_access', challenge, { seen });
    // The administrator consented to the read permissions: no consent screen.
    expect(seen).toEqual(['account']);
    const params = responseParams(back);
    expect(params.get('state')).toBe('st');
    const reply = await redeem(params.get('code') ?? '', verifier);
    expect(reply.status).toBe(200);
    expect(reply.header('access-control-allow-origin')).toBe(server.url);
    const tokens = reply.json<TokenBody>();
    expect(tokens.token_type).toBe('Bearer');
    const access = claimsOf(tokens.access_token);
    expect(access).toMatchObject({
      aud: 'https://graph.microsoft.com',
      iss: `${server.authority}/v2.0`,
      tid: DEMO_TENANT_ID,
      upn: DEMO_USER_UPN,
      preferred_username: DEMO_USER_UPN,
      azp: DEMO_CLIENT_ID,
    });
    expect(access).not.toHaveProperty('scope');
    // Everything the administrator consented to, as Entra ID's scp lists the app's granted scopes.
    expect(String(access['scp']).split(' ')).toEqual(expect.arrayContaining(['User.Read']));
    const id = claimsOf(tokens.id_token);
    expect(id).toMatchObject({ aud: DEMO_CLIENT_ID, nonce: 'n0', tid: DEMO_TENANT_ID, oid: access['oid'] });
    expect(id['preferred_username']).toBe(DEMO_USER_UPN);
    expect(JSON.parse(Buffer.from(tokens.client_info, 'base64url').toString())).toEqual({
      uid: access['oid'],
      utid: DEMO_TENANT_ID,
    });

    const me = await send(`${server.graphBaseUrl}/me`, {
      headers: { Authorization: `Bearer ${tokens.access_token}` },
    });
    expect(me.status).toBe(200);
    expect(me.json<{ userPrincipalName: string }>().userPrincipalName).toBe(DEMO_USER_UPN);

    const refreshed = await refresh(tokens.refresh_token, 'User.Read openid profile offline_access');
    expect(refreshed.status).toBe(200);
    const renewed = refreshed.json<TokenBody>();
    expect(renewed.access_token).not.toBe(tokens.access_token);
    expect(renewed.refresh_token).not.toBe(tokens.refresh_token);
    expect(claimsOf(renewed.access_token)['oid']).toBe(access['oid']);

    // A permission never consented: consent_required, which MSAL turns into an interactive request.
    const unconsented = await refresh(renewed.refresh_token, 'Tasks.ReadWrite openid offline_access');
    expect(unconsented.status).toBe(400);
    expect(unconsented.json()).toMatchObject({ error: 'invalid_grant', suberror: 'consent_required' });
  });

  it('refuses a code without its PKCE verifier, and a token request from an unregistered origin gets no CORS', async () => {
    const b = browser(server);
    const { verifier, challenge } = pkce();
    const code = responseParams(await authorize(b, 'User.Read openid', challenge)).get('code') ?? '';
    const foreign = await redeem(code, verifier, 'https://evil.example');
    expect(foreign.status).toBe(400);
    expect(foreign.header('access-control-allow-origin')).toBeUndefined();
    const wrong = await redeem(code, `${verifier}x`);
    expect(wrong.status).toBe(400);
    expect(wrong.json<{ error: string }>().error).toBe('invalid_grant');
  });

  it('refuses an authorization request without a code challenge', async () => {
    const b = browser(server);
    const url = new URL(authorizeUrl(server, 'User.Read openid', 'x'));
    url.searchParams.delete('code_challenge');
    url.searchParams.delete('code_challenge_method');
    const reply = await b.request(url.href);
    const back = new URL(reply.header('location') ?? '', server.url);
    expect(responseParams(back).get('error')).toBe('invalid_request');
  });
});

describe('consent', () => {
  it('asks once for a permission the administrator did not grant, then remembers it for that user and app', async () => {
    const b = browser(server);
    const first = pkce();
    const seen: string[] = [];
    const back = await authorize(b, 'Sites.ReadWrite.All openid profile offline_access', first.challenge, {
      upn: `sofia.rossi@northwind.example`,
      seen,
    });
    expect(seen).toEqual(['account', 'consent']);
    const tokens = (await redeem(responseParams(back).get('code') ?? '', first.verifier)).json<TokenBody>();
    // scp: the new permission and what the administrator granted before.
    expect(String(claimsOf(tokens.access_token)['scp']).split(' ')).toEqual(
      expect.arrayContaining(['Sites.ReadWrite.All', 'User.Read', 'Calendars.Read']),
    );

    // Another browser, another session: the consent is remembered, only the account is asked.
    const again: string[] = [];
    await authorize(browser(server), 'Sites.ReadWrite.All openid', pkce().challenge, {
      upn: `sofia.rossi@northwind.example`,
      seen: again,
    });
    expect(again).toEqual(['account']);
  });

  it('ends in access_denied when the user cancels consent', async () => {
    const back = await authorize(browser(server), 'Tasks.ReadWrite openid', pkce().challenge, {
      upn: 'daniel.okafor@northwind.example',
      consent: 'cancel',
    });
    expect(responseParams(back).get('error')).toBe('access_denied');
    expect(responseParams(back).get('error_description')).toContain('AADSTS65004');
  });

  it('shows "Need admin approval" for a permission only an administrator may grant', async () => {
    const seen: string[] = [];
    const back = await authorize(browser(server), 'Directory.Read.All openid', pkce().challenge, { seen });
    expect(seen).toEqual(['account', 'admin']);
    expect(responseParams(back).get('error')).toBe('access_denied');
  });

  it('answers consent_required to a silent request that needs consent', async () => {
    const b = browser(server);
    await authorize(b, 'User.Read openid', pkce().challenge, { upn: 'aisha.karimi@northwind.example' });
    const reply = await b.request(
      authorizeUrl(server, 'Calendars.ReadWrite openid', pkce().challenge, { prompt: 'none' }),
    );
    const back = new URL(reply.header('location') ?? '', server.url);
    expect(responseParams(back).get('error')).toBe('consent_required');
  });
});

describe('the sign-in page', () => {
  it('is a plain form with a strict policy of its own, the hinted account focused', async () => {
    const b = browser(server);
    const reply = await follow(
      b,
      await b.request(
        authorizeUrl(server, 'User.Read openid', pkce().challenge, {
          login_hint: 'sofia.rossi@northwind.example',
        }),
      ),
    );
    if (reply instanceof URL) throw new Error('expected the sign-in page');
    expect(reply.header('content-security-policy')).toMatch(/default-src 'none'; style-src 'nonce-[^']+'/);
    expect(reply.header('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(reply.text).not.toMatch(/<script|https?:\/\/(?!localhost)/);
    expect(reply.text).toMatch(/autofocus>Sofia Rossi<small>sofia\.rossi@northwind\.example/);
  });
});
