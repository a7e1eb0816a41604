import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import type { DirectoryUser, TenantState } from '../tenant-model';
import { ConsentBook } from './consent-book';
import { GRAPH_RESOURCE, GRAPH_SCOPES, OIDC_SCOPES } from './graph-permissions';
import { handleInteraction } from './interactions';
import { memoryAdapter } from './memory-adapter';
import { Provider, errors } from './oidc-module';
import type { SigningKeys } from './signing-keys';

/**
 * The demo tenant's Microsoft Entra ID: a standards OpenID Connect provider (oidc-provider) at
 * Entra's paths, `/{tenant}/v2.0/.well-known/openid-configuration`, `/{tenant}/oauth2/v2.0/
 * authorize|token|logout` and `/{tenant}/discovery/v2.0/keys`, for the tenant's app
 * registrations (public SPA clients: authorization code with PKCE, no secret). Access tokens are
 * JWTs for Microsoft Graph carrying Entra's claims; see docs/demo-tenant.md, "Sign-in".
 */

/** An app registration with its SPA redirect URIs resolved against the tenant's origin. */
export type AppRegistration = {
  displayName: string;
  clientId: string;
  redirectUris: readonly string[];
  /** Delegated Graph permissions an administrator consented to for every user. */
  adminConsent: readonly string[];
};

export type Authority = {
  issuer: string;
  /** True when this request is the authority's (its paths under a tenant name the tenant knows). */
  handles(pathname: string): boolean;
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
};

const ACCESS_TOKEN_SECONDS = 3600;
/** Entra ID gives single-page apps refresh tokens of a fixed 24 hours. */
const SPA_REFRESH_TOKEN_SECONDS = 24 * 3600;

const userClaims = (user: DirectoryUser, tenantId: string) => ({
  sub: user.id,
  oid: user.id,
  tid: tenantId,
  name: user.displayName,
  preferred_username: user.userPrincipalName,
  email: user.mail,
});

