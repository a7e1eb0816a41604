import type { TenantServer } from '../../src/sandbox/server';
import {
  authorizeToEnd,
  authorizeUrl,
  browser,
  claimsOf,
  follow,
  pkce,
  redeemCode,
  responseParams,
  type Browser,
} from '../integration/authority/authority-support';
import type { NestedAppAuthBroker } from './fake-teams';

/**
 * Teams' token broker, as the Teams stand-in's nested app authentication uses it: Teams is signed
 * in to the tenant already (its own session with the demo authority), and answers each of MSAL's
 * `NestedAppAuthRequest`s from that session with the authorization code flow and PKCE:
 * - `GetInitContext`: the broker's name and version;
 * - `GetToken` (silent): `prompt=none`; where the advisor must act (a permission not consented
 *   yet) the answer is USER_INTERACTION_REQUIRED, as Teams answers;
 * - `GetTokenPopup`: the interactive request, where Teams shows the consent and the advisor
 *   accepts it.
 * Message shapes from @azure/msal-browser's BridgeProxy and NestedAppAuthAdapter.
 */

type BrokerRequest = {
  messageType: 'NestedAppAuthRequest';
  method: string;
  requestId: string;
  tokenParams?: { scope?: string; clientId?: string };
};

export type TeamsBroker = {
  answer: NestedAppAuthBroker;
  /** Each request, as `method scopes`, in order. */
  asked: string[];
};

const OIDC = ['openid', 'profile', 'offline_access'];

/** Teams signed in as `upn`, brokering tokens for the tab. */
export async function signedInTeamsBroker(server: TenantServer, upn: string): Promise<TeamsBroker> {
  const session: Browser = browser(server);
  // Signing in to Teams: the account is picked once, for Teams itself.
  await authorizeToEnd(session, OIDC.join(' '), pkce().challenge, { upn });
  const asked: string[] = [];

  const token = async (scopes: string, interactive: boolean): Promise<Record<string, unknown>> => {
    const scope = [...new Set([...scopes.split(' ').filter((s) => s !== ''), ...OIDC])].join(' ');
    const { challenge, verifier } = pkce();
    let back: URL;
    if (interactive)
      back = await authorizeToEnd(session, scope, challenge, { upn, extra: { login_hint: upn } });
    else {
      const reply = await follow(
        session,
        await session.request(
          authorizeUrl(server, scope, challenge, {
            prompt: 'none',
            login_hint: upn,
          }),
        ),
      );
      if (!(reply instanceof URL))
        throw new Error(`The authority showed a page to a silent request: ${reply.text.slice(0, 200)}`);
      back = reply;
    }
    const params = responseParams(back);
    const error = params.get('error');
    if (error !== null)
      return {
        success: false,
        error: {
          status: 'USER_INTERACTION_REQUIRED',
          code: error,
          description: params.get('error_description') ?? error,
        },
      };
    const tokens = (await redeemCode(server, params.get('code') ?? '', verifier, { scope })).json<{
      access_token: string;
      id_token: string;
      expires_in: number;
      scope: string;
    }>();
    const claims = claimsOf(tokens.id_token);
    const oid = String(claims['oid']);
    const tid = String(claims['tid']);
    return {
      success: true,
      token: {
        access_token: tokens.access_token,
        id_token: tokens.id_token,
        expires_in: tokens.expires_in,
        scope: tokens.scope,
      },
      account: {
        homeAccountId: `${oid}.${tid}`,
        environment: new URL(server.url).host,
        tenantId: tid,
        username: String(claims['preferred_username']),
        localAccountId: oid,
        name: String(claims['name']),
      },
    };
  };

  const answer: NestedAppAuthBroker = async (raw) => {
    const request = JSON.parse(raw) as BrokerRequest;
    asked.push(`${request.method} ${request.tokenParams?.scope ?? ''}`.trim());
    const reply = (body: Record<string, unknown>) =>
      JSON.stringify({ messageType: 'NestedAppAuthResponse', requestId: request.requestId, ...body });
    switch (request.method) {
      case 'GetInitContext':
        return reply({ success: true, initContext: { sdkName: 'Teams stand-in', sdkVersion: '1.0.0' } });
      case 'GetToken':
      case 'GetTokenPopup':
        return reply(await token(request.tokenParams?.scope ?? '', request.method === 'GetTokenPopup'));
      default:
        return reply({
          success: false,
          error: { status: 'PERSISTENT_ERROR', code: 'unsupported', description: request.method },
        });
    }
  };
  return { answer, asked };
}