/** The authority for `state`'s tenant at `origin` (https where MSAL uses it). */
export function createAuthority(input: {
  origin: string;
  state: TenantState;
  applications: readonly AppRegistration[];
  keys: SigningKeys;
}): Authority {
  const { state, keys } = input;
  const tenantId = state.tenantId;
  const base = `/${tenantId}`;
  const issuer = `${input.origin}${base}/v2.0`;
  const consents = new ConsentBook();
  const apps = new Map(input.applications.map((app) => [app.clientId, app]));
  const userById = (id: string) => state.users.find((u) => u.id === id);

  const configuration: Configuration = {
    adapter: memoryAdapter(),
    clients: input.applications.map((app) => ({
      client_id: app.clientId,
      client_name: app.displayName,
      application_type: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: [...app.redirectUris],
      post_logout_redirect_uris: [...app.redirectUris],
    })),
    jwks: { keys: [keys.privateJwk()] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { methods: ['S256'], required: () => true },
    routes: {
      authorization: `${base}/oauth2/v2.0/authorize`,
      token: `${base}/oauth2/v2.0/token`,
      jwks: `${base}/discovery/v2.0/keys`,
      end_session: `${base}/oauth2/v2.0/logout`,
    },
    scopes: [...OIDC_SCOPES],
    claims: {
      openid: ['sub', 'tid', 'oid'],
      profile: ['name', 'preferred_username'],
      email: ['email'],
    },
    // Entra ID's ID tokens carry the profile claims even when an access token comes with them.
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => {
      const user = userById(sub);
      if (user === undefined) return undefined;
      return { accountId: sub, claims: () => userClaims(user, tenantId) };
    },
    features: {
      devInteractions: { enabled: false },
      // Entra ID's userinfo lives on Graph (graph.microsoft.com/oidc/userinfo), not here.
      userinfo: { enabled: false },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // Scopes without a resource are Graph's, as Entra ID reads `User.Read`.
        defaultResource: () => GRAPH_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== GRAPH_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: GRAPH_SCOPES.join(' '),
            audience: GRAPH_RESOURCE,
            accessTokenTTL: ACCESS_TOKEN_SECONDS,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    formats: {
      customizers: {
        // Entra ID's claims: `scp` (not `scope`), `tid`, `oid`, `upn`, `azp`.
        jwt: async (ctx, token, jwt) => {
          const payload = jwt.payload as Record<string, unknown>;
          const user = typeof payload['sub'] === 'string' ? userById(payload['sub']) : undefined;
          // `scp` lists every Graph permission consented for the app, not only those asked for.
          const grantId = 'grantId' in token ? token.grantId : undefined;
          const grant = grantId === undefined ? undefined : await ctx.oidc.provider.Grant.find(grantId);
          const consented = grant?.getResourceScope(GRAPH_RESOURCE) ?? '';
          payload['scp'] = [
            ...new Set([
              ...(typeof payload['scope'] === 'string' ? payload['scope'] : '').split(' '),
              ...consented.split(' '),
            ]),
          ]
            .filter((scope) => scope !== '')
            .join(' ');
          payload['azp'] = payload['client_id'];
          payload['appid'] = payload['client_id'];
          payload['ver'] = '2.0';
          payload['idtyp'] = 'user';
          payload['nbf'] = payload['iat'];
          delete payload['scope'];
          delete payload['client_id'];
          payload['uti'] = payload['jti'];
          delete payload['jti'];
          if (user !== undefined) {
            payload['tid'] = tenantId;
            payload['oid'] = user.id;
            payload['upn'] = user.userPrincipalName;
            payload['preferred_username'] = user.userPrincipalName;
            payload['name'] = user.displayName;
          }
          return jwt;
        },
      },
    },
    // Every sign-in of a single-page app gets a refresh token MSAL can redeem (it always asks
    // for offline_access; OpenID Connect would drop it without prompt=consent).
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    expiresWithSession: () => false,
    rotateRefreshToken: true,
    ttl: {
      AccessToken: ACCESS_TOKEN_SECONDS,
      IdToken: ACCESS_TOKEN_SECONDS,
      AuthorizationCode: 600,
      RefreshToken: SPA_REFRESH_TOKEN_SECONDS,
      Interaction: 3600,
      Session: 24 * 3600,
      Grant: 365 * 24 * 3600,
    },
    // CORS on the token endpoint for the origins of registered SPA redirect URIs, as Entra ID.
    clientBasedCORS: (_ctx, origin, client) =>
      (client.redirectUris ?? []).some((uri) => {
        try {
          return new URL(uri).origin === origin;
        } catch {
          return false;
        }
      }),
    interactions: { url: (_ctx, interaction) => `${base}/oauth2/v2.0/interaction/${interaction.uid}` },
    // Consent is remembered per user and app, on top of what an administrator consented to.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const client = ctx.oidc.client;
      const accountId = ctx.oidc.session?.accountId;
      if (client === undefined || accountId === undefined) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? consents.grantIdFor(accountId, client.clientId);
      let grant = grantId === undefined ? undefined : await ctx.oidc.provider.Grant.find(grantId);
      const admin = apps.get(client.clientId)?.adminConsent ?? [];
      if (grant === undefined) {
        if (admin.length === 0) return undefined;
        grant = new ctx.oidc.provider.Grant({ accountId, clientId: client.clientId });
        grant.addOIDCScope(OIDC_SCOPES.join(' '));
      }
      if (admin.length > 0) grant.addResourceScope(GRAPH_RESOURCE, admin.join(' '));
      consents.remember(accountId, client.clientId, await grant.save());
      return grant;
    },
    renderError: (ctx, out) => {
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = `Sign-in failed: ${out.error}${out.error_description ? `: ${out.error_description}` : ''}`;
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.proxy = false;
  // Entra ID's token responses also carry client_info (uid.utid), from which MSAL keys the account.
  provider.use(async (koa, next) => {
    await next();
    const ctx = koa as unknown as KoaContextWithOIDC;
    // Routes that are not the provider's (a 404) carry no oidc context.
    const oidc = ctx.oidc as KoaContextWithOIDC['oidc'] | undefined;
    const body = ctx.body as Record<string, unknown> | undefined;
    // A scope never consented: Entra ID answers invalid_grant, consent_required (AADSTS65001),
    // which MSAL reads as "interaction required", so the app asks the user.
    if (oidc?.route === 'token' && body?.['error'] === 'invalid_scope') {
      ctx.body = {
        error: 'invalid_grant',
        error_description: `AADSTS65001: The user or administrator has not consented to use the application with ID '${oidc.client?.clientId ?? ''}'. Send an interactive authorization request for this user and resource.`,
        error_codes: [65001],
        suberror: 'consent_required',
      };
      return;
    }
    if (oidc?.route === 'token' && body !== undefined && typeof body['id_token'] === 'string') {
      const claims = JSON.parse(
        Buffer.from(body['id_token'].split('.')[1] ?? '', 'base64url').toString('utf8'),
      ) as { oid?: string };
      if (claims.oid !== undefined)
        body['client_info'] = Buffer.from(JSON.stringify({ uid: claims.oid, utid: tenantId })).toString(
          'base64url',
        );
    }
  });
  const callback = provider.callback();

  const aliases = new Set(
    [tenantId, 'organizations', 'common', ...state.organisation.domains].map((a) => a.toLowerCase()),
  );
  const authorityPath =
    /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|oauth2\/v2\.0\/.+|discovery\/v2\.0\/keys)$/;

  return {
    issuer,
    handles: (pathname) => {
      const match = authorityPath.exec(pathname);
      return match !== null && aliases.has((match[1] ?? '').toLowerCase());
    },
    handle: async (request, response) => {
      const url = new URL(request.url ?? '/', input.origin);
      const match = authorityPath.exec(url.pathname);
      const rest = match?.[2] ?? '';
      if (rest.startsWith('oauth2/v2.0/interaction/')) {
        await handleInteraction(request, response, {
          provider,
          state,
          apps,
          consents,
          path: rest.slice('oauth2/v2.0/interaction/'.length),
        });
        return;
      }
      // Any of the tenant's names reaches the one provider, as Entra ID answers for its domains.
      request.url =
        rest === 'v2.0/.well-known/openid-configuration'
          ? `/.well-known/openid-configuration${url.search}`
          : `${base}/${rest}${url.search}`;
      await callback(request, response);
    },
  };
}
